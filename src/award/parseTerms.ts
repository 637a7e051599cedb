import { toIssue } from "../application/parse.js";
import { getEdition } from "../editions/registry.js";
import type { CallEdition } from "../editions/schema.js";
import { type MessageCode, type ParamsOf, formatMessage } from "../messages/catalogue.js";
import { compareAmounts, sumAmounts } from "../money/arithmetic.js";
import { applyRate } from "../money/rounding.js";
import { Dec } from "../money/decimal.js";
import { compareDates } from "../time/instant.js";
import { BUDGET_CATEGORIES } from "../vocabulary/codes.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import { readOptions } from "./options.js";
import { isRecord } from "../vocabulary/read.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import { decisionTermsSchema } from "./schema.js";
import type { DecisionTerms } from "./types.js";

/** The kinds of event, in the order of the contract. */
const EVENT_KINDS = [
  "payment",
  "reportReceived",
  "suspended",
  "resumed",
  "settled",
  "changeDecided",
  "recoveryDecided",
] as const;

/** A coded reason why an input is not valid decision terms (the shape of `parseApplication`'s issues). */
export interface TermsIssue {
  /** Where in the input, as keys and indexes: `["payment", "instalments", 0, "amount"]`. */
  readonly path: readonly (string | number)[];
  /** The stable code, e.g. `"terms.rateAboveMaximum"`. */
  readonly code: MessageCode;
  /** The values the message is built from. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}

/** Options of {@link parseDecisionTerms}. */
export interface ParseTermsOptions {
  /** The language of the issue messages; Finnish by default. */
  readonly locale?: Locale;
}

/**
 * The last date the timeline can count from: ten years (688/2001 28–29 §) and five years of report
 * deadline later it is still a date of the years 0000–9999.
 */
export const LATEST_DATE = "9984-12-31";

/**
 * Parses decision terms against their contract (`decisionTermsSchema`) and checks what the schema
 * cannot: the rate at most the edition's (893/2019 4 §), the maximum at most the rate × the eligible
 * costs rounded down to the cent (688/2001 11 § 3 mom. 2 k.), the period's start on or before its end,
 * the instalments (none under `afterReport`) and the advance at most the maximum (688/2001 12 §), the
 * categories the edition's eligible or conditional ones (893/2019 5 §). Amounts come out canonical.
 * Never throws and never mutates the input: a bad input gives coded issues in fi, sv or en.
 *
 * @example
 * ```ts
 * const r = parseDecisionTerms({ ...terms, rate: "0.90" }, { locale: "en" });
 * r.success;          //=> false
 * r.issues[0].code;   //=> "terms.rateAboveMaximum"
 * ```
 */
export function parseDecisionTerms(input: unknown, options: ParseTermsOptions = {}): Result<DecisionTerms, TermsIssue> {
  const asked = readOptions(options, [], "terms.invalidOption");
  if (!asked.ok) return fail(asked.issue);
  const locale = asked.locale;
  if (!isRecord(input)) return fail(termsIssue([], "terms.notAnObject", {}, locale));
  let parsed: ReturnType<typeof decisionTermsSchema.safeParse>;
  try {
    parsed = decisionTermsSchema.safeParse(input);
  } catch {
    // A getter or proxy in the input that throws: report it rather than throwing ourselves.
    return fail(termsIssue([], "terms.notAnObject", {}, locale));
  }
  if (!parsed.success)
    return { success: false, issues: parsed.error.issues.map((i) => toIssue(i, input, locale, TERMS_UNIONS)) };
  const terms = parsed.data as DecisionTerms;
  // The edition id is one of the registry's: the schema's enum is built from it.
  const issues = check(terms, getEdition(terms.edition), locale);
  return issues.length ? { success: false, issues } : ok(terms);
}

/** The checks across fields, in the order of the fields. */
function check(t: DecisionTerms, edition: CallEdition, locale: Locale): TermsIssue[] {
  const issues: TermsIssue[] = [];
  const dates: [readonly (string | number)[], string][] = [
    [["decidedOn"], t.decidedOn],
    [["period", "start"], t.period.start],
    [["period", "end"], t.period.end],
    ...t.payment.instalments.map((i, n): [readonly (string | number)[], string] => [
      ["payment", "instalments", n, "due"],
      i.due,
    ]),
  ];
  for (const [path, date] of dates) {
    if (compareDates(date, LATEST_DATE) > 0)
      issues.push(termsIssue(path, "application.invalid", { field: path.join("."), input: date }, locale));
  }
  const maxRate = edition.money.maxGrantRate.value;
  if (new Dec(t.rate).gt(maxRate))
    issues.push(termsIssue(["rate"], "terms.rateAboveMaximum", { rate: t.rate, maxRate, edition: edition.id }, locale));
  // 893/2019 4 §: the maximum is the share of the eligible costs, rounded down to the cent.
  const maxGrant = applyRate(t.eligibleCosts, new Dec(t.rate).lte(maxRate) ? t.rate : maxRate, {
    unit: "cent",
    mode: "down",
  });
  if (compareAmounts(t.maximum, maxGrant) > 0)
    issues.push(termsIssue(["maximum"], "terms.maximumAboveShare", { maximum: t.maximum, maxGrant }, locale));
  t.categories.forEach((category, n) => {
    if (edition.money.costCategories[category].value.treatment === "ineligible")
      issues.push(
        termsIssue(["categories", n], "terms.categoryNotInEdition", { category, edition: edition.id }, locale),
      );
  });
  if (compareDates(t.period.start, t.period.end) > 0)
    issues.push(termsIssue(["period"], "terms.periodReversed", { start: t.period.start, end: t.period.end }, locale));
  const { scheme, instalments, advance } = t.payment;
  if (scheme === "afterReport" && instalments.length > 0)
    issues.push(termsIssue(["payment", "instalments"], "terms.instalmentsAfterReport", {}, locale));
  const sum = sumAmounts(instalments.map((i) => i.amount));
  if (compareAmounts(sum, t.maximum) > 0)
    issues.push(
      termsIssue(["payment", "instalments"], "terms.instalmentsAboveMaximum", { sum, maximum: t.maximum }, locale),
    );
  if (compareAmounts(advance, t.maximum) > 0)
    issues.push(
      termsIssue(["payment", "advance"], "terms.advanceAboveMaximum", { sum: advance, maximum: t.maximum }, locale),
    );
  return issues;
}

/** An issue of the terms in the caller's language. */
export function termsIssue<C extends MessageCode>(
  path: readonly (string | number)[],
  code: C,
  params: ParamsOf<C>,
  locale: Locale,
): TermsIssue {
  return { path: [...path], code, params: params as MessageParams, message: formatMessage(code, params, locale) };
}

/** The discriminated unions of the terms' contract: an event, by its `kind`. */
export const TERMS_UNIONS: Readonly<Record<string, readonly string[]>> = { kind: EVENT_KINDS };

/** The cost categories that count in an edition: its eligible and conditional ones (893/2019 5 §). */
export function editionCategories(edition: CallEdition): DecisionTerms["categories"] {
  return BUDGET_CATEGORIES.filter((c) => edition.money.costCategories[c].value.treatment !== "ineligible");
}
