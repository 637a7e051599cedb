import { parseApplication, toIssue } from "../application/parse.js";
import type { Application } from "../application/schema.js";
import { assessApplication } from "../assess/assess.js";
import type { Assessment } from "../assess/types.js";
import { getEdition } from "../editions/registry.js";
import { passOnPlan } from "../passOn/passOnPlan.js";
import type { CalendarDate } from "../time/instant.js";
import type { Locale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import { termsDifferences } from "./changeDiff.js";
import { AT_EXPECTED, dayOf, optionIssue, readOptions } from "./options.js";
import { type PartResult, extensionPart, partOf, reallocationPart } from "./changeParts.js";
import { type ChangeApplication, type ChangeApplicationInput, changeApplicationSchema } from "./changeSchema.js";
import type { AssessChangeOptions, ChangeAssessment, ChangeFinding, ChangePart, ChangeStatus } from "./changeTypes.js";
import { type TermsIssue, parseDecisionTerms, termsIssue } from "./parseTerms.js";
import { termsParties } from "./terms.js";
import type { DecisionTerms } from "./types.js";

/** The rule families a content change re-checks: the edition's focus area and exclusions. */
const CONTENT_FAMILIES = ["focusArea.", "exclusion."] as const;
/** The rule families a consortium change re-runs: who may apply and the consortium rules. */
const CONSORTIUM_FAMILIES = ["applicant.", "consortium."] as const;

/**
 * Assesses a change application (muutoshakemus) under the decision's terms. The recipient must
 * notify changes (688/2001 14 §) and the ministry decides them; each part asked for is decided on
 * its own, with cited findings (pass / fail / review / missing, fi/sv/en) and a proposal:
 * - `extension` of the period of use: the new end after the current end; a new end past the last
 *   year the edition's appropriation can be used (siirtomääräraha 3 v, 423/1988 7 § 2 mom.) is `review`;
 * - `reallocation` of the eligible costs between categories and parties: the total unchanged, every
 *   line in a category the terms count and borne by a party they name, the grant never raised;
 * - `content`: the whole changed application, on which the edition's focus-area and exclusion rules
 *   run as `assess` runs them;
 * - `consortium`: the whole changed application, on which the edition's applicant and consortium rules
 *   run with the edition's register year; the amended parties come from its pass-on plan of the maximum.
 *
 * The amended terms apply every part not proposed for rejection, in the order extension, consortium,
 * reallocation (a reallocation names the parties after a consortium change); `differences` lists what
 * moves. `options.at` is the day of the assessment (no clock is read). Never throws: bad terms, a bad
 * change or bad options give `invalid` with coded issues.
 *
 * @example
 * ```ts
 * const r = assessChange(terms, { extension: { end: "2024-12-31" } }, { at: "2024-08-01", locale: "en" });
 * r.status;         //=> "approvable"
 * r.differences;    //=> [{ path: "period.end", before: "2024-09-30", after: "2024-12-31" }]
 * ```
 */
export function assessChange(
  terms: DecisionTerms,
  change: ChangeApplicationInput,
  options: AssessChangeOptions,
): ChangeAssessment {
  // Reading the options never throws: a getter that does is an issue of its option.
  const asked = readOptions(options, ["at"], "change.invalidOption");
  const locale = asked.locale;
  try {
    if (!asked.ok) return invalid(locale, [asked.issue]);
    const at = dayOf(asked.values.at);
    if (at === null) return invalid(locale, [optionIssue("change.invalidOption", "at", AT_EXPECTED, locale)]);
    const parsedTerms = parseDecisionTerms(terms, { locale });
    if (!parsedTerms.success) return invalid(locale, parsedTerms.issues);
    const read = readChange(change, locale);
    if (!read.ok) return invalid(locale, read.issues);
    return decide(parsedTerms.data, read.change, read.apps, at, locale);
  } catch {
    // A defect of ours, or a getter or proxy that throws where no check expected one: reported, never thrown.
    return invalid(locale, [termsIssue([], "change.failed", {}, locale)]);
  }
}

function invalid(locale: Locale, issues: readonly TermsIssue[]): ChangeAssessment {
  return { id: null, edition: null, locale, status: "invalid", parts: [], terms: null, differences: [], issues };
}

type Apps = { readonly content: Application | null; readonly consortium: Application | null };
type Read =
  | { readonly ok: true; readonly change: ChangeApplication; readonly apps: Apps }
  | { readonly ok: false; readonly issues: readonly TermsIssue[] };

/** The change against its contract, and the changed applications against theirs (their paths under the part). */
function readChange(input: unknown, locale: Locale): Read {
  if (!isRecord(input)) return { ok: false, issues: [termsIssue([], "change.notAnObject", {}, locale)] };
  const parsed = changeApplicationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => toIssue(i, input, locale)) };
  const change = parsed.data;
  if (!change.extension && !change.reallocation && !change.content && !change.consortium)
    return { ok: false, issues: [termsIssue([], "change.noParts", {}, locale)] };
  const issues: TermsIssue[] = [];
  const app = (part: "content" | "consortium"): Application | null => {
    const given = change[part];
    if (given === undefined) return null;
    const r = parseApplication(given.application, { locale });
    if (r.success) return r.data;
    for (const i of r.issues) issues.push({ ...i, path: [part, "application", ...i.path] });
    return null;
  };
  const apps = { content: app("content"), consortium: app("consortium") };
  return issues.length ? { ok: false, issues } : { ok: true, change, apps };
}

function decide(
  terms: DecisionTerms,
  change: ChangeApplication,
  apps: Apps,
  at: CalendarDate,
  locale: Locale,
): ChangeAssessment {
  const parts: ChangePart[] = [];
  let amended = terms;
  const apply = (result: PartResult) => {
    parts.push(result.part);
    if (result.part.proposal !== "reject") amended = result.amended;
  };
  if (change.extension) apply(extensionPart(amended, change.extension, at, locale));
  const content = apps.content === null ? null : rulesPart("content", apps.content, terms, CONTENT_FAMILIES, locale);
  const consortium =
    apps.consortium === null ? null : rulesPart("consortium", apps.consortium, terms, CONSORTIUM_FAMILIES, locale);
  if (consortium) apply({ part: consortium.part, amended: withParties(amended, consortium.assessment, locale) });
  if (change.reallocation) apply(reallocationPart(amended, change.reallocation, locale));
  if (content) parts.push(content.part);
  // The parts in the order of CHANGE_PARTS, whatever order they were decided in.
  const order = ["extension", "reallocation", "content", "consortium"];
  parts.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  // One check of the amended terms, as of any terms.
  const checked = parseDecisionTerms(amended, { locale });
  if (!checked.success) return invalid(locale, checked.issues);
  return {
    id: change.id,
    edition: terms.edition,
    locale,
    status: statusOf(parts),
    parts,
    terms: checked.data,
    differences: termsDifferences(terms, checked.data),
    issues: [],
  };
}

/** The edition's own rules of the given families, run through `assessApplication` on the changed application. */
function rulesPart(
  kind: "content" | "consortium",
  app: Application,
  terms: DecisionTerms,
  families: readonly string[],
  locale: Locale,
): { readonly part: ChangePart; readonly assessment: Assessment } {
  const assessment = assessApplication(app, getEdition(terms.edition), { locale });
  const findings = assessment.findings.filter((f) => families.some((family) => f.rule.startsWith(family)));
  return { part: partOf(kind, findings as readonly ChangeFinding[]), assessment };
}

/** The parties of the changed consortium: the pass-on plan of the decided maximum; unchanged if it cannot be made. */
function withParties(terms: DecisionTerms, assessment: Assessment, locale: Locale): DecisionTerms {
  const plan = passOnPlan(assessment, terms.maximum, { locale, recipientModel: terms.recipients.model });
  if (!plan.success) return terms;
  return { ...terms, recipients: { model: plan.data.recipients.model, parties: termsParties(plan.data) } };
}

function statusOf(parts: readonly ChangePart[]): Exclude<ChangeStatus, "invalid"> {
  if (parts.some((p) => p.proposal === "reject")) return "rejected";
  if (parts.some((p) => p.proposal === "review")) return "needsReview";
  return "approvable";
}
