// The call's focus areas (painopisteet): a project emphasises one of the edition's own.
import type { FocusAreaCode } from "../editions/codes.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/**
 * `focusArea.oneOfEdition`: the project's focus area must be one of *this* edition's focus areas.
 * Each call named its own, so `digitalSecurity` (2021) fails under 2022. Absent: `missing`.
 */
export const focusAreaOneOfEdition: Rule = {
  info: {
    id: "focusArea.oneOfEdition",
    family: "focusArea",
    citation: "893/2019 6 § 1 mom.",
    facts: ["focusAreas"],
    outcomes: ["pass", "fail", "missing"],
  },
  evaluate(ctx) {
    const id = "focusArea.oneOfEdition";
    const areas = ctx.edition.focusAreas;
    const allowed = ctx.editionFacts.focusAreas;
    const chosen = ctx.app.project.focusArea;
    if (!ctx.complete && chosen !== undefined && areas[chosen] !== undefined) return PASSED;
    // Every focus area of an edition comes from its call page; the first one's citation names it.
    const callCitation = allowed.length > 0 ? areas[allowed[0]!]!.citation : ctx.edition.sources[0]!;
    const values = { focusArea: chosen ?? null, allowed: [...allowed] };
    if (chosen === undefined) {
      return finding(ctx, id, "missing", callCitation, values, "focusArea.oneOfEdition.missing", options(ctx, allowed));
    }
    const node = areas[chosen];
    if (node) {
      const t = node.value.title;
      const params = { focusArea: chosen, titleFi: t.fi, titleSv: t.sv, titleEn: t.en };
      return finding(ctx, id, "pass", node.citation, values, "focusArea.oneOfEdition.pass", params);
    }
    return finding(ctx, id, "fail", callCitation, values, "focusArea.oneOfEdition.fail", {
      focusArea: chosen,
      edition: ctx.edition.id,
      ...options(ctx, allowed),
    });
  },
};

/** The edition's focus areas as message parameters, titled in every language. */
function options(ctx: Parameters<Rule["evaluate"]>[0], allowed: readonly FocusAreaCode[]) {
  const fi: string[] = [];
  const sv: string[] = [];
  const en: string[] = [];
  for (const code of allowed) {
    const title = ctx.edition.focusAreas[code]!.value.title;
    fi.push(title.fi);
    sv.push(title.sv);
    en.push(title.en);
  }
  return { allowed: [...allowed], allowedFi: fi, allowedSv: sv, allowedEn: en };
}
