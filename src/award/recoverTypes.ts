import type { MessageCode } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import type { CalendarDate } from "../time/instant.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { ReferenceRate } from "./rates.js";
import type { TermsParty } from "./types.js";

/**
 * A ground for recovery (takaisinperinnän peruste) as its provision's number:
 * - `21.1`–`21.4`: mandatory recovery (688/2001 21 §): 1 not returned what 20 § requires, 2 used
 *   materially for another purpose, 3 false or misleading information (or a fact concealed), 4 a
 *   comparable material breach of the provisions or the decision's terms;
 * - `22.1.1`–`22.1.7`: discretionary recovery (22 § 1 mom. 1–7 k.): 1 against 12 § 4 mom., 13 § or
 *   14 §, 2 refused an inspection, 3 ended, cut down or handed over the activity, 4 handed over
 *   property, 5 changed the use of property, 6 enforcement, liquidation, bankruptcy or
 *   restructuring, 7 a legal form that hides the true nature of a matter;
 * - `22.2`: a conviction or sanction of 22 § 2 mom. (added by 1113/2018): recovery may be left only
 *   for an especially weighty reason;
 * - `22.4`: recovery that EU law requires (22 § 4 mom., the former 3 mom.).
 */
export type RecoveryGroundCode =
  | "21.1"
  | "21.2"
  | "21.3"
  | "21.4"
  | "22.1.1"
  | "22.1.2"
  | "22.1.3"
  | "22.1.4"
  | "22.1.5"
  | "22.1.6"
  | "22.1.7"
  | "22.2"
  | "22.4";

/** One ground the ministry has found, as the input takes it. */
export interface RecoveryGroundInput {
  /** The ground. */
  readonly ground: RecoveryGroundCode;
  /** The part of the paid grant the ground concerns, a decimal string; absent: all that was paid. */
  readonly amount?: string;
  /** What was found, in a few words, for the record (at most 2 000 characters). */
  readonly note?: string;
}

/**
 * A waiver (kohtuullistaminen, 688/2001 26 §): `amount` of what is due is left uncollected, for a
 * reason; or, with `all: true`, everything, which 26 § 2 virke allows only for an especially
 * weighty reason (`especiallyWeighty: true`).
 */
export type RecoveryWaiver =
  | { readonly amount: string; readonly reason: string }
  | { readonly all: true; readonly especiallyWeighty: true; readonly reason: string };

/** The day-count convention of interest: days ÷ 365, days ÷ the days of their year, or days ÷ 360. */
export type DayCount = "actual/365" | "actual/actual" | "actual/360";

/** Options of {@link recover}. */
export interface RecoverOptions {
  /** The day of the recovery decision and the day interest is counted to: a date or an instant (its Helsinki date). */
  readonly at: CalendarDate | string;
  /** The reference rates (korkolaki 12 §) to use instead of the library's {@link REFERENCE_RATES}. */
  readonly rates?: readonly ReferenceRate[];
  /** The day-count convention; `actual/365` by default (688/2001 fixes none). */
  readonly dayCount?: DayCount;
  /** The day the ministry learned of the ground (688/2001 28 § 1 mom.); without it the limit is not checked. */
  readonly learnedOn?: CalendarDate;
  /** The due day the decision sets (eräpäivä, 25 §); interest of 24 § runs to it, late interest after it. */
  readonly dueOn?: CalendarDate;
  /** A waiver (26 §). */
  readonly waiver?: RecoveryWaiver;
  /** The language of the messages and issues; Finnish by default. */
  readonly locale?: Locale;
}

/** A ground as a coded finding: `fail` (mandatory recovery, 21 §) or `review` (discretionary, 22 §). */
export interface RecoveryFinding {
  /** The ground, or the time limit checked: `28.1` (the decision's limit) or `28.2` (the ten-year bar). */
  readonly ground: RecoveryGroundCode | "28.1" | "28.2";
  /** `fail`: recovery required or barred; `review`: the ministry decides; `pass`: within the limit; `missing`: not known. */
  readonly outcome: "fail" | "review" | "pass" | "missing";
  /** The provision, e.g. `"688/2001 21 § 2 k."`. */
  readonly citation: string;
  /** `sourced` when the statute's text decides; `inferred` where the library reads it (the 28 § 1 mom. limit). */
  readonly certainty: "sourced" | "inferred";
  /** The amount the ground concerns (time limits: `null`). */
  readonly amount: Amount | null;
  /** The caller's note, or `null`. */
  readonly note: string | null;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The finding in the result's language. */
  readonly message: string;
}

/** Interest on an amount over the days of one half-year. */
export interface InterestPiece {
  /** The first day counted. */
  readonly from: CalendarDate;
  /** The last day counted. */
  readonly to: CalendarDate;
  /** The days counted, both ends included. */
  readonly days: number;
  /** The amount interest is counted on. */
  readonly base: Amount;
  /** The reference rate of the half-year, in percent. */
  readonly referenceRate: string;
  /** The rate applied: the reference rate + 3 (24 §) or + 7 (25 §) points, in percent. */
  readonly rate: string;
  /** The interest, rounded half up to the cent. */
  readonly amount: Amount;
  /** The certainty of the half-year's reference rate. */
  readonly certainty: "sourced" | "inferred";
}

/** What is recovered of one payment, with its interest under 24 §. */
export interface RecoveredPayment {
  /** The payment day. */
  readonly on: CalendarDate;
  /** The amount paid. */
  readonly paid: Amount;
  /** The part of it recovered. */
  readonly recovered: Amount;
  /** The interest of 24 § on the part recovered, half-year by half-year. */
  readonly interest: readonly InterestPiece[];
  /** The sum of its pieces. */
  readonly interestTotal: Amount;
}

/** Who answers for the repayment. */
export interface RecoveryLiability {
  /** `joint`: every recipient jointly and severally (688/2001 27 §); `administrator`: the administrator alone. */
  readonly model: "joint" | "administrator";
  /** The parties liable, by name and key. */
  readonly parties: readonly Pick<TermsParty, "key" | "name">[];
  /** The provision. */
  readonly citation: string;
}

/** The time limits of 688/2001 28 §. */
export interface RecoveryLimits {
  /** The last day of the decision under 28 § 1 mom. (reading: 31.12. of the second calendar year after the year learned); `null` without `learnedOn`. */
  readonly decisionBy: CalendarDate | null;
  /** The last day recovery may be started (28 § 2 mom.): ten years from the last payment. */
  readonly tenYearBar: CalendarDate;
}

/** A recovery (takaisinperintä) computed on one day. Plain JSON data, every amount a decimal string. */
export interface Recovery {
  /** The terms' application id. */
  readonly id: string | null;
  /** The call edition. */
  readonly edition: string;
  /** The day of the decision and of the interest. */
  readonly at: CalendarDate;
  /** The language of the messages. */
  readonly locale: Locale;
  /** `recover` (a 21 § ground: recovery required), `review` (22 § only: the ministry decides) or `barred` (28 §). */
  readonly outcome: "recover" | "review" | "barred";
  /** The grounds and the time limits as findings. */
  readonly findings: readonly RecoveryFinding[];
  /** The time limits. */
  readonly limits: RecoveryLimits;
  /** What was paid in all. */
  readonly paid: Amount;
  /** The principal recovered (never above `paid`; `"0.00"` when barred). */
  readonly principal: Amount;
  /** Each payment, its part recovered and its interest; latest payment first recovered. */
  readonly payments: readonly RecoveredPayment[];
  /** The interest of 24 §: the sum of the payments' interest. */
  readonly interest: Amount;
  /** The late interest of 25 § on the principal, from the day after `dueOn` through `at`, half-year by half-year. */
  readonly lateInterest: readonly InterestPiece[];
  /** The sum of the late interest pieces. */
  readonly lateInterestTotal: Amount;
  /** Principal + interest + late interest. */
  readonly total: Amount;
  /** What the waiver leaves uncollected (26 §). */
  readonly waived: Amount;
  /** The waiver's reason, or `null`. */
  readonly waiverReason: string | null;
  /** What is due: total − waived. */
  readonly due: Amount;
  /** Who answers for it (27 §). */
  readonly liability: RecoveryLiability;
  /** The day-count convention used. */
  readonly dayCount: DayCount;
  /** Every rounding: each interest piece (a payment, or the principal, over one half-year) half up to the cent. */
  readonly rounding: { readonly unit: "cent"; readonly mode: "halfUp"; readonly per: "piece" };
  /** The provisions. */
  readonly citation: string;
  /** The summary message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The summary in the result's language. */
  readonly message: string;
}

/** A coded reason why `recover` cannot compute: a path led by `terms`, `payments`, `grounds` or `options`. */
export interface RecoveryIssue {
  /** Where. */
  readonly path: readonly (string | number)[];
  /** The stable code. */
  readonly code: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}
