import { parseApplication } from "../application/parse.js";
import type { Application, Party } from "../application/schema.js";
import { assessApplication } from "../assess/assess.js";
import { RECIPIENT_MODELS, type RecipientModel, isRecipientModel } from "../editions/recipients.js";
import { passOnPlan } from "../passOn/passOnPlan.js";
import { type DecisionTermsOptions, decisionTerms } from "../award/terms.js";
import type { DecisionTerms } from "../award/types.js";
import type { PassOnShare, Receipt } from "../passOn/types.js";
import type { Certainty, LocalizedText } from "../editions/cited.js";
import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  CONDITION_CODES,
  type ConditionCode,
  type EditionId,
  type FocusAreaCode,
  type PartyType,
} from "../vocabulary/codes.js";
import { findEdition } from "../editions/registry.js";
import type { CallEdition } from "../editions/schema.js";
import { type Locale, isLocale } from "../vocabulary/locale.js";
import type { Amount } from "../money/amount.js";
import { compareAmounts, isZeroAmount, minAmount } from "../money/arithmetic.js";
import { ratio } from "../money/rounding.js";
import { findMunicipality } from "../reference/municipalities.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { type CalendarDate, compareDates, parseCalendarDate } from "../time/instant.js";
import type { Allocation, AllocationCandidate, AllocationResult } from "../allocate/types.js";
import { issue } from "../scoring/catalogueIssue.js";
import type { AllocationIssue } from "../scoring/issue.js";

/** A party named in a decision, with its name in each language. */
export interface DecisionParty {
  /** Municipality, joint municipal authority (kuntayhtymä), association, company or other. */
  readonly type: PartyType;
  /** The Statistics Finland code of a municipality, else `null`. */
  readonly code: string | null;
  /** The business ID (Y-tunnus), when given. */
  readonly businessId: string | null;
  /** The name: a municipality's from the register of the call's year, else the name given. */
  readonly name: LocalizedText;
}

/** A party's share of the grant as the decision states it (the pass-on plan, `passOnPlan`). */
export interface DecisionShare {
  /** How budget lines name it: a municipality code or a business ID; `null` for a party with neither. */
  readonly key: string | null;
  /** `applicant`, `participant`, `onBehalfOf` (a member municipality a joint authority applies for) or `unnamed`. */
  readonly role: PassOnShare["role"];
  /** Its party type; `null` for a key no party of the application answers to. */
  readonly type: PartyType | null;
  /** Its name in each language: a municipality's from the register of the call's year. */
  readonly name: LocalizedText;
  /** Its eligible VAT-free costs, which its share is in proportion to. */
  readonly eligibleCosts: Amount;
  /** Its share of the grant, exact to the cent. */
  readonly amount: Amount;
  /** `kept` by the administrator, `received` by a joint recipient, or `passedOn` to it. */
  readonly receipt: Receipt;
  /** The provision of its line. */
  readonly citation: string;
  /**
   * Procurements of which the grant would pay it more than half: it becomes a contracting entity
   * itself (hankintalaki 1397/2016 5 § 1 mom. 5 kohta).
   */
  readonly contractingEntity: readonly {
    readonly line: number;
    readonly value: Amount;
    readonly fromGrant: Amount;
    readonly citation: string;
  }[];
}

/** A cost category as the decision lists it. */
export interface DecisionCostCategory {
  /** The category. */
  readonly category: BudgetCategory;
  /** `eligible`, `conditional` (eligible on the stated condition) or `ineligible`. */
  readonly treatment: "eligible" | "conditional" | "ineligible";
  /** Its title. */
  readonly title: LocalizedText;
  /** The condition of a conditional category (or of an eligible one with a proviso). */
  readonly condition: LocalizedText | null;
  /** The provision, e.g. `"893/2019 5 § 3 mom."`. */
  readonly citation: string;
}

/**
 * The contents of a grant decision (avustuspäätös) for one granted application, as valtionavustuslaki
 * 688/2001 11 § requires them (recipient, purpose, amount; eligible costs, maximum share, period of
 * use, reporting duty) and 893/2019 3–9 § fill them in. Plain data; every part cites its provision.
 * A draft from the published rules, not the ministry's decision (`official: false`).
 */
export interface DecisionRecord {
  /** Always `false`: drawn up by this library, not by the Ministry of Finance. */
  readonly official: false;
  /** The application's id. */
  readonly id: string;
  /** The call edition. */
  readonly edition: EditionId;
  /** The call's name. */
  readonly call: { readonly title: LocalizedText; readonly citation: string };
  /**
   * Who receives the grant (893/2019 3 §): under the `administrator` model the lead applicant as
   * hankehallinnoija (3 § 2 mom.); under `joint` every municipality named (3 § 1 mom.: "useammalle
   * kunnalle yhdessä"), jointly and severally liable for its return and recovery (688/2001 27 §).
   */
  readonly recipients: {
    /** The recipient model: the edition's, or the caller's `recipientModel`. */
    readonly model: RecipientModel;
    /** `edition` or `option`. */
    readonly source: "edition" | "option";
    /** The edition node's certainty; `sourced` when the caller gave the model. */
    readonly certainty: Certainty;
    /** Where the model comes from: the edition node's citation, or the statute's for the caller's model. */
    readonly modelCitation: string;
    /** Every recipient, in the order of the application. */
    readonly parties: readonly DecisionParty[];
    /** `893/2019 3 § 2 mom.` or `893/2019 3 § 1 mom.`. */
    readonly citation: string;
    /** Joint recipients' joint and several liability, `688/2001 27 §`; `null` under the administrator model. */
    readonly liabilityCitation: string | null;
  };
  /** The other implementers (osatoteuttajat) and partners, as in the application. */
  readonly coImplementers: { readonly parties: readonly DecisionParty[]; readonly citation: string };
  /**
   * How the grant is shared among the parties, in proportion to their eligible costs, exact to the
   * cent (`passOnPlan`): what the recipients keep or receive and what is passed on to each.
   */
  readonly shares: { readonly parties: readonly DecisionShare[]; readonly citation: string };
  /**
   * The duty to make an agreement under 688/2001 7 § 3 mom. with each party money is passed on to
   * (the shares whose `receipt` is `passedOn`, amount above zero): on the use of the grant, the
   * supervision and audit rights of 688/2001 15–16 §, and the conditions of this decision passed
   * on. `null` when nothing is passed on.
   */
  readonly agreement: {
    /** Who makes it: the administrator, or the joint recipients. */
    readonly by: "administrator" | "recipients";
    readonly citation: string;
    readonly supervisionCitation: string;
  } | null;
  /** What the grant is for: the project and the focus area it emphasises (688/2001 11 §). */
  readonly purpose: {
    readonly project: string;
    readonly focusArea: {
      readonly code: FocusAreaCode;
      readonly title: LocalizedText;
      readonly citation: string;
    } | null;
    readonly citation: string;
  };
  /** The maximum amount of the grant (688/2001 11 §), the allocated amount. */
  readonly maximumAmount: { readonly amount: Amount; readonly citation: string };
  /**
   * Where less is granted than was requested, how much less and why (893/2019 4 §; 688/2001 11 §:
   * the ministry decides the amount); `null` when the grant is the amount requested.
   */
  readonly reduction: {
    /** The grant applied for. */
    readonly requested: Amount;
    /** The grant made. */
    readonly granted: Amount;
    /** The maximum grant: the rate of the eligible costs, rounded down to the cent. */
    readonly maxGrant: Amount;
    /** What could be granted: min(requested, maximum) rounded down to the allocation's unit. */
    readonly grantable: Amount;
    /**
     * Why, in order: `maximum` (the request exceeded the maximum), `unit` (rounded down to the
     * allocation's unit, such as whole euros), `appropriation` (the money ran out before it).
     */
    readonly reasons: readonly ("maximum" | "unit" | "appropriation")[];
    readonly citation: string;
  } | null;
  /**
   * The maximum share of the costs (893/2019 4 §; 688/2001 11 § 3 mom. 2 kohta), the share this
   * grant is of the eligible costs, and that the share is applied to the costs actually incurred
   * when the grant is paid (688/2001 12 § 1 mom.).
   */
  readonly maximumShare: {
    /** The edition's rate, e.g. `"0.85"`. */
    readonly rate: string;
    /** The application's eligible VAT-free costs (688/2001 11 § 3 mom. 1 kohta). */
    readonly eligibleCosts: Amount;
    /** Granted ÷ eligible costs, four decimals half up: `"0.8500"`. */
    readonly grantedShare: string;
    readonly citation: string;
    /** The provisions by which the share is applied to the realised costs at payment. */
    readonly actualCostsCitation: string;
  };
  /**
   * The effect of the project's income and of other public aid (688/2001 11 § 3 mom. 3 kohta,
   * 6 §). Neither 893/2019 nor the call texts say how income is treated: `inferred`.
   */
  readonly income: {
    readonly citation: string;
    readonly certainty: Certainty;
    readonly otherPublicAidCitation: string;
  };
  /** How the grant is paid (688/2001 12 §); the ministry's own scheme was not found. */
  readonly payment: { readonly citation: string };
  /**
   * The decision's terms as data (688/2001 11 § 2–3 mom.), built by `decisionTerms` from the same
   * assessment, allocation, date, report deadline and recipient model as this record, when the caller
   * gave `payment` and `income`; then the record states the payment scheme and the effect of income
   * from them. `null` otherwise.
   */
  readonly terms: DecisionTerms | null;
  /** Which costs count (893/2019 5 §); VAT never does (893/2019 4 §). */
  readonly costs: {
    readonly eligible: readonly DecisionCostCategory[];
    readonly ineligible: readonly DecisionCostCategory[];
    readonly vatEligible: boolean;
    readonly vatCitation: string;
  };
  /** The period of use (käyttöaika, 688/2001 11 § 3 mom. 4 kohta): from its first day to the day the grant is used and the project done by. */
  readonly periodOfUse: {
    /** The first day: the project's start in the application, else the decision date. */
    readonly from: CalendarDate;
    /** Where the first day comes from; the call texts set none, so it is an assumption either way. */
    readonly fromSource: "application" | "decisionDate";
    readonly until: CalendarDate;
    readonly citation: string;
    readonly certainty: Certainty;
    /** The edition's note on the end day, in the record's language (`locale`), or `null`. */
    readonly note: string | null;
  };
  /** The final report (valtionavustusselvitys) with an auditor's statement, 893/2019 9 §. */
  readonly reporting: {
    readonly finalReport: LocalizedText;
    readonly auditorStatement: boolean;
    /** The administrator, or under the joint model the recipients (893/2019 9 §). */
    readonly filedBy: "administrator" | "recipients";
    /**
     * The deadline in months from the end of the project, as the decision sets it (893/2019 9 §).
     * The ministry's figure was not found: it is the caller's `reportingMonths`.
     */
    readonly deadlineMonths: number;
    readonly citation: string;
  };
  /** Conditions of use, 893/2019 7 §. */
  readonly conditionsOfUse: readonly {
    readonly code: ConditionCode;
    readonly title: LocalizedText;
    readonly citation: string;
  }[];
  /** The acts applied and the budget item. */
  readonly legalBasis: {
    readonly acts: readonly string[];
    readonly citation: string;
    readonly budgetItem: string;
    readonly budgetItemCitation: string;
  };
  /** When and by whom the decision is made. */
  readonly decided: {
    /** The decision date: the caller's `decidedOn`, else the edition's. */
    readonly on: CalendarDate;
    /** Where the date comes from. */
    readonly source: "option" | "edition";
    readonly certainty: Certainty;
    /** The deciding official (ratkaisija), when the caller names one. */
    readonly by: string | null;
  };
  /**
   * The rectification instructions (oikaisuvaatimusohje, hallintolaki 46 §) under 688/2001 34 § as
   * worded on the decision date: the request within 30 days of notification (hallintolaki 49 c §),
   * its form and contents (49 d §), notification by letter on the seventh day (59 § 2 mom.), and the
   * appeal against the decision on the request to the administrative court.
   */
  readonly rectification: {
    readonly days: number;
    readonly citation: string;
    readonly contentsCitation: string;
    readonly notificationCitation: string;
    readonly appealCitation: string;
    /** The amending act whose wording of 688/2001 34 § was in force on the decision date. */
    readonly wording: Section34Wording;
    /**
     * `inferred` when the next wording came into force within the seven days in which a decision
     * sent by letter counts as received (the 2022 decision of 15.6.2022, a day before 430/2022).
     */
    readonly certainty: Certainty;
    /** The wording that followed and the day it came into force, or `null`. */
    readonly next: { readonly wording: Section34Wording; readonly from: CalendarDate } | null;
  };
}

/** An act that gave 688/2001 34 § (rectification and appeal) its wording. */
export type Section34Wording = "952/2015" | "430/2022";

/** The wordings of 688/2001 34 § and the day each came into force (952/2015 voimaantulo; 430/2022 voimaantulo). */
const SECTION_34: readonly { readonly wording: Section34Wording; readonly from: CalendarDate }[] = [
  { wording: "952/2015", from: "2016-01-01" },
  { wording: "430/2022", from: "2022-06-16" },
];

/** Options of a decision record. */
export interface DecisionOptions {
  /** The language of the issues; default `"fi"`. */
  readonly locale?: Locale;
  /**
   * The report deadline in months from the end of the project, which 893/2019 9 § has the decision
   * set. Required: the ministry's figure was not found, so no record is drawn up without it.
   */
  readonly reportingMonths: number;
  /** The decision date, `YYYY-MM-DD`; default the edition's `decidedOn`. */
  readonly decidedOn?: CalendarDate;
  /** The deciding official (ratkaisija), as the decision names them. */
  readonly decidedBy?: string;
  /**
   * The recipient model (893/2019 3 §): `administrator` or `joint`. Default the edition's
   * `recipients`; required where the edition's is not known (2019-1, 2019-2): no record is drawn up
   * on a guess.
   */
  readonly recipientModel?: RecipientModel;
  /**
   * How the decision pays the grant (688/2001 12 §: instalments by when the costs fall, or on the
   * realised costs after a report; an advance where allowed). The ministry's own scheme was not
   * found, so it is the caller's. Given together with `income`, the record carries the decision's
   * terms (`terms`, the ones `grantTimeline`, `paymentsDue` and `settle` read) and states both.
   */
  readonly payment?: DecisionTermsOptions["payment"];
  /** The effect of project income the decision fixes (688/2001 11 § 3 mom. 3 kohta); given with `payment`. */
  readonly income?: DecisionTerms["income"];
}

const GROUPED_CITATION = "688/2001 11 §";

/**
 * The grant decision record (avustuspäätös) of one granted application: the recipients under the
 * edition's recipient model (the lead applicant as administrator, hankehallinnoija, or the
 * municipalities jointly), the co-implementers, each party's share of the grant and the agreement
 * under 688/2001 7 § 3 mom. for what is passed on, the purpose, the maximum amount and share of
 * eligible costs, the eligible cost categories with their conditions, the period of use, the
 * reporting duty (final report with an auditor's statement), the conditions of use and the legal
 * basis, each with its citation (688/2001 11 §; 893/2019 3–9 §).
 * Never throws: an allocation that granted nothing, a candidate that is not the allocation's, an
 * invalid application or one to another call, an amount above the application's maximum grant
 * (`passOn.exceedsMaximum`) or an edition whose recipient model is unknown without the caller's
 * `recipientModel` (`passOn.recipientModelMissing`) gives a coded issue.
 *
 * @example
 * ```ts
 * const { candidates } = exampleCall2022;
 * const r = allocate(candidates, { unit: "euro" });
 * const first = r.success ? r.data.allocations[0] : undefined; // EX-2022-19, granted 122 880 €
 * const candidate = candidates.find((c) => c.id === first.id);
 * const d = decisionRecord(first, candidate, "2022", { reportingMonths: 2 }); // the caller's figure
 * d.success && d.data.recipients.parties[0]?.name.fi; //=> "Joensuu" (2022: the administrator, inferred)
 * d.success && d.data.maximumAmount.amount;       //=> "122880.00"
 * d.success && d.data.maximumShare.grantedShare;  //=> "0.8000" (of the eligible costs; at most 0.85)
 * d.success && d.data.periodOfUse.until;          //=> "2024-09-30"
 * d.success && d.data.reporting.auditorStatement; //=> true
 * // Without the report deadline, which the decision must state, no record:
 * decisionRecord(first, candidate, "2022", {} as never).success; //=> false (decision.reportingDeadlineMissing)
 * ```
 */
export function decisionRecord(
  allocation: Allocation,
  candidate: Pick<AllocationCandidate, "id" | "application">,
  edition: EditionId | CallEdition,
  options: DecisionOptions,
): Result<DecisionRecord, AllocationIssue> {
  let locale: Locale = "fi";
  try {
    // An untyped caller may pass any options: a language that is not one is Finnish.
    const asked: unknown = typeof options === "object" && options !== null ? options.locale : undefined;
    if (isLocale(asked)) locale = asked;
    return draw(allocation, candidate, edition, options, locale);
  } catch {
    // An allocation or candidate that is not what its type says (a throwing getter, a missing field).
    return fail(issue("decision.invalidApplication", { id: "" }, locale));
  }
}

function draw(
  allocation: Allocation,
  candidate: Pick<AllocationCandidate, "id" | "application">,
  edition: EditionId | CallEdition,
  options: DecisionOptions,
  locale: Locale,
): Result<DecisionRecord, AllocationIssue> {
  const e = typeof edition === "string" ? findEdition(edition) : ok(edition);
  if (!e.success) return fail(issue("allocation.unknownEdition", { edition: String(edition).slice(0, 40) }, locale));
  const ed = e.data;
  if (allocation.status !== "granted")
    return fail(issue("decision.notGranted", { id: allocation.id, status: allocation.status }, locale));
  if (candidate.id !== allocation.id) {
    return fail(
      issue("decision.otherCandidate", { id: allocation.id, candidate: String(candidate.id).slice(0, 200) }, locale),
    );
  }
  // Only whether it parses matters: the parse issues are not shown, so they need no language.
  const parsed = parseApplication(candidate.application);
  if (!parsed.success || allocation.eligibleCosts === null)
    return fail(issue("decision.invalidApplication", { id: allocation.id }, locale));
  const app = parsed.data;
  if (app.edition !== ed.id)
    return fail(issue("decision.otherEdition", { edition: app.edition, expected: ed.id }, locale));
  const months = options?.reportingMonths;
  if (months === undefined) return fail(issue("decision.reportingDeadlineMissing", { id: allocation.id }, locale));
  if (!Number.isSafeInteger(months) || months < 1)
    return fail(issue("decision.invalidReportingDeadline", { input: String(months).slice(0, 40) }, locale));
  const given = options.decidedOn;
  const decidedOn = given === undefined ? ed.decidedOn.value : parseCalendarDate(given);
  if (decidedOn === null) return fail(issue("decision.noDecisionDate", { edition: ed.id }, locale));
  if (typeof decidedOn !== "string" && !decidedOn.success)
    return fail(issue("decision.invalidDecisionDate", { input: String(given).slice(0, 40) }, locale));
  const on = typeof decidedOn === "string" ? decidedOn : decidedOn.data;
  const asked = options.recipientModel;
  if (asked !== undefined && !isRecipientModel(asked)) {
    const expected = RECIPIENT_MODELS.map((m) => `"${m}"`).join(" | ");
    return fail(issue("passOn.invalidOption", { option: "recipientModel", expected }, locale));
  }
  const model = asked ?? ed.recipients.value;
  if (model === null) return fail(issue("passOn.recipientModelMissing", { edition: ed.id }, locale));
  const assessment = assessApplication(app, ed, { locale });
  const plan = passOnPlan(assessment, allocation.amount, { locale, recipientModel: model });
  if (!plan.success) return plan;
  const start = app.project.start;
  const end = ed.period.latestEnd;
  let terms: DecisionTerms | null = null;
  if (options.payment !== undefined || options.income !== undefined) {
    // The terms of this very record: its date, deadline, recipient model and period of use.
    // The allocation names the candidate; the terms, like the assessment, the application.
    const built = decisionTerms(
      assessment,
      { ...allocation, id: assessment.id ?? allocation.id },
      {
        locale,
        decidedOn: on,
        reportMonths: months,
        payment: options.payment as DecisionTermsOptions["payment"],
        income: options.income as DecisionTerms["income"],
        recipientModel: model,
        start: start ?? on,
        end: end.value,
      },
    );
    if (!built.success) return fail(...built.issues.map(({ code, params, message }) => ({ code, params, message })));
    terms = built.data;
  }
  const names = shareNames(plan.data.shares, app, ed);
  const shares = plan.data.shares.map(
    (s, i): DecisionShare => ({
      key: s.key,
      role: s.role,
      type: s.type,
      name: names[i] ?? { fi: s.name, sv: s.name, en: s.name },
      eligibleCosts: s.eligibleCosts,
      amount: s.amount,
      receipt: s.receipt,
      citation: s.citation,
      contractingEntity: s.contractingEntity.map(({ line, value, fromGrant, citation }) => ({
        line,
        value,
        fromGrant,
        citation,
      })),
    }),
  );
  const joint = model === "joint";

  const focus = app.project.focusArea ? ed.focusAreas[app.project.focusArea] : undefined;
  // An edition names the treatment of every budget category (its schema's record is exhaustive).
  const categories = BUDGET_CATEGORIES.map((category): DecisionCostCategory => {
    const node = ed.money.costCategories[category];
    const { treatment, title, condition } = node.value;
    return { category, treatment, title, condition: condition ?? null, citation: node.citation };
  });
  const conditions = CONDITION_CODES.flatMap((code) => {
    const node = ed.conditionsOfUse[code];
    return node ? [{ code, title: node.value.title, citation: node.citation }] : [];
  });

  return ok({
    official: false,
    id: allocation.id,
    edition: ed.id,
    call: { title: ed.title.value, citation: ed.title.citation },
    recipients: {
      model,
      source: asked === undefined ? "edition" : "option",
      certainty: asked === undefined ? ed.recipients.certainty : "sourced",
      modelCitation: asked === undefined ? ed.recipients.citation : plan.data.recipients.citation,
      parties: joint
        ? shares.filter((s) => s.receipt === "received").map((s) => shareParty(s))
        : [decisionParty(app.applicant, ed)],
      citation: joint ? "893/2019 3 § 1 mom." : "893/2019 3 § 2 mom.",
      liabilityCitation: joint ? "688/2001 27 §" : null,
    },
    coImplementers: { parties: app.participants.map((p) => decisionParty(p, ed)), citation: "893/2019 3 § 2 mom." },
    shares: { parties: shares, citation: plan.data.citation },
    agreement: shares.some((s) => s.receipt === "passedOn" && !isZeroAmount(s.amount))
      ? {
          by: joint ? "recipients" : "administrator",
          citation: "688/2001 7 § 3 mom.",
          supervisionCitation: "688/2001 15–16 §",
        }
      : null,
    purpose: {
      project: app.project.name,
      focusArea:
        focus && app.project.focusArea
          ? { code: app.project.focusArea, title: focus.value.title, citation: focus.citation }
          : null,
      citation: GROUPED_CITATION,
    },
    maximumAmount: { amount: allocation.amount, citation: `${GROUPED_CITATION}; 893/2019 4 §` },
    reduction: reductionOf(allocation),
    maximumShare: {
      rate: ed.money.maxGrantRate.value,
      eligibleCosts: allocation.eligibleCosts,
      grantedShare: ratio(allocation.amount, allocation.eligibleCosts, 4),
      citation: ed.money.maxGrantRate.citation,
      actualCostsCitation: "893/2019 4 §; 688/2001 12 § 1 mom.",
    },
    income: {
      citation: "688/2001 11 § 3 mom. 3 kohta",
      certainty: "inferred",
      otherPublicAidCitation: "688/2001 6 § 1 ja 3 mom.",
    },
    payment: { citation: "688/2001 12 §" },
    terms,
    costs: {
      eligible: categories.filter((c) => c.treatment !== "ineligible"),
      ineligible: categories.filter((c) => c.treatment === "ineligible"),
      vatEligible: ed.money.vatEligible.value,
      vatCitation: ed.money.vatEligible.citation,
    },
    periodOfUse: {
      from: start ?? on,
      fromSource: start ? "application" : "decisionDate",
      until: end.value,
      citation: end.citation,
      certainty: end.certainty,
      note: end.note?.[locale] ?? null,
    },
    reporting: {
      finalReport: ed.reporting.finalReport.value,
      auditorStatement: ed.reporting.auditorStatement.value,
      filedBy: joint ? "recipients" : "administrator",
      deadlineMonths: months,
      citation: ed.reporting.finalReport.citation,
    },
    conditionsOfUse: conditions,
    legalBasis: {
      acts: [...ed.legalBasis.value],
      citation: ed.legalBasis.citation,
      budgetItem: ed.budgetItem.value,
      budgetItemCitation: ed.budgetItem.citation,
    },
    decided: {
      on,
      source: given === undefined ? "edition" : "option",
      certainty: given === undefined ? ed.decidedOn.certainty : "sourced",
      by: typeof options.decidedBy === "string" && options.decidedBy.trim() !== "" ? options.decidedBy.trim() : null,
    },
    rectification: rectificationOn(on),
  });
}

/**
 * Why less was granted than requested, from the allocation's own amounts: over the maximum
 * (893/2019 4 §), rounded down to the unit, or cut short by the appropriation (688/2001 11 §: the
 * ministry decides the amount); `null` when the grant is what was requested.
 */
function reductionOf(a: Allocation): DecisionRecord["reduction"] {
  const { requestedGrant: requested, maxGrant, grantable, amount } = a;
  if (requested === null || maxGrant === null || grantable === null) return null;
  if (compareAmounts(amount, requested) >= 0) return null;
  const reasons: ("maximum" | "unit" | "appropriation")[] = [];
  if (compareAmounts(requested, maxGrant) > 0) reasons.push("maximum");
  if (compareAmounts(grantable, minAmount(requested, maxGrant)) < 0) reasons.push("unit");
  if (compareAmounts(amount, grantable) < 0) reasons.push("appropriation");
  return { requested, granted: amount, maxGrant, grantable, reasons, citation: "893/2019 4 §; 688/2001 11 §" };
}

/**
 * The rectification instructions under 688/2001 34 § as worded on the decision date. A wording
 * that came into force within the seven days after it (hallintolaki 59 § 2 mom.: a letter counts
 * as received on the seventh day) makes the choice an inference: 430/2022 has no transitional
 * provision, and the 2022 decision of 15.6.2022 was made the day before it came into force.
 */
function rectificationOn(on: CalendarDate): DecisionRecord["rectification"] {
  // The latest wording in force on the decision date (every grant was decided after 1.1.2016).
  let index = 0;
  while (index + 1 < SECTION_34.length && compareDates(SECTION_34[index + 1]!.from, on) <= 0) index++;
  const current = SECTION_34[index]!;
  const next = SECTION_34[index + 1] ?? null;
  const close = next !== null && compareDates(next.from, addDays(on, 7)) <= 0;
  return {
    days: 30,
    citation: `688/2001 34 § 1 mom. (${current.wording}); hallintolaki 434/2003 49 c §`,
    contentsCitation: "hallintolaki 434/2003 49 d §",
    notificationCitation: "hallintolaki 434/2003 59 § 2 mom.",
    appealCitation: `688/2001 34 § 2 mom. (${current.wording})`,
    wording: current.wording,
    certainty: close ? "inferred" : "sourced",
    next,
  };
}

/** A calendar date some days later (UTC calendar arithmetic: no time zone, no clock). */
function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The decision records of every granted allocation of a result, in the result's order, each with
 * its candidate found by id. Candidates that cannot be matched or read are left out, and so is every
 * record when the options lack the report deadline (`decisionRecord` says why, as a coded issue).
 *
 * @example
 * ```ts
 * const r = allocate(exampleCall2022.candidates, { unit: "euro" });
 * r.success && decisionRecords(r.data, exampleCall2022.candidates, { reportingMonths: 2 }).length; //=> 24
 * ```
 */
export function decisionRecords(
  result: AllocationResult,
  candidates: readonly Pick<AllocationCandidate, "id" | "application">[],
  options: DecisionOptions,
): DecisionRecord[] {
  try {
    return recordsOf(result, candidates, options);
  } catch {
    // A result or list whose getters or proxy traps throw: no record can be drawn from it.
    return [];
  }
}

function recordsOf(
  result: AllocationResult,
  candidates: readonly Pick<AllocationCandidate, "id" | "application">[],
  options: DecisionOptions,
): DecisionRecord[] {
  const byId = new Map<unknown, Pick<AllocationCandidate, "id" | "application">>();
  if (!Array.isArray(candidates) || !Array.isArray(result?.allocations)) return [];
  for (const c of candidates) {
    try {
      byId.set(c.id, c);
    } catch {
      // A candidate whose id cannot be read (null, a throwing getter) is left out, like any other
      // that cannot be matched; one that is not an object has no id and matches no allocation.
    }
  }
  const records: DecisionRecord[] = [];
  for (const a of result.allocations) {
    const c = a.status === "granted" ? byId.get(a.id) : undefined;
    if (!c) continue;
    const d = decisionRecord(a, c, result.edition, options);
    if (d.success) records.push(d.data);
  }
  return records;
}

/**
 * A share's party name in each language: the applicant's and each participant's as the decision
 * names them (the n-th participant share is the n-th participant, as `budget.parties` orders them),
 * a member municipality a joint authority applies for from the register by its code, and a key no
 * party answers to as the key.
 */
function shareNames(shares: readonly PassOnShare[], app: Application, edition: CallEdition): LocalizedText[] {
  let participant = 0;
  return shares.map((s) => {
    const named =
      s.role === "applicant"
        ? app.applicant
        : s.role === "participant"
          ? app.participants[participant++]
          : s.role === "onBehalfOf" && s.key !== null
            ? ({ type: "municipality", code: s.key } as const)
            : undefined;
    return named ? decisionParty(named, edition).name : { fi: s.name, sv: s.name, en: s.name };
  });
}

/** A joint recipient as a party of the decision. */
function shareParty(s: DecisionShare): DecisionParty {
  const type = s.type ?? "other";
  const code = type === "municipality" ? s.key : null;
  return { type, code, businessId: code === null ? s.key : null, name: s.name };
}

function decisionParty(p: Party, edition: CallEdition): DecisionParty {
  if (p.type === "municipality") {
    const m = findMunicipality(p.code, edition.registerYear);
    const fi = m?.nameFi ?? p.name ?? p.code;
    const sv = m?.nameSv ?? p.name ?? p.code;
    return { type: p.type, code: p.code, businessId: null, name: { fi, sv, en: fi } };
  }
  return { type: p.type, code: null, businessId: p.businessId ?? null, name: { fi: p.name, sv: p.name, en: p.name } };
}
