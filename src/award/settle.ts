import { parseAmount } from "../money/amount.js";
import {
  canonical,
  compareAmounts,
  isZeroAmount,
  maxAmount,
  minAmount,
  subtractAmounts,
  sumAmounts,
} from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";
import { splitLargestRemainder } from "../money/split.js";
import { formatMessage } from "../messages/catalogue.js";
import { compareDates, parseCalendarDate } from "../time/instant.js";
import type { Locale } from "../vocabulary/locale.js";
import { isRecord, readList } from "../vocabulary/read.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { optionIssue, readOptions } from "./options.js";
import { termsIssue } from "./parseTerms.js";
import { readInputs } from "./reportInputs.js";
import { treatLines } from "./reportLines.js";
import type { FinalReport, FinalReportInput } from "./reportSchema.js";
import type { DecisionTerms, Payment } from "./types.js";
import type {
  SettleIssue,
  SettleOptions,
  Settlement,
  SettlementOutcome,
  SettlementParty,
  TreatedLine,
} from "./reportTypes.js";

/** More payments than any grant has (instalments, an advance, the balance). */
const MAX_PAYMENTS = 1000;
/** 688/2001 20 § 1 mom. as amended by 1113/2018, in force 1.1.2019, for grants made from then on. */
const THRESHOLD_FROM_2019 = { threshold: "100.00", citation: "688/2001 20 § 1 mom. (1113/2018)" } as const;
/** The same sentence as first enacted, for grants made before 1.1.2019 (1113/2018, transitional provision). */
const THRESHOLD_BEFORE_2019 = { threshold: "10.00", citation: "688/2001 20 § 1 mom." } as const;

/**
 * Settles a grant (lopputilitys) from the decision's terms, the final report and the payments made:
 * - each realised cost is accepted, or excluded (outside the period of use, or of a category the
 *   terms do not count) with its reason; VAT never counts (893/2019 4 §);
 * - the final grant is the least of the decided maximum (688/2001 11 § 2 mom. 3 k.); the terms' rate
 *   × (accepted costs − project income, when the terms say income reduces the costs, 11 § 3 mom. 3 k.),
 *   rounded down to the cent so that it never exceeds its share; and the accepted costs − other
 *   public aid, which keeps the grant and the other aid together within the costs (6 § 3 mom.);
 * - paid is the sum of the payments; the balance is paid, or the excess is to be returned without
 *   delay (20 § 1 mom.); an excess of at most 100 € may be left unreclaimed (20 § 1 mom. as amended
 *   by 1113/2018: the authority *may*): `leaveUnreclaimed` (default `true`) decides, and `outcome`
 *   says which;
 * - per party (the terms' parties; a cost without `party` is the applicant's), its accepted costs and
 *   its share of the final grant in proportion to them: largest remainder to the cent, ties to the
 *   party named first.
 *
 * Never throws: terms, a report, payments or options that do not parse give coded issues, their
 * paths led by `terms`, `report`, `payments` or `options`.
 *
 * @example
 * ```ts
 * // 2022 terms: maximum 85 000 €, rate 0.85; accepted costs 90 000 €; paid 85 000 €
 * const s = settle(terms, report, [{ on: "2022-09-01", amount: "85000.00" }]);
 * s.success && [s.data.finalGrant, s.data.excess, s.data.outcome]; //=> ["76500.00", "8500.00", "return"]
 * ```
 */
export function settle(
  terms: DecisionTerms,
  report: FinalReportInput,
  payments: readonly Payment[],
  options: SettleOptions = {},
): Result<Settlement, SettleIssue> {
  // Reading the options never throws: a getter that does is an issue of its option.
  const asked = readOptions(options, ["leaveUnreclaimed"], "settlement.invalidOption");
  const locale = asked.locale;
  try {
    if (!asked.ok) return fail(asked.issue);
    const leave = asked.values.leaveUnreclaimed;
    if (leave !== undefined && typeof leave !== "boolean") {
      return fail(optionIssue("settlement.invalidOption", "leaveUnreclaimed", "true | false", locale));
    }
    const read = readInputs(terms, report, locale);
    const paid = readPayments(payments, locale);
    const issues = [...(read.success ? [] : read.issues), ...(paid.kind === "issue" ? [paid.issue] : [])];
    if (!read.success || paid.kind === "issue") return fail(...issues);
    return ok(settleParsed(read.data.terms, read.data.report, paid.payments, leave !== false, locale));
  } catch {
    // A defect of ours, or a getter or proxy that throws where no check expected one: reported, never thrown.
    return fail(termsIssue([], "settlement.failed", {}, locale));
  }
}

function settleParsed(
  terms: DecisionTerms,
  report: FinalReport,
  payments: readonly Payment[],
  leaveUnreclaimed: boolean,
  locale: Locale,
): Settlement {
  const lines = treatLines(terms, report, locale);
  const acceptedLines = lines.filter((l) => l.treatment === "accepted");
  const acceptedCosts = sumAmounts(acceptedLines.map((l) => l.amount));
  const excludedCosts = sumAmounts(lines.filter((l) => l.treatment !== "accepted").map((l) => l.amount));
  // 688/2001 11 § 3 mom. 3 k.: income reduces the costs the grant covers, where the terms say so.
  const incomeDeducted = terms.income === "reducesCosts" ? minAmount(report.income, acceptedCosts) : "0.00";
  const rounding = { unit: "cent", mode: "down" } as const;
  const base = new Dec(subtractAmounts(acceptedCosts, incomeDeducted));
  const byRate = canonical(roundDec(base.times(terms.rate), rounding.unit, rounding.mode));
  // 688/2001 6 § 3 mom.: the grant with other public aid stays within the costs.
  const byOtherAid = maxAmount(subtractAmounts(acceptedCosts, report.otherPublicAid), "0.00");
  const finalGrant = minAmount(minAmount(terms.maximum, byRate), byOtherAid);
  const limitedBy =
    compareAmounts(finalGrant, terms.maximum) === 0
      ? "maximum"
      : compareAmounts(finalGrant, byRate) === 0
        ? "rate"
        : "otherAid";
  const paid = sumAmounts(payments.map((p) => p.amount));
  const toPay = maxAmount(subtractAmounts(finalGrant, paid), "0.00");
  const excess = maxAmount(subtractAmounts(paid, finalGrant), "0.00");
  const rule = compareDates(terms.decidedOn, "2019-01-01") >= 0 ? THRESHOLD_FROM_2019 : THRESHOLD_BEFORE_2019;
  const small = !isZeroAmount(excess) && compareAmounts(excess, rule.threshold) <= 0;
  const unreclaimed = small && leaveUnreclaimed ? excess : "0.00";
  const toReturn = subtractAmounts(excess, unreclaimed);
  const outcome: SettlementOutcome = !isZeroAmount(toPay)
    ? "pay"
    : !isZeroAmount(toReturn)
      ? "return"
      : !isZeroAmount(unreclaimed)
        ? "leftUnreclaimed"
        : "even";
  const messageCode =
    outcome === "return" && small ? "settlement.returnAtMostThreshold" : (`settlement.${outcome}` as const);
  const amount = outcome === "pay" ? toPay : outcome === "return" ? toReturn : unreclaimed;
  const params = { finalGrant, paid, amount, threshold: rule.threshold };
  return {
    id: terms.id,
    edition: terms.edition,
    locale,
    lines,
    acceptedCosts,
    excludedCosts,
    incomeDeducted,
    byRate,
    byOtherAid,
    maximum: terms.maximum,
    finalGrant,
    limitedBy,
    rounding,
    paid,
    toPay,
    excess,
    toReturn,
    unreclaimed,
    threshold: rule.threshold,
    outcome,
    parties: parties(terms, acceptedLines, finalGrant),
    citation: `688/2001 6 § 3 mom., 11 § 3 mom., 20 § 1 mom.; 893/2019 4 §; ${rule.citation}`,
    messageCode,
    params,
    message: formatMessage(messageCode, params, locale),
  };
}

/**
 * The accepted costs and the final grant's share of each party: the terms' parties in their order
 * (a cost without `party` is the applicant's; a key two parties share is the first one's), then keys
 * no party answers to, in the order of their first cost. Shares in proportion to the accepted costs,
 * largest remainder to the cent, ties to the party named first; they add up exactly to the grant.
 */
function parties(terms: DecisionTerms, accepted: readonly TreatedLine[], finalGrant: string): SettlementParty[] {
  const rows = terms.recipients.parties.map((p) => ({
    key: p.key,
    role: p.role,
    type: p.type,
    name: p.name,
    costs: [] as string[],
  }));
  for (const line of accepted) {
    let row = rows.find((r) => (line.party === null ? r.role === "applicant" : r.key === line.party));
    if (row === undefined) {
      row = { key: line.party, role: "unnamed", type: null, name: line.party ?? "—", costs: [] };
      rows.push(row);
    }
    row.costs.push(line.amount);
  }
  const costs = rows.map((r) => sumAmounts(r.costs));
  // Keys that encode the party order, so that among equal remainders the party named first gets the cent.
  const width = String(rows.length).length;
  const shares = splitLargestRemainder(
    finalGrant,
    costs.map((weight, i) => ({ key: String(i).padStart(width, "0"), weight })),
    "cent",
  );
  return rows.map((r, i) => ({
    key: r.key,
    role: r.role,
    type: r.type,
    name: r.name,
    acceptedCosts: costs[i]!,
    share: shares[i]!,
  }));
}

type ReadPayments =
  | { readonly kind: "payments"; readonly payments: readonly Payment[] }
  | { readonly kind: "issue"; readonly issue: SettleIssue };

/** The payments made: a list of `{ on, amount }`, each a calendar date and an amount. */
function readPayments(payments: unknown, locale: Locale): ReadPayments {
  const bad = (path: (string | number)[]): ReadPayments => {
    // `payments[0].on`: the dotted field name of the application's issues.
    const params = { field: `payments${path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("")}` };
    const message = formatMessage("settlement.invalidPayments", params, locale);
    return {
      kind: "issue",
      issue: { path: ["payments", ...path], code: "settlement.invalidPayments", params, message },
    };
  };
  const list = readList(payments, MAX_PAYMENTS);
  if (list.kind !== "list") return bad([]);
  const out: Payment[] = [];
  for (const [i, item] of list.items.entries()) {
    if (!isRecord(item)) return bad([i]);
    const on = parseCalendarDate(item["on"]);
    if (!on.success) return bad([i, "on"]);
    const amount = parseAmount(item["amount"]);
    if (!amount.success) return bad([i, "amount"]);
    out.push({ on: on.data, amount: amount.data });
  }
  return { kind: "payments", payments: out };
}
