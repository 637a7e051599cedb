// The kinds of project a call excluded (rajaukset), one rule per exclusion code.
import { EXCLUSION_CODES, type ExclusionCode } from "../editions/codes.js";
import {
  ARCHIVING,
  BUILT_ENVIRONMENT,
  CASE_MANAGEMENT,
  DIGITISATION_ONLY,
  SOCIAL_AND_HEALTH_CARE,
  type Titled,
} from "../editions/data/texts.js";
import { PASSED, finding } from "./finding.js";
import type { Rule, RuleText } from "./types.js";

// The texts the editions use for each exclusion, for the rule's title in the rules reference.
const TEXTS: Record<ExclusionCode, Titled> = {
  socialAndHealthCare: SOCIAL_AND_HEALTH_CARE,
  digitisationOnly: DIGITISATION_ONLY,
  builtEnvironment: BUILT_ENVIRONMENT,
  archiving: ARCHIVING,
  caseManagement: CASE_MANAGEMENT,
};

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

/**
 * The title and description of `exclusion.<code>` in Finnish, Swedish and English, for the rules
 * reference, from the editions' own words for the exclusion. A function, not data the rule holds,
 * so a bundle that only assesses does not carry it.
 */
export function exclusionText(code: ExclusionCode): RuleText {
  const t = TEXTS[code].title;
  return {
    title: {
      fi: `Rajaus: ${t.fi}`,
      sv: `Avgränsning: ${t.sv}`,
      en: `Exclusion: ${t.en}`,
    },
    description: {
      fi: `Haku rajasi ulkopuolelle hankkeet, joiden aihe on ”${t.fi.toLowerCase()}”. Hakemus ilmoittaa kohdassa project.declarations.${code}, onko hanke tällainen: kyllä hylkää hakemuksen, ei hyväksyy, ja vastaamatta jättäminen jää täydennettäväksi.`,
      sv: `Ansökningsomgången uteslöt projekt inom ”${t.sv.toLowerCase()}”. Ansökan anger i project.declarations.${code} om projektet är ett sådant: ja underkänner ansökan, nej godkänner, och ett obesvarat fält ska kompletteras.`,
      en: `The call excluded projects of the kind "${t.en.toLowerCase()}". The application states in project.declarations.${code} whether the project is one: yes fails the application, no passes, and no answer leaves it to be completed.`,
    },
  };
}
