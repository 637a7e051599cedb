// The kinds of project a call excluded (rajaukset), one rule per exclusion code.
import { EXCLUSION_CODES, type ExclusionCode } from "../vocabulary/codes.js";
import { defineRule } from "./defineRule.js";

/**
 * `exclusion.<code>`: evaluated only in editions that name the exclusion. The application answers
 * in `project.declarations[code]` whether the project is of that kind: `true` fails, `false`
 * passes, no answer (`null` or absent) is `missing`. So `builtEnvironment` is checked in 2020, and
 * not in 2021, when the built environment was a focus area.
 */
export function exclusionRule(code: ExclusionCode) {
  return defineRule({
    id: `exclusion.${code}`,
    family: "exclusion",
    citation: "893/2019 6 § 1 mom.",
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
      const t = node.value.title;
      const values = { exclusion: code, declared: ctx.app.project.declarations[code] ?? null };
      const params = { exclusion: code, titleFi: t.fi, titleSv: t.sv, titleEn: t.en };
      return { verdict, citation: node.citation, values, params };
    },
  });
}

/** One rule per exclusion code, in code order. */
export const exclusionRules = EXCLUSION_CODES.map(exclusionRule);
