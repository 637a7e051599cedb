// The kinds of project a call excluded (rajaukset), one rule per exclusion code, and the employer
// sanctions that exclude a grant for salary costs save for an especially weighty reason (688/2001 7 § 2 mom.).
import { EXCLUSION_CODES, type ExclusionCode } from "../vocabulary/codes.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";
import { CALL_TEXT } from "./focusArea.js";

/**
 * `exclusion.<code>`: evaluated only in editions that name the exclusion. The applicant declares
 * in `project.declarations[code]` whether the project is of that kind: `true` fails, `false`
 * passes, no answer (`null` or absent) is `missing`. So `builtEnvironment` is checked in 2020, and
 * not in 2021, when the built environment was a focus area. The call text sets the exclusions.
 */
export function exclusionRule(code: ExclusionCode) {
  return defineRule({
    id: `exclusion.${code}`,
    family: "exclusion",
    citation: CALL_TEXT,
    reads: [`exclusions.${code}`],
    appliesWhen: `exclusions.${code}`,
    verdicts: {
      pass: { outcome: "pass", messageCode: "exclusion.pass" },
      fail: { outcome: "fail", messageCode: "exclusion.fail" },
      missing: { outcome: "missing", messageCode: "exclusion.missing" },
    },
    decide(ctx) {
      const declared = ctx.app.project.declarations[code];
      return declared === true ? "fail" : declared === false ? "pass" : "missing";
    },
    explain(ctx, verdict) {
      const node = ctx.edition.exclusions[code]!;
      const { title: t, description: d } = node.value;
      const values = { exclusion: code, declared: ctx.app.project.declarations[code] ?? null };
      const titles = { titleFi: t.fi, titleSv: t.sv, titleEn: t.en };
      const params = { exclusion: code, ...titles, descriptionFi: d.fi, descriptionSv: d.sv, descriptionEn: d.en };
      return { verdict, citation: node.citation, values, params };
    },
  });
}

/**
 * `exclusion.employerSanctions`: where a grant may pay salary costs, it is granted only for an
 * especially weighty reason if, in the grant year or the two years before, the applicant or its
 * representative was convicted under rikoslaki 47:6 a or ulkomaalaislaki 186 §, or the applicant
 * was ordered to pay a sanction fee under työsopimuslaki 11 a:3 (688/2001 7 § 2 mom., added by
 * 1113/2018, in force 1.1.2019). Staff costs are eligible in every call (893/2019 5 § 1 mom. 1 k.),
 * so every edition asks. The applicant declares it in `project.declarations.employerSanctions`:
 * `false` passes, `true` is `review` (the ministry weighs whether there is such a reason), no
 * answer is `missing`.
 */
export const exclusionEmployerSanctions = defineRule({
  id: "exclusion.employerSanctions",
  family: "exclusion",
  citation: "688/2001 7 § 2 mom.",
  reads: ["money.costCategories.staff"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "exclusion.employerSanctions.pass" },
    review: { outcome: "review", messageCode: "exclusion.employerSanctions.review" },
    missing: { outcome: "missing", messageCode: "exclusion.employerSanctions.missing" },
  },
  decide(ctx) {
    const declared = ctx.app.project.declarations.employerSanctions;
    return declared === true ? "review" : declared === false ? "pass" : "missing";
  },
  explain(ctx, verdict) {
    const citation = cite("688/2001 7 § 2 mom.", ctx.edition.money.costCategories.staff.citation);
    const values = { declared: ctx.app.project.declarations.employerSanctions ?? null };
    return { verdict, citation, values, params: {} };
  },
});

/** One rule per exclusion code, in code order, then the employer sanctions of every edition. */
export const exclusionRules = [...EXCLUSION_CODES.map(exclusionRule), exclusionEmployerSanctions];
