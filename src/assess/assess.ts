import { isPlainJson, isRecord } from "../vocabulary/read.js";
import { type ParseIssue, parseApplication, shownInput } from "../application/parse.js";
import type { Application } from "../application/schema.js";
import type { EditionId } from "../vocabulary/codes.js";
import { editionIds, editions, getEdition } from "../editions/registry.js";
import type { CallEdition } from "../editions/schema.js";
import { formatAssessmentMessage } from "../messages/assessment.js";
import type { Locale } from "../vocabulary/locale.js";
import type { Rule } from "../rules/defineRule.js";
import { applicationFacts, editionFacts } from "../rules/facts.js";
import { rulesOf } from "../rules/registry.js";
import { noticesOf } from "../rules/notices.js";
import type { RuleContext } from "../rules/types.js";
import { type ResolvedOptions, editionNamedIn, idNamedIn, optionIssue, resolveOptions } from "./options.js";
import type { AssessOptions, Assessment, AssessmentStatus, Finding } from "./types.js";

/** The edition an `invalid` assessment names when neither the options nor the input name one. */
const LATEST: EditionId = editionIds[editionIds.length - 1]!;

function invalid(id: string | null, edition: EditionId, locale: Locale, issues: readonly ParseIssue[]): Assessment {
  return { id, edition, status: "invalid", locale, findings: [], issues, budget: null, notices: [] };
}

/** The verdict from the outcomes: any fail is ineligible; else any review or missing needs review. */
export function statusOf(findings: readonly Finding[]): Exclude<AssessmentStatus, "invalid"> {
  let status: Exclude<AssessmentStatus, "invalid"> = "eligible";
  for (const f of findings) {
    if (f.outcome === "fail") return "ineligible";
    if (f.outcome !== "pass") status = "needsReview";
  }
  return status;
}

/** A rule's finding on its verdict, explained, with its message in `locale` (none when `null`). */
function findingOf(rule: Rule, ctx: RuleContext, verdict: string, locale: Locale | null): Finding {
  const { outcome, messageCode } = rule.verdicts[verdict]!;
  const { values, params, citation = rule.info.citation } = rule.explain(ctx, verdict);
  const message = locale === null ? "" : formatAssessmentMessage(messageCode, params as never, locale);
  // `Finding` is derived from the same rule definitions: this verdict's outcome, code and parameters.
  return { rule: rule.info.id, outcome, citation, values, messageCode, params, message } as Finding;
}

/**
 * Applies every rule of the edition. Each rule decides its verdict; `assess` explains and words
 * every finding, `allocate` (`openOnly`) explains only the verdicts that did not pass and words
 * none, as it words the few it reports itself.
 */
function run(app: Application, edition: CallEdition, o: ResolvedOptions, openOnly: boolean): Assessment {
  const ef = editionFacts(edition);
  const ctx: RuleContext = { app, edition, aland: o.aland, editionFacts: ef, facts: applicationFacts(app, ef, o.at) };
  const findings: Finding[] = [];
  for (const rule of rulesOf(edition)) {
    const verdict = rule.decide(ctx);
    if (!openOnly) findings.push(findingOf(rule, ctx, verdict, o.locale));
    else if (rule.verdicts[verdict]!.outcome !== "pass") findings.push(findingOf(rule, ctx, verdict, null));
  }
  return {
    id: app.id ?? null,
    edition: edition.id,
    status: statusOf(findings),
    locale: o.locale,
    findings,
    issues: [],
    budget: ctx.facts.budget.summary,
    notices: noticesOf(ctx, openOnly ? null : o.locale),
  };
}

/**
 * Assesses an application: parses the input, then applies every rule of the edition (the
 * application's own, or `options.edition` for a cross-year comparison). Each finding names its
 * rule, outcome, citation, the values it read and a message in the chosen language (Finnish by
 * default). The status is `ineligible` if any finding fails, else `needsReview` if any needs a
 * human (`review`) or an answer (`missing`), else `eligible`; `invalid` (with `issues`) when the
 * input or the options are not valid.
 *
 * Never throws, never mutates the input, reads no clock: without `submittedAt` or `options.at`,
 * the deadline finding is `missing`.
 *
 * @example
 * ```ts
 * // `application`: Lohja and Espoo, 120 000,01 € of eligible costs, 102 000,00 € asked (see the README)
 * const a = assess(application, { locale: "en" });
 * a.status;           //=> "eligible"
 * a.budget?.maxGrant; //=> "102000.00"
 * assess({ ...application, participants: [] }).findings
 *   .find((f) => f.rule === "consortium.minMunicipalities")?.outcome; //=> "fail"
 * assess({ ...application, participants: [] }, { edition: "2019-1" }).findings
 *   .find((f) => f.rule === "consortium.minMunicipalities")?.outcome; //=> "pass"
 * assess({ edition: "2022" }).status; //=> "invalid"
 * ```
 */
export function assess(input: unknown, options?: AssessOptions): Assessment {
  let locale: Locale = "fi";
  let edition: EditionId = LATEST;
  try {
    const o = resolveOptions(options, true);
    locale = o.locale;
    edition = o.edition?.id ?? editionNamedIn(input) ?? LATEST;
    if (o.issues.length > 0) return invalid(idNamedIn(input), edition, locale, o.issues);
    const parsed = parseApplication(input, { locale });
    if (!parsed.success) return invalid(idNamedIn(input), edition, locale, parsed.issues);
    return run(parsed.data, o.edition ?? getEdition(parsed.data.edition), o, false);
  } catch {
    // A throwing getter or proxy in the input, or a defect of ours: report it, never throw.
    return invalid(null, edition, locale, [optionIssue([], "assess.failed", {}, locale)]);
  }
}

/**
 * Assesses an application that is already parsed, under the given edition, without parsing it
 * again: for allocation over many candidates and for comparing editions. The options are those of
 * {@link assess} without `edition`; invalid options, or an edition that is not an object
 * (`application.invalidOption`), give an `invalid` assessment. Never throws: a value that is not an
 * application from {@link parseApplication}, or an object that is not a `CallEdition`, gives an
 * `invalid` assessment with `assess.failed`, and so does an application or an edition of the
 * caller's that is not plain JSON data (`NaN`, a bigint or a `Date` where a string or a number belongs).
 *
 * @example
 * ```ts
 * const parsed = parseApplication(application);
 * if (parsed.success) {
 *   for (const id of editionIds) assessApplication(parsed.data, getEdition(id)).status;
 *   //=> "ineligible" for 2019-1 (late, another focus area), … "eligible" for 2022
 * }
 * ```
 */
export function assessApplication(
  app: Application,
  edition: CallEdition,
  options?: Omit<AssessOptions, "edition">,
): Assessment {
  const o = resolveOptions(options, false);
  const e = asEdition(edition);
  try {
    if (e === null) {
      const params = { field: "edition", options: [...editionIds], input: shownInput(edition) };
      return invalid(idNamedIn(app), LATEST, o.locale, [
        optionIssue(["edition"], "application.invalidOption", params, o.locale),
      ]);
    }
    if (o.issues.length > 0) return invalid(idNamedIn(app), e.id, o.locale, o.issues);
    // An application from parseApplication is plain JSON data, and so is every registered edition;
    // anything else (NaN, a bigint, a Date where a string belongs) would be echoed into the
    // assessment, which must stay plain data.
    if (!isPlainJson(app) || !(editions.includes(e) || isPlainJson(e)))
      return invalid(idNamedIn(app), idOf(e), o.locale, [optionIssue([], "assess.failed", {}, o.locale)]);
    return run(app, e, o, false);
  } catch {
    // An application that `parseApplication` did not give, or a defect of ours: report it, never throw.
    return invalid(idNamedIn(app), idOf(e), o.locale, [optionIssue([], "assess.failed", {}, o.locale)]);
  }
}

/** The id of an edition object, or the latest edition's when it has none that can be read (a proxy whose traps throw). */
function idOf(edition: CallEdition | null): EditionId {
  try {
    return edition !== null && editionIds.includes(edition.id) ? edition.id : LATEST;
  } catch {
    return LATEST;
  }
}

/**
 * The edition to assess under: a registered one, or another object taken for an edition the caller
 * built (a throw while assessing under it gives `assess.failed`); `null` for anything that is no
 * object. Checked without the edition schema, which the assess bundle leaves out.
 */
function asEdition(edition: unknown): CallEdition | null {
  if (editions.includes(edition as CallEdition)) return edition as CallEdition;
  return isRecord(edition) ? (edition as unknown as CallEdition) : null;
}

/**
 * {@link assessApplication} for `allocate`, under options already checked (by `resolveOptions`,
 * once for all): the verdict and the budget, and only the findings that did not pass, each with
 * its `message` left empty. `allocate` reads the verdict and the budget of every application but
 * reports only the failing or open findings, worded from their `messageCode` and `params`.
 * Internal: not exported from the package.
 */
export function assessOpenFindings(app: Application, edition: CallEdition, options: ResolvedOptions): Assessment {
  return run(app, edition, options, true);
}
