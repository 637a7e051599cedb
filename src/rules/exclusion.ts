// The kinds of project a call excluded (rajaukset), one rule per exclusion code.
import { EXCLUSION_CODES, type ExclusionCode } from "../editions/codes.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/**
 * `exclusion.<code>`: evaluated only in editions that name the exclusion. The application answers
 * in `project.declarations[code]` whether the project is of that kind: `true` fails, `false`
 * passes, no answer (`null` or absent) is `missing`. So `builtEnvironment` is checked in 2020, and
 * not in 2021, when the built environment was a focus area.
 */
export function exclusionRule(code: ExclusionCode): Rule {
  const id = `exclusion.${code}`;
  return {
    info: {
      id,
      family: "exclusion",
      citation: "893/2019 6 § 1 mom.",
      facts: [`exclusions.${code}`],
      outcomes: ["pass", "fail", "missing"],
      appliesWhen: `exclusions.${code}`,
    },
    evaluate(ctx) {
      const node = ctx.edition.exclusions[code]!;
      const declared = ctx.app.project.declarations[code];
      if (declared === false && !ctx.complete) return PASSED;
      const values = { exclusion: code, declared: declared ?? null };
      const t = node.value.title;
      const params = { exclusion: code, titleFi: t.fi, titleSv: t.sv, titleEn: t.en };
      if (declared === true) return finding(ctx, id, "fail", node.citation, values, "exclusion.fail", params);
      if (declared === false) return finding(ctx, id, "pass", node.citation, values, "exclusion.pass", params);
      return finding(ctx, id, "missing", node.citation, values, "exclusion.missing", params);
    },
  };
}

/** One rule per exclusion code, in code order. */
export const exclusionRules: readonly Rule[] = EXCLUSION_CODES.map(exclusionRule);
