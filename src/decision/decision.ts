import { parseApplication } from "../application/parse.js";
import type { Party } from "../application/schema.js";
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
import { LOCALES, type Locale } from "../vocabulary/locale.js";
import type { Amount } from "../money/amount.js";
import { ratio } from "../money/rounding.js";
import { findMunicipality } from "../reference/municipalities.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import type { CalendarDate } from "../time/instant.js";
import type { Allocation, AllocationCandidate, AllocationResult } from "../allocate/types.js";
import { type AllocationIssue, issue } from "../scoring/issue.js";

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
  /** The recipient: the lead applicant as administrator (hankehallinnoija), 893/2019 3 § 2 mom. */
  readonly recipient: {
    readonly party: DecisionParty;
    readonly role: "administrator";
    readonly citation: string;
    /** The administrator's agreement with the other implementers, 688/2001 7 § 3 mom. */
    readonly agreementCitation: string;
  };
  /** The other implementers (osatoteuttajat) and partners, as in the application. */
  readonly coImplementers: { readonly parties: readonly DecisionParty[]; readonly citation: string };
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
  /** The maximum share of eligible costs (893/2019 4 §) and the share this grant is of them. */
  readonly maximumShare: {
    /** The edition's rate, e.g. `"0.85"`. */
    readonly rate: string;
    /** The application's eligible VAT-free costs. */
    readonly eligibleCosts: Amount;
    /** Granted ÷ eligible costs, four decimals half up: `"0.8500"`. */
    readonly grantedShare: string;
    readonly citation: string;
  };
  /** Which costs count (893/2019 5 §); VAT never does (893/2019 4 §). */
  readonly costs: {
    readonly eligible: readonly DecisionCostCategory[];
    readonly ineligible: readonly DecisionCostCategory[];
    readonly vatEligible: boolean;
    readonly vatCitation: string;
  };
  /** The period of use (käyttöaika): the grant is used and the project done by this day. */
  readonly periodOfUse: {
    readonly until: CalendarDate;
    readonly citation: string;
    readonly certainty: Certainty;
    readonly note: string | null;
  };
  /** The final report (valtionavustusselvitys) with an auditor's statement, 893/2019 9 §. */
  readonly reporting: {
    readonly finalReport: LocalizedText;
    readonly auditorStatement: boolean;
    readonly filedBy: "administrator";
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
  /** The request for rectification (oikaisuvaatimus) before any appeal, 688/2001 34 §. */
  readonly rectification: { readonly days: number; readonly citation: string };
}

const GROUPED_CITATION = "688/2001 11 §";

/**
 * The grant decision record (avustuspäätös) of one granted application: the recipient (the lead
 * applicant as administrator, hankehallinnoija) and the co-implementers, the purpose, the maximum
 * amount and share of eligible costs, the eligible cost categories with their conditions, the
 * period of use, the reporting duty (final report with an auditor's statement), the conditions of
 * use and the legal basis, each with its citation (688/2001 11 §; 893/2019 3–9 §).
 * Never throws: an allocation that granted nothing, a candidate that is not the allocation's, an
 * invalid application or one to another call gives a coded issue.
 *
 * @example
 * ```ts
 * const { candidates } = exampleCall2022;
 * const r = allocate(candidates, { unit: "euro" });
 * const first = r.success ? r.data.allocations[0] : undefined; // EX-2022-19, granted 122 880 €
 * const d = decisionRecord(first, candidates.find((c) => c.id === first.id), "2022");
 * d.success && d.data.recipient.party.name.fi;    //=> "Joensuu"
 * d.success && d.data.maximumAmount.amount;       //=> "122880.00"
 * d.success && d.data.maximumShare.grantedShare;  //=> "0.8000" (of the eligible costs; at most 0.85)
 * d.success && d.data.periodOfUse.until;          //=> "2024-09-30"
 * d.success && d.data.reporting.auditorStatement; //=> true
 * ```
 */
export function decisionRecord(
  allocation: Allocation,
  candidate: Pick<AllocationCandidate, "id" | "application">,
  edition: EditionId | CallEdition,
  options: { readonly locale?: Locale } = {},
): Result<DecisionRecord, AllocationIssue> {
  let locale: Locale = "fi";
  try {
    // An untyped caller may pass any options: a language that is not one is Finnish.
    const asked: unknown = typeof options === "object" && options !== null ? options.locale : undefined;
    if ((LOCALES as readonly unknown[]).includes(asked)) locale = asked as Locale;
    return draw(allocation, candidate, edition, locale);
  } catch {
    // An allocation or candidate that is not what its type says (a throwing getter, a missing field).
    return fail(issue("decision.invalidApplication", { id: "" }, locale));
  }
}

function draw(
  allocation: Allocation,
  candidate: Pick<AllocationCandidate, "id" | "application">,
  edition: EditionId | CallEdition,
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
  const end = ed.period.latestEnd;

  return ok({
    official: false,
    id: allocation.id,
    edition: ed.id,
    call: { title: ed.title.value, citation: ed.title.citation },
    recipient: {
      party: decisionParty(app.applicant, ed),
      role: "administrator",
      citation: "893/2019 3 § 2 mom.",
      agreementCitation: "688/2001 7 § 3 mom.",
    },
    coImplementers: { parties: app.participants.map((p) => decisionParty(p, ed)), citation: "893/2019 3 § 2 mom." },
    purpose: {
      project: app.project.name,
      focusArea:
        focus && app.project.focusArea
          ? { code: app.project.focusArea, title: focus.value.title, citation: focus.citation }
          : null,
      citation: GROUPED_CITATION,
    },
    maximumAmount: { amount: allocation.amount, citation: `${GROUPED_CITATION}; 893/2019 4 §` },
    maximumShare: {
      rate: ed.money.maxGrantRate.value,
      eligibleCosts: allocation.eligibleCosts,
      grantedShare: ratio(allocation.amount, allocation.eligibleCosts, 4),
      citation: ed.money.maxGrantRate.citation,
    },
    costs: {
      eligible: categories.filter((c) => c.treatment !== "ineligible"),
      ineligible: categories.filter((c) => c.treatment === "ineligible"),
      vatEligible: ed.money.vatEligible.value,
      vatCitation: ed.money.vatEligible.citation,
    },
    periodOfUse: { until: end.value, citation: end.citation, certainty: end.certainty, note: end.note ?? null },
    reporting: {
      finalReport: ed.reporting.finalReport.value,
      auditorStatement: ed.reporting.auditorStatement.value,
      filedBy: "administrator",
      citation: ed.reporting.finalReport.citation,
    },
    conditionsOfUse: conditions,
    legalBasis: {
      acts: [...ed.legalBasis.value],
      citation: ed.legalBasis.citation,
      budgetItem: ed.budgetItem.value,
      budgetItemCitation: ed.budgetItem.citation,
    },
    // 688/2001 34 §: a grant decision is first contested by a request for rectification within 30 days.
    rectification: { days: 30, citation: "688/2001 34 §" },
  });
}

/**
 * The decision records of every granted allocation of a result, in the result's order, each with
 * its candidate found by id. Candidates that cannot be matched or read are left out.
 *
 * @example
 * ```ts
 * const r = allocate(exampleCall2022.candidates, { unit: "euro" });
 * r.success && decisionRecords(r.data, exampleCall2022.candidates).length; //=> 24
 * ```
 */
export function decisionRecords(
  result: AllocationResult,
  candidates: readonly Pick<AllocationCandidate, "id" | "application">[],
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
    const d = decisionRecord(a, c, result.edition);
    if (d.success) records.push(d.data);
  }
  return records;
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
