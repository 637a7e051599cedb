import { assess } from "../assess/assess.js";
import type { AssessOptions, Assessment, Outcome } from "../assess/types.js";
import { EDITION_IDS, type EditionId } from "../vocabulary/codes.js";
import { formatMessage } from "../messages/catalogue.js";
import type { Locale } from "../vocabulary/locale.js";

/** A rule's outcome in one edition, or `notEvaluated` when that edition has no such rule. */
export type CrossEditionOutcome = Outcome | "notEvaluated";

/** A rule whose outcome for the same application differs between call editions. */
export interface ChangedRule<E extends EditionId = EditionId> {
  /** The stable rule id, e.g. `"consortium.minMunicipalities"`. */
  readonly rule: string;
  /** The outcome in each compared edition, keyed by edition id. */
  readonly outcomes: Readonly<Record<E, CrossEditionOutcome>>;
  /** The change in words, e.g. `"consortium.minMunicipalities: passed in 2019-1, failed from 2019-2 on"`. */
  readonly summary: string;
}

/** The same application assessed under several call editions. */
export interface CrossEditionComparison<E extends EditionId = EditionId> {
  /** The assessment under each edition. */
  readonly byEdition: Readonly<Record<E, Assessment>>;
  /** The rules whose outcome differs between the editions, in the order they are first met. */
  readonly changedRules: readonly ChangedRule<E>[];
}

/**
 * Options of {@link compareAcrossEditions}: those of `assess` but the edition (the language of the
 * messages and summaries, the fallback submission instant `at`, the Åland policy).
 */
export type CompareOptions = Omit<AssessOptions, "edition">;

/**
 * Assesses one application under several call editions (hakukierrokset) and lists the rules whose
 * outcome differs: what a rule change between call years means for a concrete project. A rule that
 * one edition evaluates and another does not (an exclusion of 2019-2 and 2020 only, say) counts as
 * changed, with `notEvaluated` where it is absent. Never throws; the input is not changed.
 *
 * Editions are compared in the order given (oldest first reads best), each id once; a string that
 * is not an edition id is ignored. The summaries follow the order given.
 *
 * @example
 * ```ts
 * const single = { edition: "2019-1", applicant: { type: "municipality", code: "245" }, … };
 * const r = compareAcrossEditions(single, ["2019-1", "2019-2", "2020"], { locale: "en" });
 * r.byEdition["2019-1"].status; //=> "eligible"
 * r.changedRules.find((c) => c.rule === "consortium.minMunicipalities")?.summary;
 * //=> "consortium.minMunicipalities: passed in 2019-1, failed from 2019-2 on"
 * ```
 */
export function compareAcrossEditions<const E extends EditionId>(
  input: unknown,
  editionIds: readonly E[],
  options: CompareOptions = {},
): CrossEditionComparison<E> {
  const ids = [...new Set(editionIds)].filter((id) => (EDITION_IDS as readonly string[]).includes(id));
  const byEdition = {} as Record<E, Assessment>;
  const outcomesByEdition = new Map<E, Map<string, Outcome>>();
  const rules: string[] = [];
  for (const id of ids) {
    const assessment = assess(input, { ...options, edition: id });
    byEdition[id] = assessment;
    const outcomes = new Map<string, Outcome>();
    for (const finding of assessment.findings) {
      if (!outcomes.has(finding.rule)) outcomes.set(finding.rule, finding.outcome);
      if (!rules.includes(finding.rule)) rules.push(finding.rule);
    }
    outcomesByEdition.set(id, outcomes);
  }
  // The language assess settled on: an unusable `locale` option falls back rather than throws.
  const locale: Locale = ids.length > 0 ? byEdition[ids[0]!].locale : "fi";
  const changedRules: ChangedRule<E>[] = [];
  for (const rule of rules) {
    const outcomes = {} as Record<E, CrossEditionOutcome>;
    for (const id of ids) outcomes[id] = outcomesByEdition.get(id)?.get(rule) ?? "notEvaluated";
    if (new Set(Object.values(outcomes)).size > 1) {
      changedRules.push({ rule, outcomes, summary: summarise(rule, ids, outcomes, locale) });
    }
  }
  return { byEdition, changedRules };
}

/** "rule: passed in 2019-1, failed from 2019-2 on": runs of editions with the same outcome. */
function summarise<E extends EditionId>(
  rule: string,
  ids: readonly E[],
  outcomes: Record<E, CrossEditionOutcome>,
  locale: Locale,
): string {
  const segments: string[] = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && outcomes[ids[i]!] === outcomes[ids[start]!]) continue;
    const outcome = formatMessage("compare.outcome", { code: outcomes[ids[start]!] }, locale);
    segments.push(
      formatMessage(
        "compare.segment",
        { outcome, first: ids[start]!, last: ids[i - 1]!, toEnd: i === ids.length },
        locale,
      ),
    );
    start = i;
  }
  return formatMessage("compare.summary", { rule, segments }, locale);
}
