import { type MessageCode, formatMessage } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import { compareAmounts, sumAmounts } from "../money/arithmetic.js";
import { type CalendarDate, compareDates } from "../time/instant.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { plusYears } from "./calendar.js";
import { reportDeadline } from "./deadline.js";
import { AT_EXPECTED, dayOf, optionIssue, readOptions } from "./options.js";
import { toIssue } from "../application/parse.js";
import { LATEST_DATE, TERMS_UNIONS, type TermsIssue, parseDecisionTerms, termsIssue } from "./parseTerms.js";
import { grantEventsSchema } from "./schema.js";
import type { DecisionTerms, GrantEvent } from "./types.js";

/**
 * Where a grant stands: `awarded` (decided, its period of use not begun and nothing paid), `inUse`,
 * `reported` (the final report received, 893/2019 9 §), `settled` (lopputilitys made), `closed`
 * (settled, and recovery barred ten years after the last payment, 688/2001 28 § 2 mom.), or
 * `suspended` (payment suspended by a decision, 688/2001 19 §, until resumed), or `recovering` (a
 * recovery decided, 688/2001 21–22 §: from then on the grant's life is its recovery).
 */
export type GrantState = "awarded" | "inUse" | "reported" | "settled" | "closed" | "suspended" | "recovering";

/** The dated duties and time limits of a grant. */
export type DutyCode = "endOfUse" | "reportDue" | "paymentLapse" | "recoveryBar" | "returnLapse";

/**
 * A duty's standing on the day asked about: `upcoming`, `dueToday` (its last day), `passed`, `met`
 * (the report was received; for the lapse of the right to payment: received by its deadline), or
 * `unknown` (its anchor has not happened: nothing has been paid yet).
 */
export type DutyStatus = "upcoming" | "dueToday" | "passed" | "met" | "unknown";

/** One dated duty or time limit, with its provision. */
export interface Duty {
  /** What it is. */
  readonly code: DutyCode;
  /** Its last day, a Helsinki calendar date; `null` while its anchor has not happened. */
  readonly date: CalendarDate | null;
  /** The date it counts from (the end of the period, the decision, the last payment); `null` while unknown. */
  readonly anchor: CalendarDate | null;
  /** The provision, e.g. `"688/2001 29 § 1 mom."`. */
  readonly citation: string;
  /** Its standing on the day asked about. */
  readonly status: DutyStatus;
  /** For the report: received after its deadline, or not received by a deadline that has passed. */
  readonly late: boolean;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The duty in the timeline's language, with the lateness where the report is late. */
  readonly message: string;
}

/** The life of a grant on one day: its state and every dated duty. Plain JSON data. */
export interface GrantTimeline {
  /** The Helsinki calendar date asked about. */
  readonly at: CalendarDate;
  /** The language of the messages. */
  readonly locale: Locale;
  /** The state on that day. */
  readonly state: GrantState;
  /** The provision of the state: `688/2001 19 §` when suspended, `688/2001 21–22 §` when recovering, else the decision's. */
  readonly stateCitation: string;
  /** What has been paid by that day. */
  readonly paid: Amount;
  /** The last payment by that day; `null` when nothing is paid. */
  readonly lastPayment: CalendarDate | null;
  /** The day the final report was received, by that day; `null` when not. */
  readonly reportReceived: CalendarDate | null;
  /** The duties, in the order of the grant's life: end of use, report due, lapse of the right to payment, recovery bar, lapse of the duty to return. */
  readonly duties: readonly Duty[];
  /** The terms in force on that day: those of the last change decided by then (688/2001 14 §), else the decided ones. */
  readonly terms: DecisionTerms;
}

/** Options of {@link grantTimeline}. */
export interface TimelineOptions {
  /** The day asked about: a calendar date, or an instant read as its Helsinki date. Required: no clock is read. */
  readonly at: CalendarDate | string;
  /** The language of the messages and issues; Finnish by default. */
  readonly locale?: Locale;
}

/**
 * The state of a granted grant on a day and every dated duty of its life, each with its provision:
 * - the end of the period of use (688/2001 11 § 3 mom. 4 k.);
 * - the report due, the given months after the end of the project (893/2019 9 §); none when the
 *   decision set no deadline;
 * - the lapse of the right to payment (688/2001 29 § 1 mom.): the report deadline, or without one
 *   31.12. of the second year after the grant year (the year of the decision);
 * - the recovery bar (688/2001 28 § 2 mom.) and the lapse of the duty to return (29 § 2 mom.): ten
 *   years from the payment of the grant or of its last instalment, so from the last payment made by
 *   that day, and unknown while nothing is paid. (The longer terms of 28 § 2 mom. and 29 § 2 mom. for
 *   property with a period of use do not arise: equipment is not an eligible cost, 893/2019 5 §.)
 *
 * Dates are Helsinki calendar dates; the arithmetic of months and years does not depend on the host's
 * time zone (date-fns in a UTC context). Only events on or before `at` count. Never throws: bad terms,
 * events or options give coded issues in fi, sv or en.
 *
 * @example
 * ```ts
 * const t = grantTimeline(terms, [{ kind: "payment", on: "2022-07-01", amount: "100000.00" }], { at: "2024-10-15" });
 * t.success && t.data.state;                 //=> "inUse"
 * t.success && t.data.duties[1].date;        //=> "2024-11-30" (period end 30.9.2024 + 2 months)
 * t.success && t.data.duties[3].date;        //=> "2032-07-01" (ten years from the last payment)
 * ```
 */
export function grantTimeline(
  terms: DecisionTerms,
  events: readonly GrantEvent[],
  options: TimelineOptions,
): Result<GrantTimeline, TermsIssue> {
  const read = readInputs(terms, events, options);
  return read.success ? ok(timelineOf(read.data)) : read;
}

/** What the timeline reads, once checked: the parsed terms, the events in date order, the day and the language. */
export interface TimelineInputs {
  /** The parsed terms. */
  readonly t: DecisionTerms;
  /** The parsed events in date order, ties in input order. */
  readonly list: readonly GrantEvent[];
  /** The Helsinki calendar date asked about. */
  readonly at: CalendarDate;
  /** The language. */
  readonly locale: Locale;
}

/** The timeline of checked inputs. */
export function timelineOf({ t: decided, list, at, locale }: TimelineInputs): GrantTimeline {
  const upTo = list.filter((e) => compareDates(e.on, at) <= 0);
  // 688/2001 14 §: the terms of the last change decided by that day apply from its date.
  const t = upTo.filter((e) => e.kind === "changeDecided").at(-1)?.terms ?? decided;
  const payments = upTo.filter((e) => e.kind === "payment");
  const paid = sumAmounts(payments.map((p) => p.amount));
  // The events are in date order: the last payment is the last of them.
  const lastPayment = payments.at(-1)?.on ?? null;
  const report = upTo.find((e) => e.kind === "reportReceived")?.on ?? null;

  const duties: Duty[] = [];
  const end = t.period.end;
  duties.push(
    duty("endOfUse", end, end, "688/2001 11 § 3 mom. 4 k.", at, false, "timeline.endOfUse", { date: end }, locale),
  );
  // 688/2001 29 § 1 mom.: the right to payment lapses unless an acceptable report is given in time.
  const inTime = (deadline: CalendarDate) => report !== null && compareDates(report, deadline) <= 0;
  const deadline = reportDeadline(t);
  if (t.reportMonths !== null) {
    // 893/2019 9 §: the months from the end of the project; the decision's deadline is also the lapse.
    const due = deadline.lapsesAfter;
    const late = compareDates(report ?? at, due) > 0;
    const params = { date: due, months: t.reportMonths };
    const met = report !== null;
    duties.push(
      duty("reportDue", due, end, "893/2019 9 §", at, met, "timeline.reportDue", params, locale, late, report),
    );
    const lapse = { date: due };
    duties.push(duty("paymentLapse", due, end, LAPSE, at, inTime(due), "timeline.paymentLapseDeadline", lapse, locale));
  } else {
    // Without a deadline: two years after the end of the year in which the grant was made.
    const date = deadline.lapsesAfter;
    const lapse = { date, year: Number(t.decidedOn.slice(0, 4)) };
    duties.push(
      duty("paymentLapse", date, t.decidedOn, LAPSE, at, inTime(date), "timeline.paymentLapseYears", lapse, locale),
    );
  }
  const bar = lastPayment === null ? null : plusYears(lastPayment, 10);
  duties.push(tenYears("recoveryBar", bar, lastPayment, "688/2001 28 § 2 mom.", at, "timeline.recoveryBar", locale));
  duties.push(tenYears("returnLapse", bar, lastPayment, "688/2001 29 § 2 mom.", at, "timeline.returnLapse", locale));

  const state = stateOn(t, upTo, at, bar);
  return {
    at,
    locale,
    state,
    stateCitation: state === "suspended" ? "688/2001 19 §" : state === "recovering" ? RECOVERING : "688/2001 11 §",
    paid,
    lastPayment,
    reportReceived: report,
    duties,
    terms: t,
  };
}

/** The state on `at` from the events up to it: recovering, then settled (or closed) before suspended before reported before in use. */
function stateOn(
  t: DecisionTerms,
  upTo: readonly GrantEvent[],
  at: CalendarDate,
  bar: CalendarDate | null,
): GrantState {
  if (upTo.some((e) => e.kind === "recoveryDecided")) return "recovering";
  if (upTo.some((e) => e.kind === "settled")) return bar !== null && compareDates(at, bar) > 0 ? "closed" : "settled";
  // The last suspension or resumption decides (events are in date order, ties in input order).
  const switches = upTo.filter((e) => e.kind === "suspended" || e.kind === "resumed");
  if (switches.at(-1)?.kind === "suspended") return "suspended";
  if (upTo.some((e) => e.kind === "reportReceived")) return "reported";
  if (compareDates(at, t.period.start) >= 0 || upTo.some((e) => e.kind === "payment")) return "inUse";
  return "awarded";
}

const LAPSE = "688/2001 29 § 1 mom.";
const RECOVERING = "688/2001 21–22 §";

/** The message codes of a dated duty. */
type DutyMessage =
  | "timeline.endOfUse"
  | "timeline.reportDue"
  | "timeline.paymentLapseYears"
  | "timeline.paymentLapseDeadline"
  | "timeline.recoveryBar"
  | "timeline.returnLapse";

function duty(
  code: DutyCode,
  date: CalendarDate,
  anchor: CalendarDate,
  citation: string,
  at: CalendarDate,
  met: boolean,
  messageCode: DutyMessage,
  params: MessageParams,
  locale: Locale,
  late = false,
  received: CalendarDate | null = null,
): Duty {
  const c = compareDates(at, date);
  const status: DutyStatus = met ? "met" : c < 0 ? "upcoming" : c === 0 ? "dueToday" : "passed";
  let message = formatMessage(messageCode, params as never, locale);
  if (late && received !== null) message += ` ${formatMessage("timeline.reportLate", { date, received }, locale)}`;
  return { code, date, anchor, citation, status, late, messageCode, params, message };
}

function tenYears(
  code: "recoveryBar" | "returnLapse",
  date: CalendarDate | null,
  anchor: CalendarDate | null,
  citation: string,
  at: CalendarDate,
  messageCode: "timeline.recoveryBar" | "timeline.returnLapse",
  locale: Locale,
): Duty {
  if (date === null) {
    const message = formatMessage("timeline.nothingPaid", {}, locale);
    return {
      code,
      date,
      anchor,
      citation,
      status: "unknown",
      late: false,
      messageCode: "timeline.nothingPaid",
      params: {},
      message,
    };
  }
  return duty(code, date, anchor ?? date, citation, at, false, messageCode, { date }, locale);
}

/**
 * The terms, the events in date order (ties in input order), the day asked about, the language and
 * the other options named in `keys`, each read once; or the issues.
 */
export function readInputs<K extends string = never>(
  terms: unknown,
  events: unknown,
  options: unknown,
  keys: readonly K[] = [],
): Result<TimelineInputs & { readonly options: { readonly [key in K]: unknown } }, TermsIssue> {
  const asked = readOptions(options, [...keys, "at"], "terms.invalidOption");
  if (!asked.ok) return fail(asked.issue);
  const locale = asked.locale;
  const at = dayOf(asked.values.at);
  if (at === null) return fail(optionIssue("terms.invalidOption", "at", AT_EXPECTED, locale));
  const parsedTerms = parseDecisionTerms(terms, { locale });
  if (!parsedTerms.success) return parsedTerms;
  const t = parsedTerms.data;
  const wrapped = { events };
  let parsed: ReturnType<typeof grantEventsSchema.safeParse>;
  try {
    parsed = grantEventsSchema.safeParse(wrapped);
  } catch {
    // A getter or proxy in the events that throws.
    return fail(termsIssue(["events"], "application.invalid", { field: "events", input: "array" }, locale));
  }
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues.map((i) => toIssue(i, wrapped, locale, TERMS_UNIONS)) };
  const list = parsed.data.events as GrantEvent[];
  const issues: TermsIssue[] = [];
  list.forEach((e, index) => {
    if (compareDates(e.on, LATEST_DATE) > 0) {
      const field = `events[${index}].on`;
      issues.push(termsIssue(["events", index, "on"], "application.invalid", { field, input: e.on }, locale));
    } else if (compareDates(e.on, t.decidedOn) < 0) {
      const params = { index, on: e.on, decidedOn: t.decidedOn };
      issues.push(termsIssue(["events", index, "on"], "timeline.eventBeforeDecision", params, locale));
    }
    if (e.kind === "changeDecided") {
      // The amended terms are checked as any terms, and belong to the same grant.
      const amended = parseDecisionTerms(e.terms, { locale });
      if (!amended.success)
        for (const i of amended.issues) issues.push({ ...i, path: ["events", index, "terms", ...i.path] });
      else if (e.terms.edition !== t.edition || e.terms.decidedOn !== t.decidedOn)
        issues.push(termsIssue(["events", index, "terms"], "change.otherGrant", { index }, locale));
    }
  });
  const paid = sumAmounts(list.flatMap((e) => (e.kind === "payment" ? [e.amount] : [])));
  if (compareAmounts(paid, t.maximum) > 0)
    issues.push(termsIssue(["events"], "timeline.paidAboveMaximum", { paid, maximum: t.maximum }, locale));
  if (issues.length) return { success: false, issues };
  // A stable sort (ES2019): events of one day keep the order they were given in.
  const sorted = [...list].sort((a, b) => compareDates(a.on, b.on));
  return ok({ t, list: sorted, at, locale, options: asked.values });
}
