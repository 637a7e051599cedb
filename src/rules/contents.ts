// The contents an application must have (893/2019 6 § 2 mom. and the call text), one rule per content code.
import { CONTENT_CODES, type ContentCode } from "../vocabulary/codes.js";
import { addAmounts, compareAmounts, subtractAmounts } from "../money/arithmetic.js";
import { defineRule } from "./defineRule.js";
import { CALL_TEXT } from "./focusArea.js";
import type { RuleContext } from "./types.js";

/** The contents given as free text in `project`, by the field that holds each. */
const TEXT_CONTENTS = [
  "objectives",
  "measures",
  "results",
  "disseminationPlan",
  "schedule",
  "organisation",
  "relatedProjects",
  "operationalChange",
] as const;
type TextContent = (typeof TEXT_CONTENTS)[number];

/** Whether the application gives the content as free text in `project.<code>`. */
export function isTextContent(code: ContentCode): code is TextContent {
  return (TEXT_CONTENTS as readonly string[]).includes(code);
}

/** Where the structured contents are in the application. */
const STRUCTURED: Record<Exclude<ContentCode, TextContent>, string> = {
  parties: "applicant, participants",
  funding: "budget, financing",
};

/** Where the application gives a content: `project.<code>` for a text, else its structured parts. */
export function contentField(code: ContentCode): string {
  return isTextContent(code) ? `project.${code}` : STRUCTURED[code];
}

/**
 * What both kinds of content rule are: the item of 893/2019 6 § 2 mom. (or of the call text, for
 * `operationalChange`), evaluated where the edition requires it.
 */
function spec(code: ContentCode) {
  return {
    id: `contents.${code}`,
    family: "contents",
    citation: code === "operationalChange" ? CALL_TEXT : "893/2019 6 § 2 mom.",
    reads: [`requiredContents.${code}`],
    appliesWhen: `requiredContents.${code}`,
  } as const;
}

/** The finding's citation and parameters: the content's title in the edition, and where it is given. */
function described(ctx: RuleContext, code: ContentCode, field: string) {
  const node = ctx.edition.requiredContents[code]!;
  const t = node.value.title;
  return { citation: node.citation, params: { content: code, titleFi: t.fi, titleSv: t.sv, titleEn: t.en, field } };
}

/**
 * `contents.<code>` of a text content (objectives, measures, results, dissemination plan,
 * schedule, organisation, relation to other projects, and where the call asks for it how the
 * changes in operations are carried out): `missing` when absent or blank (white space only), else `pass`.
 */
function textContentRule(code: TextContent) {
  const field = contentField(code);
  return defineRule({
    ...spec(code),
    verdicts: {
      pass: { outcome: "pass", messageCode: "contents.pass" },
      missing: { outcome: "missing", messageCode: "contents.missing" },
    },
    decide: (ctx) => (/\S/.test(ctx.app.project[code] ?? "") ? "pass" : "missing"),
    explain(ctx, verdict) {
      const values = { content: code, field, given: verdict === "pass", length: ctx.app.project[code]?.length ?? 0 };
      return { verdict, values, ...described(ctx, code, field) };
    },
  });
}

/**
 * `contents.funding` (893/2019 6 § 2 mom. 5 k.: the total funding, the participants' estimated
 * funding shares and the VAT-free total costs). The costs are in the budget, which parsing
 * requires; the shares are each party's `financing`:
 * - `missing` when no party states one;
 * - `review` when the shares do not add up to what the grant applied for leaves to finance (all
 *   costs with VAT less the grant applied for, never below zero: see `leftToFinanceOf`), with the
 *   difference: the shares are an estimate the official asks to be corrected, not a ground for rejection;
 * - `review` when a budget line names a party that is not in the application;
 * - else `pass`.
 */
function fundingRule() {
  const code = "funding";
  const field = contentField(code);
  return defineRule({
    ...spec(code),
    verdicts: {
      pass: { outcome: "pass", messageCode: "contents.funding.pass" },
      missing: { outcome: "missing", messageCode: "contents.funding.missing" },
      unbalanced: { outcome: "review", messageCode: "contents.funding.unbalanced" },
      unnamedParty: { outcome: "review", messageCode: "contents.funding.unnamedParty" },
    },
    decide: (ctx) => {
      const b = ctx.facts.budget;
      if (b.statedFinancing === null) return "missing";
      // Canonical amounts: equal sums are equal strings.
      if (b.statedFinancing !== b.leftToFinance) return "unbalanced";
      return b.summary.parties.some((p) => p.role === "unnamed") ? "unnamedParty" : "pass";
    },
    explain(ctx, verdict) {
      const b = ctx.facts.budget;
      const s = b.summary;
      const stated = b.statedFinancing ?? "0.00";
      const costs = addAmounts(s.totalCosts, s.vat);
      const unnamed = s.parties.filter((p) => p.role === "unnamed").map((p) => p.key!);
      const values = { content: code, field, stated: b.statedFinancing, toFinance: b.leftToFinance, unnamed };
      const d = described(ctx, code, field);
      const sums = { stated, toFinance: b.leftToFinance, costs, requested: s.requestedGrant };
      if (verdict === "missing") return { verdict, values, ...d };
      if (verdict === "pass") return { verdict, values, citation: d.citation, params: { ...d.params, ...sums } };
      if (verdict === "unbalanced") {
        const over = compareAmounts(stated, b.leftToFinance) > 0;
        const difference = over ? subtractAmounts(stated, b.leftToFinance) : subtractAmounts(b.leftToFinance, stated);
        const params = { ...d.params, ...sums, difference, over };
        return { verdict, values: { ...values, difference }, citation: d.citation, params };
      }
      // The first line whose key no party answers to.
      const line = ctx.app.budget.lines.findIndex((l) => l.party !== undefined && unnamed.includes(l.party));
      const key = ctx.app.budget.lines[line]!.party!;
      const params = { ...d.params, key, line, keys: unnamed.length };
      return { verdict, values, citation: d.citation, params };
    },
  });
}

/**
 * `contents.parties` is given by the application's structure (`applicant`, `participants`), which
 * parsing already requires: it always passes, so that the findings list every item of 893/2019
 * 6 § 2 mom., and the consortium rules judge its substance.
 */
function structuredContentRule(code: Exclude<ContentCode, TextContent>) {
  const field = contentField(code);
  return defineRule({
    ...spec(code),
    verdicts: { structured: { outcome: "pass", messageCode: "contents.structured" } },
    decide: () => "structured",
    explain: (ctx, verdict) => ({ verdict, values: { content: code, field }, ...described(ctx, code, field) }),
  });
}

/** One rule per content code, in code order. */
export const contentRules = CONTENT_CODES.map((code) =>
  isTextContent(code) ? textContentRule(code) : code === "funding" ? fundingRule() : structuredContentRule(code),
);
