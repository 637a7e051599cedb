import type { Allocation } from "../allocate/types.js";
import type { Assessment } from "../assess/types.js";
import { findEdition } from "../editions/registry.js";
import { RECIPIENT_MODELS, type RecipientModel } from "../editions/recipients.js";
import { passOnPlan } from "../passOn/passOnPlan.js";
import type { CalendarDate } from "../time/instant.js";
import { CONDITION_CODES, type ConditionCode } from "../vocabulary/codes.js";
import { type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord } from "../vocabulary/read.js";
import { type Result, fail } from "../vocabulary/result.js";
import { type TermsIssue, editionCategories, parseDecisionTerms, termsIssue } from "./parseTerms.js";
import type { PassOnPlan } from "../passOn/types.js";
import type { DecisionTerms, Instalment, PaymentScheme, TermsParty } from "./types.js";

/**
 * What only the ministry's decision fixes, and the builder's choices. The payment scheme, the report
 * deadline and the effect of income of the digikannustin decisions were not found in any public
 * source (call-facts §6.2): they are required, never guessed.
 */
export interface DecisionTermsOptions {
  /** The language of the issues; Finnish by default. */
  readonly locale?: Locale;
  /** The decision date; default the edition's `decidedOn` where it is sourced. */
  readonly decidedOn?: CalendarDate;
  /** The report deadline in months from the end of the project (893/2019 9 §), or `null` for none. */
  readonly reportMonths: number | null;
  /** The payment scheme (688/2001 12 §); no instalments and no advance unless given. */
  readonly payment: {
    readonly scheme: PaymentScheme;
    readonly instalments?: readonly Instalment[];
    readonly advance?: string;
  };
  /** The effect of project income (688/2001 11 § 3 mom. 3 k.). */
  readonly income: DecisionTerms["income"];
  /** The first day of the period of use; default the project's start in the application, else the decision date. */
  readonly start?: CalendarDate;
  /** The last day of the period of use; default the project's end in the application, else the edition's `period.latestEnd`. */
  readonly end?: CalendarDate;
  /** The conditions of use; default every condition the edition lists (893/2019 7 §). */
  readonly conditions?: readonly ConditionCode[];
  /** The recipient model; default the edition's `recipients` (required where it is not known, as in `passOnPlan`). */
  readonly recipientModel?: RecipientModel;
}

/**
 * The terms of a grant decision (688/2001 11 § 2–3 mom.) built from an application's assessment and
 * its entry in an allocation: the granted amount is the maximum; the eligible costs, the rate and the
 * categories come from the assessment and its edition (893/2019 4–5 §); the parties and how each
 * receives its share from the pass-on plan of the maximum (688/2001 7 § 3 mom.); the period from the
 * options, else the application, else the decision date and the edition's last day of use; the
 * decision date, the report deadline, the payment scheme and the effect of income from the options.
 * The result is checked as `parseDecisionTerms` checks any terms. Never throws.
 *
 * @example
 * ```ts
 * const a = assess(application); // 2022, Lohja leads
 * const t = decisionTerms(a, allocationEntry, { reportMonths: 2, payment: { scheme: "afterReport" }, income: "reducesCosts" });
 * t.success && t.data.decidedOn;  //=> "2022-06-15" (the edition's, sourced)
 * t.success && t.data.period.end; //=> "2024-09-30"
 * ```
 */
export function decisionTerms(
  assessment: Assessment,
  allocation: Pick<Allocation, "id" | "status" | "amount" | "eligibleCosts">,
  options: DecisionTermsOptions,
): Result<DecisionTerms, TermsIssue> {
  let locale: Locale = "fi";
  try {
    const asked: unknown = isRecord(options) ? options.locale : undefined;
    if (isLocale(asked)) locale = asked;
    return build(assessment, allocation, options, locale);
  } catch {
    // An assessment, entry or options that are not what their types say (a throwing getter, a missing field).
    return fail(termsIssue([], "terms.notAnAssessment", {}, locale));
  }
}

function build(
  assessment: Assessment,
  allocation: Pick<Allocation, "id" | "status" | "amount" | "eligibleCosts">,
  options: DecisionTermsOptions,
  locale: Locale,
): Result<DecisionTerms, TermsIssue> {
  if (!isRecord(options)) {
    const params = { option: "options", expected: "{ reportMonths, payment, income }" };
    return fail(termsIssue(["options"], "terms.invalidOption", params, locale));
  }
  if (assessment.status === "invalid" || assessment.budget === null)
    return fail(termsIssue([], "terms.notAnAssessment", {}, locale));
  if (allocation.status !== "granted")
    return fail(
      termsIssue([], "terms.notGranted", { id: String(allocation.id), status: String(allocation.status) }, locale),
    );
  if (assessment.id !== null && allocation.id !== assessment.id) {
    const params = { id: String(allocation.id).slice(0, 200), assessment: assessment.id.slice(0, 200) };
    return fail(termsIssue([], "terms.otherApplication", params, locale));
  }
  const edition = findEdition(assessment.edition);
  if (!edition.success) return fail(termsIssue([], "terms.notAnAssessment", {}, locale));
  const ed = edition.data;
  const decided = ed.decidedOn;
  const decidedOn =
    options.decidedOn ?? (decided.value !== null && decided.certainty === "sourced" ? decided.value : null);
  if (decidedOn === null) return fail(termsIssue(["decidedOn"], "terms.noDecisionDate", { edition: ed.id }, locale));
  if (options.recipientModel !== undefined && !RECIPIENT_MODELS.includes(options.recipientModel))
    return fail(option("recipientModel", RECIPIENT_MODELS.map((m) => `"${m}"`).join(" | "), locale));
  if (!isRecord(options.payment)) return fail(option("payment", "{ scheme, instalments?, advance? }", locale));
  const plan = passOnPlan(assessment, allocation.amount, {
    locale,
    ...(options.recipientModel === undefined ? {} : { recipientModel: options.recipientModel }),
  });
  if (!plan.success) return fail(...plan.issues.map((i) => ({ path: [], ...i })));
  const project = assessment.findings.find((f) => f.rule === "period.startBeforeEnd")?.values;
  const fromApplication = (key: "start" | "end") => {
    const value = project?.[key];
    return typeof value === "string" ? value : undefined;
  };
  const candidate = {
    id: assessment.id,
    edition: ed.id,
    decidedOn,
    recipients: {
      model: plan.data.recipients.model,
      parties: termsParties(plan.data),
    },
    maximum: allocation.amount,
    eligibleCosts: allocation.eligibleCosts ?? assessment.budget.eligibleCosts,
    rate: assessment.budget.rate,
    categories: editionCategories(ed),
    income: options.income,
    period: {
      start: options.start ?? fromApplication("start") ?? decidedOn,
      end: options.end ?? fromApplication("end") ?? ed.period.latestEnd.value,
    },
    conditions: options.conditions ?? CONDITION_CODES.filter((c) => ed.conditionsOfUse[c] !== undefined),
    reportMonths: options.reportMonths,
    payment: {
      scheme: options.payment.scheme,
      instalments: options.payment.instalments ?? [],
      advance: options.payment.advance ?? "0.00",
    },
  };
  // One check of the terms, whether they are built here or read from a file.
  return parseDecisionTerms(candidate, { locale });
}

/** The parties of the terms: each share of a pass-on plan of the maximum, as the terms keep it. */
export function termsParties(plan: PassOnPlan): TermsParty[] {
  return plan.shares.map((s) => ({
    key: s.key,
    role: s.role,
    type: s.type,
    name: s.name,
    eligibleCosts: s.eligibleCosts,
    share: s.amount,
    receipt: s.receipt,
  }));
}

function option(name: string, expected: string, locale: Locale): TermsIssue {
  return termsIssue(["options", name], "terms.invalidOption", { option: name, expected }, locale);
}
