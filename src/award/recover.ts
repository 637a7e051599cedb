import { type MessageCode, formatMessage } from "../messages/catalogue.js";
import { type Amount, parseAmount } from "../money/amount.js";
import {
  addAmounts,
  compareAmounts,
  isZeroAmount,
  maxAmount,
  minAmount,
  subtractAmounts,
  sumAmounts,
} from "../money/arithmetic.js";
import { type CalendarDate, compareDates, parseCalendarDate } from "../time/instant.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import { isRecord, readList } from "../vocabulary/read.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { plusYears } from "./calendar.js";
import { AT_EXPECTED, dayOf, optionIssue, readOptions } from "./options.js";
import { parseDecisionTerms, termsIssue } from "./parseTerms.js";
import { REFERENCE_RATES, type ReferenceRate, readRates } from "./rates.js";
import { interestPieces, piecesTotal, plusDays } from "./recoverInterest.js";
import type {
  DayCount,
  InterestPiece,
  RecoverOptions,
  RecoveredPayment,
  Recovery,
  RecoveryFinding,
  RecoveryGroundCode,
  RecoveryGroundInput,
  RecoveryIssue,
  RecoveryLiability,
} from "./recoverTypes.js";
import type { DecisionTerms, Payment } from "./types.js";

/** The grounds in the statute's order, with their provisions (688/2001 as amended by 1113/2018). */
export const RECOVERY_GROUNDS: Readonly<Record<RecoveryGroundCode, string>> = Object.freeze({
  "21.1": "688/2001 21 § 1 k.",
  "21.2": "688/2001 21 § 2 k.",
  "21.3": "688/2001 21 § 3 k.",
  "21.4": "688/2001 21 § 4 k.",
  "22.1.1": "688/2001 22 § 1 mom. 1 k.",
  "22.1.2": "688/2001 22 § 1 mom. 2 k.",
  "22.1.3": "688/2001 22 § 1 mom. 3 k.",
  "22.1.4": "688/2001 22 § 1 mom. 4 k.",
  "22.1.5": "688/2001 22 § 1 mom. 5 k.",
  "22.1.6": "688/2001 22 § 1 mom. 6 k.",
  "22.1.7": "688/2001 22 § 1 mom. 7 k.",
  "22.2": "688/2001 22 § 2 mom. (1113/2018)",
  "22.4": "688/2001 22 § 4 mom. (1113/2018)",
});

const DAY_COUNTS: readonly DayCount[] = ["actual/365", "actual/actual", "actual/360"];
/** 688/2001 24 §: the reference rate (korkolaki 3 § 2 mom., 12 §) plus three points. */
const INTEREST_POINTS = 3;
/** 688/2001 25 § (1113/2018): korkolaki 4 § 1 mom., the reference rate plus seven points. */
const LATE_POINTS = 7;
const MAX_PAYMENTS = 1000;
const MAX_GROUNDS = 100;
const MAX_TEXT = 2000;

/**
 * Recovers a grant (takaisinperintä, 688/2001 21–28 §) from the decision's terms, the payments made
 * and the grounds the ministry found, on the day `at` of the decision:
 * - each ground is a cited finding: 21 § (mandatory) `fail`, so the outcome is `recover`; 22 §
 *   (discretionary, 2 mom. added by 1113/2018) `review`, so with only such grounds the outcome is `review`
 *   and the amounts are what a decision to recover would claim;
 * - the principal is the largest amount a ground concerns (a ground without one concerns all that was
 *   paid): grounds may describe the same euros, which are recovered once. It is never above what was
 *   paid. Rule of the library: it is taken from the latest payment first, then the one before, so that
 *   the interest of 24 §, which runs from each payment day, is never counted from an earlier day than
 *   the recovered money need have been paid on;
 * - interest under 24 § on each payment's part from its payment day (counted) to the due day `dueOn`
 *   (not counted; `at` without one) at the reference rate + 3 points; late interest under 25 § (as
 *   amended by 1113/2018: korkolaki 4 § 1 mom., reference rate + 7 points) on the principal from the
 *   day after `dueOn` through `at`. Both piecewise by the half-years of the reference rate (korkolaki
 *   12 §), each piece rounded half up to the cent; every total is the sum of its pieces. A half-year
 *   the table lacks is an issue, never a guess. The day count is an option (the statute fixes none),
 *   `actual/365` by default;
 * - a waiver (26 §): part of what is due, or, for an especially weighty reason, all of it;
 * - the liable: every recipient jointly and severally when the grant was made jointly (27 §), else the
 *   administrator;
 * - 28 §: barred (nothing recoverable) when `at` is after the tenth anniversary of the last payment
 *   (2 mom.), or after 31.12. of the second calendar year after the year the ministry learned of the
 *   ground (1 mom., the library's reading, certainty `inferred`).
 *
 * Never throws: bad inputs give coded issues in fi, sv or en.
 *
 * @example
 * ```ts
 * // 2022 terms; 100 000 € paid on 1.7.2022, all recovered for another use (21 § 2 k.), due 30.6.2023
 * const r = recover(terms, [{ on: "2022-07-01", amount: "100000.00" }], [{ ground: "21.2" }], {
 *   at: "2023-03-01",
 *   dueOn: "2023-06-30",
 * });
 * r.success && [r.data.outcome, r.data.interest]; //=> ["recover", "4224.66"] (1512.33 + 2712.33)
 * ```
 */
export function recover(
  terms: DecisionTerms,
  payments: readonly Payment[],
  grounds: readonly RecoveryGroundInput[],
  options: RecoverOptions,
): Result<Recovery, RecoveryIssue> {
  // Reading the options never throws: a getter that does is an issue of its option.
  const asked = readOptions(options, OPTION_KEYS, "recovery.invalidOption");
  const locale = asked.locale;
  try {
    if (!asked.ok) return fail(asked.issue);
    const read = readAll(terms, payments, grounds, asked.values, locale);
    return read.success ? recoverRead(read.data) : read;
  } catch {
    // A defect of ours, or a getter or proxy that throws where no check expected one: reported, never thrown.
    return fail(termsIssue([], "recovery.failed", {}, locale));
  }
}

interface Ground {
  readonly ground: RecoveryGroundCode;
  readonly amount: Amount | null;
  readonly note: string | null;
}

interface Inputs {
  readonly terms: DecisionTerms;
  readonly payments: readonly Payment[];
  readonly grounds: readonly Ground[];
  readonly at: CalendarDate;
  readonly rates: readonly ReferenceRate[];
  readonly dayCount: DayCount;
  readonly learnedOn: CalendarDate | null;
  readonly dueOn: CalendarDate | null;
  readonly waiver: { readonly amount: Amount | "all"; readonly reason: string } | null;
  readonly locale: Locale;
}

function option(name: string, expected: string, locale: Locale): RecoveryIssue {
  return optionIssue("recovery.invalidOption", name, expected, locale);
}

/** The options `recover` reads besides `locale`. */
const OPTION_KEYS = ["at", "learnedOn", "dueOn", "dayCount", "rates", "waiver"] as const;

/** A field's dotted name: `grounds[0].amount`. */
function field(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

/** Reads and checks every input; all the issues found, or the inputs. */
function readAll(
  terms: unknown,
  payments: unknown,
  grounds: unknown,
  options: { readonly [key in (typeof OPTION_KEYS)[number]]: unknown },
  locale: Locale,
): Result<Inputs, RecoveryIssue> {
  const at = dayOf(options.at);
  if (at === null) return fail(option("at", AT_EXPECTED, locale));
  const date = (name: "learnedOn" | "dueOn"): CalendarDate | null | RecoveryIssue => {
    const v = options[name];
    if (v === undefined) return null;
    const d = parseCalendarDate(v);
    return d.success ? d.data : option(name, "YYYY-MM-DD", locale);
  };
  const learnedOn = date("learnedOn");
  const dueOn = date("dueOn");
  const issues: RecoveryIssue[] = [];
  if (typeof learnedOn === "object" && learnedOn !== null) issues.push(learnedOn);
  else if (learnedOn !== null && compareDates(learnedOn, at) > 0)
    issues.push(termsIssue(["options", "learnedOn"], "recovery.learnedAfterAt", { on: learnedOn, date: at }, locale));
  if (typeof dueOn === "object" && dueOn !== null) issues.push(dueOn);
  const dayCount = options.dayCount ?? "actual/365";
  if (!DAY_COUNTS.includes(dayCount as DayCount))
    issues.push(option("dayCount", DAY_COUNTS.map((d) => `"${d}"`).join(" | "), locale));
  let rates: readonly ReferenceRate[] = REFERENCE_RATES;
  const ratesInput = options.rates;
  if (ratesInput !== undefined) {
    const r = readRates(ratesInput);
    if ("fault" in r) {
      const path = r.fault.index === null ? ["options", "rates"] : ["options", "rates", r.fault.index, r.fault.field];
      issues.push(termsIssue(path, "recovery.invalidRates", { field: field(path.slice(1)) }, locale));
    } else rates = r.rates;
  }
  const waiver = readWaiver(options.waiver, locale);
  if (waiver !== null && "path" in waiver) issues.push(waiver);

  const t = parseDecisionTerms(terms, { locale });
  if (!t.success) issues.push(...t.issues.map((i) => ({ ...i, path: ["terms", ...i.path] })));
  const paid = readPayments(payments, at, locale);
  if (!Array.isArray(paid)) issues.push(paid as RecoveryIssue);
  const found = readGrounds(grounds, locale);
  if (!Array.isArray(found)) issues.push(found as RecoveryIssue);
  if (issues.length > 0 || !t.success) return fail(...issues);
  const list = paid as Payment[];
  const total = sumAmounts(list.map((p) => p.amount));
  const above = (found as Ground[]).findIndex((g) => g.amount !== null && compareAmounts(g.amount, total) > 0);
  if (above >= 0) {
    const amount = (found as Ground[])[above]!.amount!;
    return fail(termsIssue(["grounds", above, "amount"], "recovery.amountAbovePaid", { amount, paid: total }, locale));
  }
  const due = dueOn as CalendarDate | null;
  // The payments read are never empty, so there is a last one.
  const lastPaid = list.at(-1)!.on;
  if (due !== null && compareDates(due, lastPaid) < 0)
    return fail(termsIssue(["options", "dueOn"], "recovery.dueBeforePayment", { date: due, on: lastPaid }, locale));
  return ok({
    terms: t.data,
    payments: list,
    grounds: found as Ground[],
    at,
    rates,
    dayCount: dayCount as DayCount,
    learnedOn: learnedOn as CalendarDate | null,
    dueOn: due,
    waiver: waiver as Inputs["waiver"],
    locale,
  });
}

/** The payments made by `at`, in date order (ties in input order); at least one. */
function readPayments(input: unknown, at: CalendarDate, locale: Locale): Payment[] | RecoveryIssue {
  const bad = (path: (string | number)[]) =>
    termsIssue(["payments", ...path], "recovery.invalidPayments", { field: field(["payments", ...path]) }, locale);
  const list = readList(input, MAX_PAYMENTS);
  if (list.kind !== "list" || list.items.length === 0) return bad([]);
  const out: Payment[] = [];
  for (const [i, item] of list.items.entries()) {
    if (!isRecord(item)) return bad([i]);
    const on = parseCalendarDate(item["on"]);
    if (!on.success || compareDates(on.data, at) > 0) return bad([i, "on"]);
    const amount = parseAmount(item["amount"]);
    if (!amount.success || isZeroAmount(amount.data)) return bad([i, "amount"]);
    out.push({ on: on.data, amount: amount.data });
  }
  // A stable sort: payments of one day keep their order.
  return out.sort((a, b) => compareDates(a.on, b.on));
}

/** The grounds: a non-empty list of `{ ground, amount?, note? }`. */
function readGrounds(input: unknown, locale: Locale): Ground[] | RecoveryIssue {
  const bad = (path: (string | number)[]) =>
    termsIssue(["grounds", ...path], "recovery.invalidGrounds", { field: field(["grounds", ...path]) }, locale);
  const list = readList(input, MAX_GROUNDS);
  if (list.kind !== "list" || list.items.length === 0) return bad([]);
  const out: Ground[] = [];
  for (const [i, item] of list.items.entries()) {
    if (!isRecord(item)) return bad([i]);
    const ground = item["ground"];
    if (typeof ground !== "string" || !Object.hasOwn(RECOVERY_GROUNDS, ground)) return bad([i, "ground"]);
    const a = item["amount"];
    const amount = a === undefined ? null : parseAmount(a);
    if (amount !== null && !amount.success) return bad([i, "amount"]);
    const note = item["note"];
    if (note !== undefined && (typeof note !== "string" || note.length > MAX_TEXT)) return bad([i, "note"]);
    out.push({
      ground: ground as RecoveryGroundCode,
      amount: amount === null ? null : amount.data,
      note: note ?? null,
    });
  }
  return out;
}

/** The waiver option: `{ amount, reason }` or `{ all: true, especiallyWeighty: true, reason }`. */
function readWaiver(input: unknown, locale: Locale): Inputs["waiver"] | RecoveryIssue {
  if (input === undefined) return null;
  const expected = "{ amount, reason } | { all: true, especiallyWeighty: true, reason }";
  if (!isRecord(input)) return option("waiver", expected, locale);
  const reason = input["reason"];
  if (typeof reason !== "string" || reason.trim() === "" || reason.length > MAX_TEXT)
    return option("waiver", expected, locale);
  if (input["all"] === true) {
    // 26 § 2 virke: all of it only "erityisen painavasta syystä".
    if (input["especiallyWeighty"] !== true)
      return termsIssue(["options", "waiver", "especiallyWeighty"], "recovery.waiverAllNotWeighty", {}, locale);
    return { amount: "all", reason };
  }
  const amount = parseAmount(input["amount"]);
  if (!amount.success || isZeroAmount(amount.data)) return option("waiver", expected, locale);
  return { amount: amount.data, reason };
}

function recoverRead(i: Inputs): Result<Recovery, RecoveryIssue> {
  const { terms, payments, locale, at } = i;
  const findings: RecoveryFinding[] = i.grounds.map((g) => groundFinding(g, locale));
  const paid = sumAmounts(payments.map((p) => p.amount));
  // 28 § 2 mom.: ten years from the payment of the grant or of its last instalment; the day itself is the last.
  const lastPaid = payments.at(-1)!.on;
  const tenYearBar = plusYears(lastPaid, 10);
  const barredByTen = compareDates(at, tenYearBar) > 0;
  findings.push(limitFinding("28.2", barredByTen, "recovery.tenYearBar", { date: tenYearBar, on: lastPaid }, locale));
  // 28 § 1 mom.: "viipymättä ja erityisestä syystä kahden kalenterivuoden kuluessa sen jälkeen, kun" the
  // ministry learned of the ground. Read as: without delay, and where a special reason delays it, at the
  // latest by the end of the second calendar year after the year of learning ("kalenterivuosi", not "vuosi").
  const decisionBy =
    i.learnedOn === null ? null : `${String(Number(i.learnedOn.slice(0, 4)) + 2).padStart(4, "0")}-12-31`;
  let barredByLimit = false;
  if (decisionBy === null) {
    findings.push(
      finding(
        "28.1",
        "missing",
        "688/2001 28 § 1 mom.",
        "inferred",
        null,
        null,
        "recovery.learnedOnMissing",
        {},
        locale,
      ),
    );
  } else {
    barredByLimit = compareDates(at, decisionBy) > 0;
    const params = { date: decisionBy, on: i.learnedOn! };
    findings.push(limitFinding("28.1", barredByLimit, "recovery.decisionLimit", params, locale));
  }
  const barred = barredByTen || barredByLimit;
  const mandatory = i.grounds.some((g) => g.ground.startsWith("21."));
  const outcome = barred ? "barred" : mandatory ? "recover" : "review";
  const concerned = i.grounds.map((g) => g.amount ?? paid);
  const principal = barred ? "0.00" : concerned.reduce((a, b) => maxAmount(a, b));

  // The latest payment first: each takes what is left of the principal, up to its amount.
  const parts = new Map<number, Amount>();
  let left = principal;
  for (let k = payments.length - 1; k >= 0; k--) {
    const part = minAmount(left, payments[k]!.amount);
    parts.set(k, part);
    left = subtractAmounts(left, part);
  }
  const interestEnd = i.dueOn ?? at;
  const recovered: RecoveredPayment[] = [];
  for (const [k, p] of payments.entries()) {
    const part = parts.get(k)!;
    const pieces = isZeroAmount(part)
      ? { pieces: [] }
      : interestPieces(part, p.on, plusDays(interestEnd, -1), INTEREST_POINTS, i.rates, i.dayCount);
    if ("missing" in pieces) return fail(rateMissing(pieces.missing, locale));
    recovered.push({
      on: p.on,
      paid: p.amount,
      recovered: part,
      interest: pieces.pieces,
      interestTotal: piecesTotal(pieces.pieces),
    });
  }
  let late: readonly InterestPiece[] = [];
  if (i.dueOn !== null && !isZeroAmount(principal)) {
    const l = interestPieces(principal, plusDays(i.dueOn, 1), at, LATE_POINTS, i.rates, i.dayCount);
    if ("missing" in l) return fail(rateMissing(l.missing, locale));
    late = l.pieces;
  }
  const interest = sumAmounts(recovered.map((r) => r.interestTotal));
  const lateInterestTotal = piecesTotal(late);
  const total = sumAmounts([principal, interest, lateInterestTotal]);
  let waived = "0.00";
  if (i.waiver !== null && !barred) {
    if (i.waiver.amount === "all") waived = total;
    else if (compareAmounts(i.waiver.amount, total) >= 0) {
      const params = { amount: i.waiver.amount, total };
      return fail(termsIssue(["options", "waiver", "amount"], "recovery.waiverNotPart", params, locale));
    } else waived = i.waiver.amount;
  }
  const due = subtractAmounts(total, waived);
  const liability = liable(terms);
  const messageCode = `recovery.${outcome}` as const;
  const params = { principal, interest: addAmounts(interest, lateInterestTotal), due, date: tenYearBar };
  return ok({
    id: terms.id,
    edition: terms.edition,
    at,
    locale,
    outcome,
    findings,
    limits: { decisionBy, tenYearBar },
    paid,
    principal,
    payments: recovered,
    interest,
    lateInterest: late,
    lateInterestTotal,
    total,
    waived,
    waiverReason: i.waiver === null || barred ? null : i.waiver.reason,
    due,
    liability,
    dayCount: i.dayCount,
    rounding: { unit: "cent", mode: "halfUp", per: "piece" },
    citation: "688/2001 21–28 § (1113/2018); korkolaki 633/1982 4 § 1 mom., 12 §",
    messageCode,
    params,
    message: formatMessage(messageCode, params, locale),
  });
}

function rateMissing(from: CalendarDate, locale: Locale): RecoveryIssue {
  return termsIssue(["options", "rates"], "recovery.rateNotFound", { start: from }, locale);
}

function finding(
  ground: RecoveryFinding["ground"],
  outcome: RecoveryFinding["outcome"],
  citation: string,
  certainty: RecoveryFinding["certainty"],
  amount: Amount | null,
  note: string | null,
  messageCode: MessageCode,
  params: MessageParams,
  locale: Locale,
): RecoveryFinding {
  const message = formatMessage(messageCode, params as never, locale);
  return { ground, outcome, citation, certainty, amount, note, messageCode, params, message };
}

/** A ground as a finding: 21 § mandatory (`fail`), 22 § discretionary (`review`). */
function groundFinding(g: Ground, locale: Locale): RecoveryFinding {
  const mandatory = g.ground.startsWith("21.");
  const code = mandatory ? "recovery.mandatory" : "recovery.discretionary";
  return finding(
    g.ground,
    mandatory ? "fail" : "review",
    RECOVERY_GROUNDS[g.ground],
    "sourced",
    g.amount,
    g.note,
    code,
    { ground: g.ground },
    locale,
  );
}

/** A time limit of 28 §: `fail` when passed (barred), else `pass`. */
function limitFinding(
  ground: "28.1" | "28.2",
  passed: boolean,
  code: "recovery.tenYearBar" | "recovery.decisionLimit",
  params: MessageParams,
  locale: Locale,
): RecoveryFinding {
  const citation = ground === "28.1" ? "688/2001 28 § 1 mom." : "688/2001 28 § 2 mom.";
  const certainty = ground === "28.1" ? "inferred" : "sourced";
  const messageCode = passed ? (`${code}Passed` as const) : code;
  return finding(ground, passed ? "fail" : "pass", citation, certainty, null, null, messageCode, params, locale);
}

/** 688/2001 27 §: a grant made jointly binds every recipient jointly and severally; else the administrator. */
function liable(terms: DecisionTerms): RecoveryLiability {
  const parties = terms.recipients.parties;
  if (terms.recipients.model === "joint") {
    const named = parties.filter((p) => p.role === "applicant" || p.role === "participant");
    return { model: "joint", parties: named.map((p) => ({ key: p.key, name: p.name })), citation: "688/2001 27 §" };
  }
  const administrator = parties.filter((p) => p.role === "applicant");
  return {
    model: "administrator",
    parties: administrator.map((p) => ({ key: p.key, name: p.name })),
    citation: "893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.",
  };
}
