// The rules reference as data: each rule's spec with its title and description. Apart from
// registry.ts, which `assess` imports, so that a bundle that only assesses leaves the texts out.
import type { ContentCode, ExclusionCode } from "../vocabulary/codes.js";
import type { CallEdition } from "../editions/schema.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import { applicantTexts } from "../messages/rules/applicant.js";
import { consortiumTexts } from "../messages/rules/consortium.js";
import { contentText } from "../messages/rules/contents.js";
import { costsTexts } from "../messages/rules/costs.js";
import { deadlineTexts } from "../messages/rules/deadline.js";
import { exclusionText } from "../messages/rules/exclusion.js";
import { focusAreaTexts } from "../messages/rules/focusArea.js";
import { grantTexts } from "../messages/rules/grant.js";
import { periodTexts } from "../messages/rules/period.js";
import { contentField, isTextContent } from "./contents.js";
import { RULES, rulesOf } from "./registry.js";
import type { RuleInfo, RuleSpec, RuleText, RuleTexts } from "./types.js";

const TEXTS: RuleTexts = {
  ...applicantTexts,
  ...consortiumTexts,
  ...deadlineTexts,
  ...focusAreaTexts,
  ...costsTexts,
  ...grantTexts,
  ...periodTexts,
};

/** A rule's title and description: from its family's texts, or made from the edition's words for the generated families. */
function textOf(spec: RuleSpec): RuleText {
  const [family, name] = spec.id.split(".") as [string, string];
  if (family === "exclusion") return exclusionText(name as ExclusionCode);
  if (family === "contents") {
    const code = name as ContentCode;
    return contentText(code, contentField(code), !isTextContent(code));
  }
  const text = TEXTS[spec.id];
  // A rule without texts is a defect of ours, which catalogue.test.ts catches before any release.
  if (text === undefined) throw new Error(`rule ${spec.id} has no title and description`);
  return text;
}

/** A rule's entry in the reference, its fields in the order the reference has always had. */
function infoOf(spec: RuleSpec): RuleInfo {
  const { title, description } = textOf(spec);
  const { id, family, citation, facts, outcomes, appliesWhen } = spec;
  return {
    id,
    family,
    citation,
    title,
    description,
    facts,
    outcomes,
    ...(appliesWhen === undefined ? {} : { appliesWhen }),
  };
}

/**
 * The rules reference: every rule's id, family, citation, title and plain-language description in
 * Finnish, Swedish and English, the edition facts it reads and the outcomes it can give. Plain
 * data, the source of the generated `docs/rules/*.md`.
 *
 * @example
 * ```ts
 * ruleCatalogue.find((r) => r.id === "grant.withinMaximum")?.citation; //=> "893/2019 4 §"
 * ruleCatalogue.filter((r) => r.family === "exclusion").length;        //=> 6
 * ```
 */
// Frozen: every caller in the process reads the same objects.
export const ruleCatalogue: readonly RuleInfo[] = deepFreeze(RULES.map((r) => infoOf(r.info)));

const byId = new Map(ruleCatalogue.map((r) => [r.id, r]));

/**
 * The rules an edition evaluates, in the order of their findings. The exclusion and contents rules
 * depend on the edition: `exclusion.builtEnvironment` is evaluated in 2020 and not in 2021.
 *
 * @example
 * ```ts
 * rulesFor(getEdition("2021")).some((r) => r.id === "exclusion.builtEnvironment"); //=> false
 * rulesFor(getEdition("2020")).some((r) => r.id === "exclusion.builtEnvironment"); //=> true
 * ```
 */
export function rulesFor(edition: CallEdition): readonly RuleInfo[] {
  return rulesOf(edition).map((r) => byId.get(r.info.id)!);
}
