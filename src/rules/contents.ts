// The contents an application must have (893/2019 6 § 2 mom. and the call text), one rule per content code.
import { CONTENT_CODES, type ContentCode } from "../vocabulary/codes.js";
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
  funding: "budget",
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
 * `contents.parties` and `contents.funding` are given by the application's structure
 * (`applicant`, `participants`, `budget`), which parsing already requires: they always pass, so
 * that the findings list every item of 893/2019 6 § 2 mom., and the consortium, costs and grant
 * rules judge their substance.
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
  isTextContent(code) ? textContentRule(code) : structuredContentRule(code),
);
