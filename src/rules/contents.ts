// The contents an application must have (893/2019 6 § 2 mom.), one rule per content code.
import { CONTENT_CODES, type ContentCode } from "../editions/codes.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/** The contents given as free text in `project`, by the field that holds each. */
export const TEXT_CONTENTS = [
  "objectives",
  "measures",
  "results",
  "disseminationPlan",
  "schedule",
  "organisation",
  "relatedProjects",
] as const;
type TextContent = (typeof TEXT_CONTENTS)[number];

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

const NON_BLANK = /\S/;

/** Whether a text has a character that is not white space (as `/\S/` says), by its first one when it is printable ASCII. */
function notBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  // "!" to "~" are not white space: nearly every text answers here, without running the pattern.
  return (c > 32 && c < 127) || NON_BLANK.test(text);
}

/**
 * `contents.<code>`: evaluated for each content the edition requires.
 * - A text content (objectives, measures, results, dissemination plan, schedule, organisation,
 *   relation to other projects) is `missing` when absent or blank (whitespace only), else `pass`.
 * - `parties` and `funding` are given by the application's structure (`applicant`, `participants`,
 *   `budget`), which parsing already requires; they always `pass`, so that the findings list every
 *   item of 893/2019 6 § 2 mom., and the consortium, costs and grant rules judge their substance.
 */
export function contentRule(code: ContentCode): Rule {
  const id = `contents.${code}`;
  const text = isTextContent(code);
  const field = `project.${code}`;
  return {
    info: {
      id,
      family: "contents",
      citation: "893/2019 6 § 2 mom.",
      facts: [`requiredContents.${code}`],
      outcomes: text ? ["pass", "missing"] : ["pass"],
      appliesWhen: `requiredContents.${code}`,
    },
    evaluate(ctx) {
      const node = ctx.edition.requiredContents[code]!;
      const title = node.value.title;
      if (!text) {
        // Always a pass: inside allocate (not `complete`) nothing need be made.
        if (!ctx.complete) return PASSED;
        const where = STRUCTURED[code as keyof typeof STRUCTURED];
        const params = { content: code, titleFi: title.fi, titleSv: title.sv, titleEn: title.en, field: where };
        return finding(ctx, id, "pass", node.citation, { content: code, field: where }, "contents.structured", params);
      }
      const value = ctx.app.project[code as TextContent];
      const given = value !== undefined && notBlank(value);
      if (given && !ctx.complete) return PASSED;
      const values = { content: code, field, given, length: value?.length ?? 0 };
      const params = { content: code, titleFi: title.fi, titleSv: title.sv, titleEn: title.en, field };
      return finding(
        ctx,
        id,
        given ? "pass" : "missing",
        node.citation,
        values,
        given ? "contents.pass" : "contents.missing",
        params,
      );
    },
  };
}

/** One rule per content code, in code order. */
export const contentRules: readonly Rule[] = CONTENT_CODES.map(contentRule);
