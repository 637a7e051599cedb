import { type MessageCode, formatMessage } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import { compareAmounts, isZeroAmount, minAmount, subtractAmounts, sumAmounts } from "../money/arithmetic.js";
import { type CalendarDate, compareDates } from "../time/instant.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { optionIssue } from "./options.js";
import type { TermsIssue } from "./parseTerms.js";
import { type GrantTimeline, readInputs, timelineOf } from "./timeline.js";
import type { DecisionTerms, GrantEvent, Payment } from "./types.js";

/** One amount that may be paid now, with its ground. */
export interface PaymentDue {
  /** `advance` (688/2001 12 § 3 mom.), `instalment` (12 § 1 mom.) or `balance` (after an accepted report, 12 § 2 mom.). */
  readonly kind: "advance" | "instalment" | "balance";
  /** The date it fell due: the decision's for an advance, the instalment's, the day asked about for the balance. */
  readonly due: CalendarDate;
  /** What of it is unpaid. */
  readonly amount: Amount;
  /** The provision. */
  readonly citation: string;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The line in the chosen language. */
  readonly message: string;
}

/** What may be paid next under the decision's scheme. Plain JSON data. */
export interface PaymentsDue {
  /** The Helsinki calendar date asked about. */
  readonly at: CalendarDate;
  /** The maximum of the terms in force on that day: the decided one, or a decided change's. */
  readonly maximum: Amount;
  /** What has been paid by that day. */
  readonly paid: Amount;
  /** What may be paid now in total; `paid + payable` never exceeds the maximum. */
  readonly payable: Amount;
  /** The amounts that make it up, in the order they fell due; empty when nothing may be paid. */
  readonly lines: readonly PaymentDue[];
  /** Why nothing more may be paid, when that is so (the right lapsed, the maximum paid, nothing due yet); else `null`. */
  readonly reason: {
    /** `lapsed` (688/2001 29 § 1 mom.), `fullyPaid`, `awaitingReport` (12 § 2 mom.) or `nothingDue` (12 § 1 mom.). */
    readonly code: "lapsed" | "fullyPaid" | "awaitingReport" | "nothingDue";
    /** The provision. */
    readonly citation: string;
    /** The message code. */
    readonly messageCode: MessageCode;
    /** The reason in the chosen language. */
    readonly message: string;
  } | null;
}

/** Options of {@link paymentsDue}. */
export interface PaymentsDueOptions {
  /** The day asked about: a calendar date or an instant. Required: no clock is read. */
  readonly at: CalendarDate | string;
  /** The language; Finnish by default. */
  readonly locale?: Locale;
  /**
   * Whether an acceptable report has been presented in time (688/2001 12 § 2 mom., 29 § 1 mom.):
   * then the rest of the maximum may be paid, and the right to payment has not lapsed. Default `false`.
   */
  readonly reportAccepted?: boolean;
}

/**
 * What may be paid next under the decision's payment scheme (688/2001 12 §), given the payments made:
 * an advance only where the terms allow one (3 mom.), counted first; the instalments due by `at` and
 * unpaid (1 mom.), the payments made covering the earliest first; after an accepted report the rest of
 * the maximum (2 mom.; the settlement then fixes the final grant, so this is a ceiling). Never more in
 * total than the decided maximum. After the right to payment has lapsed (29 § 1 mom.: no acceptable
 * report by the deadline) nothing, and the reason says so. Never throws.
 *
 * `payments` are the payments made, or the grant's events as `grantTimeline` takes them (an
 * item without `kind` is a payment). Where a change was decided by `at` (a `changeDecided` event),
 * its amended terms give the scheme and the maximum (688/2001 14 §).
 *
 * @example
 * ```ts
 * // Instalments of 50 000 € on 1.7.2022 and 1.7.2023; 50 000 € paid; on 2.7.2023:
 * const d = paymentsDue(terms, [{ on: "2022-07-05", amount: "50000.00" }], { at: "2023-07-02" });
 * d.success && d.data.payable; //=> "50000.00"
 * ```
 */
export function paymentsDue(
  terms: DecisionTerms,
  payments: readonly (Payment | GrantEvent)[],
  options: PaymentsDueOptions,
): Result<PaymentsDue, TermsIssue> {
  let events: unknown;
  try {
    events = Array.isArray(payments) ? payments.map((p) => ({ kind: "payment", ...p })) : payments;
  } catch {
    // A payment whose getters throw: the timeline reports what is not a list of events.
    events = null;
  }
  // One reading of the terms, the events, the day and the options: the timeline's.
  const read = readInputs(terms, events, options, ["reportAccepted"]);
  if (!read.success) return read;
  const accepted = read.data.options.reportAccepted;
  if (accepted !== undefined && typeof accepted !== "boolean") {
    return fail(optionIssue("terms.invalidOption", "reportAccepted", "true | false", read.data.locale));
  }
  return ok(paymentsDueOn(timelineOf(read.data), accepted === true));
}

/**
 * What may be paid on a grant timeline's day (see {@link paymentsDue}), by the terms in force then,
 * given whether an acceptable report has been presented in time. For a caller that already has the
 * timeline, so that the terms and events are not read twice.
 */
export function paymentsDueOn(timeline: GrantTimeline, reportAccepted: boolean): PaymentsDue {
  // The scheme and the maximum of the terms in force on that day: a decided change replaces them (688/2001 14 §).
  const { at, locale, paid, terms: t } = timeline;
  const lapse = timeline.duties.find((d) => d.code === "paymentLapse")!;
  const reason = (
    code: NonNullable<PaymentsDue["reason"]>["code"],
    citation: string,
    messageCode: MessageCode,
    params: MessageParams,
  ) => ({ code, citation, messageCode, message: formatMessage(messageCode, params as never, locale) });
  const result = (lines: PaymentDue[], why: PaymentsDue["reason"]): PaymentsDue => ({
    at,
    maximum: t.maximum,
    paid,
    payable: sumAmounts(lines.map((l) => l.amount)),
    lines,
    reason: why,
  });

  if (!reportAccepted && lapse.status === "passed")
    return result([], reason("lapsed", lapse.citation, "payments.lapsed", { date: lapse.date! }));
  const remaining = subtractAmounts(t.maximum, paid);
  if (isZeroAmount(remaining))
    return result([], reason("fullyPaid", "688/2001 12 §", "payments.fullyPaid", { amount: t.maximum }));

  // The schedule: the advance first (from the decision date), then the instalments by their dates.
  const schedule: { kind: "advance" | "instalment"; due: CalendarDate; amount: Amount }[] = [];
  // A zero advance (none allowed) leaves nothing unpaid, so no line.
  schedule.push({ kind: "advance", due: t.decidedOn, amount: t.payment.advance });
  const instalments = [...t.payment.instalments].sort((a, b) => compareDates(a.due, b.due));
  for (const i of instalments) schedule.push({ kind: "instalment", due: i.due, amount: i.amount });

  const lines: PaymentDue[] = [];
  let covered = paid; // what of the payments made is left to cover the next item of the schedule
  let open = remaining; // what of the maximum may still be paid
  for (const item of schedule) {
    if (compareDates(item.due, at) > 0) break;
    const coveredHere = minAmount(covered, item.amount);
    covered = subtractAmounts(covered, coveredHere);
    const unpaid = minAmount(subtractAmounts(item.amount, coveredHere), open);
    if (isZeroAmount(unpaid)) continue;
    open = subtractAmounts(open, unpaid);
    const advance = item.kind === "advance";
    const messageCode = advance ? "payments.advance" : "payments.instalment";
    const params = { amount: unpaid, date: item.due };
    lines.push({
      kind: item.kind,
      due: item.due,
      amount: unpaid,
      citation: advance ? "688/2001 12 § 3 mom." : "688/2001 12 § 1 mom.",
      messageCode,
      params,
      message: formatMessage(messageCode, params, locale),
    });
  }
  if (reportAccepted && compareAmounts(open, "0.00") > 0) {
    const params = { amount: open };
    lines.push({
      kind: "balance",
      due: at,
      amount: open,
      citation: "688/2001 12 § 2 mom.",
      messageCode: "payments.balance",
      params,
      message: formatMessage("payments.balance", params, locale),
    });
  }
  if (lines.length) return result(lines, null);
  return t.payment.scheme === "afterReport"
    ? result([], reason("awaitingReport", "688/2001 12 § 2 mom.", "payments.awaitingReport", {}))
    : result([], reason("nothingDue", "688/2001 12 § 1 mom.", "payments.nothingDue", {}));
}
