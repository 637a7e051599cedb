// The call's focus areas (painopisteet): a project emphasises one of the edition's own.
import { defineRule } from "./defineRule.js";
import type { RuleContext } from "./types.js";

/**
 * What a call sets itself (focus areas, exclusions, the contents only a call asks for) rests on
 * the call text (hakuilmoitus) and on the budget item 28.90.32, whose appropriation is granted
 * "hakuprosessissa määriteltävien tarkempien kriteereiden mukaisesti" (2021 budget); 893/2019
 * 6 § 1 mom. only says that applications are made as and when the ministry announces.
 */
export const CALL_TEXT = "hakuilmoitus; TA 28.90.32";

/** The edition's focus areas as message parameters, titled in every language. */
function options(ctx: RuleContext) {
  const allowed = ctx.editionFacts.focusAreas;
  const title = (code: (typeof allowed)[number]) => ctx.edition.focusAreas[code]!.value.title;
  return {
    allowed: [...allowed],
    allowedFi: allowed.map((c) => title(c).fi),
    allowedSv: allowed.map((c) => title(c).sv),
    allowedEn: allowed.map((c) => title(c).en),
  };
}

/**
 * `focusArea.oneOfEdition`: the project's focus area must be one of *this* edition's focus areas.
 * Each call named its own, so `digitalSecurity` (2021) fails under 2022. Absent: `missing`.
 */
export const focusAreaOneOfEdition = defineRule({
  id: "focusArea.oneOfEdition",
  family: "focusArea",
  citation: CALL_TEXT,
  reads: ["focusAreas"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "focusArea.oneOfEdition.pass" },
    fail: { outcome: "fail", messageCode: "focusArea.oneOfEdition.fail" },
    missing: { outcome: "missing", messageCode: "focusArea.oneOfEdition.missing" },
  },
  decide(ctx) {
    const chosen = ctx.app.project.focusArea;
    if (chosen === undefined) return "missing";
    return ctx.edition.focusAreas[chosen] !== undefined ? "pass" : "fail";
  },
  explain(ctx, verdict) {
    const areas = ctx.edition.focusAreas;
    const allowed = ctx.editionFacts.focusAreas;
    const chosen = ctx.app.project.focusArea;
    const values = { focusArea: chosen ?? null, allowed: [...allowed] };
    if (verdict === "pass") {
      const node = areas[chosen!]!;
      const t = node.value.title;
      const params = { focusArea: chosen!, titleFi: t.fi, titleSv: t.sv, titleEn: t.en };
      return { verdict, citation: node.citation, values, params };
    }
    // Every focus area of an edition comes from its call page; the first one's citation names it.
    const citation = allowed.length > 0 ? areas[allowed[0]!]!.citation : ctx.edition.sources[0]!;
    if (verdict === "missing") return { verdict, citation, values, params: options(ctx) };
    return { verdict, citation, values, params: { focusArea: chosen!, edition: ctx.edition.id, ...options(ctx) } };
  },
});
