import type { ParseIssue } from "../application/parse.js";
import type { JsonValue, Outcome } from "../assess/types.js";
import type { MessageCode } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import type { RoundingMode, RoundingUnit } from "../money/rounding.js";
import type { AllocationIssue } from "../scoring/issue.js";
import type { CalendarDate } from "../time/instant.js";
import type { BudgetCategory, EditionId, PartyType } from "../vocabulary/codes.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { TermsParty } from "./types.js";

/** Why a cost line of a final report counts or does not: `accepted`, or excluded and why. */
export type LineTreatment = "accepted" | "outsidePeriod" | "categoryNotCounted";

/** One realised cost of the report and how it is treated, with the provision and the reason. */
export interface TreatedLine {
  /** Its index in the report's `costs`. */
  readonly line: number;
  /** Its category. */
  readonly category: BudgetCategory;
  /** Its VAT-free amount. */
  readonly amount: Amount;
  /** Its VAT; never eligible (893/2019 4 §). */
  readonly vat: Amount;
  /** When it arose. */
  readonly date: CalendarDate;
  /** The party that bore it; `null` = the applicant. */
  readonly party: string | null;
  /** `accepted`, or why it is excluded. */
  readonly treatment: LineTreatment;
  /** The provision the treatment rests on. */
  readonly citation: string;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The reason in the result's language. */
  readonly message: string;
}

/** What one check of a final report concluded (like a finding of `assess`). */
export interface ReportFinding {
  /** The stable check id, e.g. `"report.auditorStatement"`. */
  readonly rule: ReportRuleId;
  /** What it concluded. */
  readonly outcome: Outcome;
  /** The provision it rests on, e.g. `"893/2019 9 §"`. */
  readonly citation: string;
  /** The values it read. */
  readonly values: { readonly [key: string]: JsonValue };
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}

/** The checks of a final report, in the order of their findings. */
export const REPORT_RULES = Object.freeze([
  "report.results",
  "report.waysOfWorking",
  "report.usability",
  "report.implementation",
  "report.costs",
  "report.auditorStatement",
  "report.separateAccounting",
  "report.dissemination",
  "report.deadline",
] as const);
/** A check of a final report. */
export type ReportRuleId = (typeof REPORT_RULES)[number];

/**
 * The verdict on a final report, like an assessment's: `invalid` (the report, the terms or the
 * options did not parse), `deficient` (a check failed), `needsReview` (none failed, but some need
 * a human or an answer) or `acceptable` (every check passed).
 */
export type ReportStatus = "invalid" | "deficient" | "needsReview" | "acceptable";

/** Options of {@link assessReport}. */
export interface AssessReportOptions {
  /**
   * The day the report is assessed, for a draft without `submittedOn` (the library never reads the
   * clock): then the deadline check reads it as the submission date; without either it is `missing`.
   */
  readonly at?: CalendarDate;
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
}

/** When the report is due and when the right to payment lapses (688/2001 29 § 1 mom.). */
export interface ReportDeadline {
  /** The last day to give the report and keep the right to payment. */
  readonly lapsesAfter: CalendarDate;
  /** `decision`: period end + `reportMonths` (893/2019 9 §); `statute`: 31.12. of the second year after the grant year. */
  readonly source: "decision" | "statute";
  /** The provision. */
  readonly citation: string;
}

/** The assessment of a final report under the decision's terms. Plain, JSON-serialisable data. */
export interface ReportAssessment {
  /** The application's id, from the terms. */
  readonly id: string | null;
  /** The edition of the grant; `null` when the terms did not parse. */
  readonly edition: EditionId | null;
  /** The language of the messages. */
  readonly locale: Locale;
  /** The verdict. */
  readonly status: ReportStatus;
  /** One finding per check, in the order of {@link REPORT_RULES}; empty when `invalid`. */
  readonly findings: readonly ReportFinding[];
  /** Each realised cost and its treatment; empty when `invalid`. */
  readonly lines: readonly TreatedLine[];
  /** The deadline that applies; `null` when `invalid`. */
  readonly deadline: ReportDeadline | null;
  /** Why the input did not parse; empty otherwise. */
  readonly issues: readonly ParseIssue[];
}

/** Options of {@link settle}. */
export interface SettleOptions {
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
  /**
   * Whether an amount to return of at most the threshold (100 €, 688/2001 20 § 1 mom. as amended by
   * 1113/2018) is left unreclaimed: the authority *may* leave it ("saadaan jättää"). Default `true`.
   */
  readonly leaveUnreclaimed?: boolean;
}

/** What the settlement comes to: pay the balance, return the excess, leave it unreclaimed, or nothing. */
export type SettlementOutcome = "pay" | "return" | "leftUnreclaimed" | "even";

/** One party's part of the settlement, in the terms' party order (then keys no party answers to). */
export interface SettlementParty {
  /** How cost lines name it; `null` for a party with neither key. */
  readonly key: string | null;
  /** Its role in the terms; `unnamed` for a key no party of the terms answers to. */
  readonly role: TermsParty["role"];
  /** Its party type; `null` for an unnamed key. */
  readonly type: PartyType | null;
  /** Its name for readers. */
  readonly name: string;
  /** Its accepted VAT-free costs. */
  readonly acceptedCosts: Amount;
  /** Its share of the final grant: in proportion to accepted costs, largest remainder, ties by party order. */
  readonly share: Amount;
}

/** The settlement of a grant (lopputilitys). Plain, JSON-serialisable data; every amount exact to the cent. */
export interface Settlement {
  /** The application's id, from the terms. */
  readonly id: string | null;
  /** The edition of the grant. */
  readonly edition: EditionId;
  /** The language of the messages. */
  readonly locale: Locale;
  /** Each realised cost and its treatment. */
  readonly lines: readonly TreatedLine[];
  /** The accepted VAT-free costs: within the period of use, in a category the terms count. */
  readonly acceptedCosts: Amount;
  /** The VAT-free costs excluded. */
  readonly excludedCosts: Amount;
  /** The project income deducted from the accepted costs (`"0.00"` when income has no effect). */
  readonly incomeDeducted: Amount;
  /** The terms' rate × (accepted costs − income deducted), never below zero. */
  readonly byRate: Amount;
  /** What keeps the grant plus other public aid within the accepted costs (688/2001 6 § 3 mom.). */
  readonly byOtherAid: Amount;
  /** The decided maximum. */
  readonly maximum: Amount;
  /** The final grant: the least of the three. */
  readonly finalGrant: Amount;
  /** Which limit decided the final grant (the first in this order when two are equal). */
  readonly limitedBy: "maximum" | "rate" | "otherAid";
  /** The rounding of the rate's product: down to the cent (the grant never exceeds its share). */
  readonly rounding: { readonly unit: RoundingUnit; readonly mode: RoundingMode };
  /** What has been paid: the sum of the payments. */
  readonly paid: Amount;
  /** The balance to pay: final grant − paid when positive, else `"0.00"`. */
  readonly toPay: Amount;
  /** What was paid in excess (688/2001 20 § 1 mom.): paid − final grant when positive, else `"0.00"`. */
  readonly excess: Amount;
  /** Of the excess, what is to be returned. */
  readonly toReturn: Amount;
  /** Of the excess, what is left unreclaimed (at most the threshold, when the option allows). */
  readonly unreclaimed: Amount;
  /** The threshold of 20 § 1 mom.: `"100.00"` for grants decided from 1.1.2019 (1113/2018), `"10.00"` before. */
  readonly threshold: Amount;
  /** What the settlement comes to. */
  readonly outcome: SettlementOutcome;
  /** Per party: accepted costs and the share of the final grant. */
  readonly parties: readonly SettlementParty[];
  /** The provisions of the settlement. */
  readonly citation: string;
  /** The message code of the outcome. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The outcome in the result's language. */
  readonly message: string;
}

/** Why a settlement could not be made: a coded issue in the caller's language, with where it is. */
export interface SettleIssue extends AllocationIssue {
  /** Which input: `terms`, `report`, `payments` or `options`, then the path inside it. */
  readonly path: readonly (string | number)[];
}
