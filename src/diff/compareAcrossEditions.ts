import type { ParseIssue } from "../application/parse.js";
import { assess } from "../assess/assess.js";
import { optionIssue } from "../assess/options.js";
import type { AssessOptions, Assessment, Outcome } from "../assess/types.js";
import { findEdition } from "../editions/registry.js";
import type { EditionId } from "../vocabulary/codes.js";
import { formatMessage } from "../messages/catalogue.js";
import { type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord, readList } from "../vocabulary/read.js";

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
  /**
   * What of the arguments was not used, each a coded issue in the language of the options: an id
   * that is not an edition (`edition.unknown`, at its index in `editionIds`), ids that are not an
   * array (`compare.notAList`) or more than 50 (`compare.tooManyEditions`), options that are not an
   * object or cannot be read (`application.invalidType`). Empty when everything was used.
   */
  readonly issues: readonly ParseIssue[];
}

/** The most ids one comparison takes (there are five editions; a list this long is a mistake). */
export const MAX_COMPARED_EDITIONS = 50;

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
 * Editions are compared in the order given (oldest first reads best), each id once. An id that is
 * not an edition is left out and reported in `issues` with the code `edition.unknown`, as
 * `findEdition` reports it (and as `getEdition` and `diffEditions` throw it for a typed caller);
 * so are ids that are not an array or more than 50, and options that cannot be read (the
 * assessments then use the default options). The summaries follow the order given.
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
  const asked = readOptions(options);
  const issues: ParseIssue[] = [];
  const locale = asked === null ? "fi" : localeOf(asked);
  if (asked === null) {
    issues.push(optionIssue(["options"], "application.invalidType", { field: "options", expected: "object" }, locale));
  }
  const ids = editionsAsked<E>(editionIds, locale, issues);
  const byEdition = {} as Record<E, Assessment>;
  const outcomesByEdition = new Map<E, Map<string, Outcome>>();
  const rules: string[] = [];
  for (const id of ids) {
    const assessment = assess(input, { ...asked, edition: id });
    byEdition[id] = assessment;
    const outcomes = new Map<string, Outcome>();
    for (const finding of assessment.findings) {
      if (!outcomes.has(finding.rule)) outcomes.set(finding.rule, finding.outcome);
      if (!rules.includes(finding.rule)) rules.push(finding.rule);
    }
    outcomesByEdition.set(id, outcomes);
  }
  const changedRules: ChangedRule<E>[] = [];
  for (const rule of rules) {
    const outcomes = {} as Record<E, CrossEditionOutcome>;
    for (const id of ids) outcomes[id] = outcomesByEdition.get(id)?.get(rule) ?? "notEvaluated";
    if (new Set(Object.values(outcomes)).size > 1) {
      changedRules.push({ rule, outcomes, summary: summarise(rule, ids, outcomes, locale) });
    }
  }
  return { byEdition, changedRules, issues };
}

/** The options of `assess` that a comparison passes on, each read once; `null` when not an object or a read throws. */
function readOptions(options: unknown): CompareOptions | null {
  if (options === undefined) return {};
  try {
    if (!isRecord(options)) return null;
    // Own properties only, as `assess` reads them: an inherited (polluted) key is never an option.
    const read: Record<string, unknown> = {};
    for (const key of ["locale", "at", "alandMunicipalities"]) {
      if (Object.hasOwn(options, key)) read[key] = (options as Record<string, unknown>)[key];
    }
    return read as CompareOptions;
  } catch {
    // A getter or proxy that throws.
    return null;
  }
}

/** The language of the summaries and issues: the options' locale, Finnish when it is not one (assess says why). */
function localeOf(options: CompareOptions): Locale {
  return isLocale(options.locale) ? options.locale : "fi";
}

/** The editions asked for, each once, in the order given; what cannot be used goes to `issues`. */
function editionsAsked<E extends EditionId>(given: unknown, locale: Locale, issues: ParseIssue[]): E[] {
  const read = readList(given, MAX_COMPARED_EDITIONS);
  if (read.kind === "notAList") {
    issues.push(listIssue("compare.notAList", {}, locale));
    return [];
  }
  if (read.kind === "tooLong") {
    issues.push(listIssue("compare.tooManyEditions", { count: read.length, limit: MAX_COMPARED_EDITIONS }, locale));
    return [];
  }
  const ids: E[] = [];
  read.items.forEach((id, i) => {
    // An element whose read threw is `undefined`: no edition id.
    const found = findEdition(id);
    if (!found.success) {
      const { code, input, valid } = found.issues[0]!;
      const params = { input, valid: [...valid] };
      issues.push({ path: ["editionIds", i], code, params, message: formatMessage(code, params, locale) });
    } else if (!ids.includes(found.data.id as E)) ids.push(found.data.id as E);
  });
  return ids;
}

function listIssue<C extends "compare.notAList" | "compare.tooManyEditions">(
  code: C,
  params: Parameters<typeof formatMessage<C>>[1],
  locale: Locale,
): ParseIssue {
  return { path: ["editionIds"], code, params, message: formatMessage(code, params, locale) };
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
