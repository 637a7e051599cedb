import type { Locale } from "../vocabulary/locale.js";
import type { Amount } from "./amount.js";
import { MoneyError } from "./error.js";

const NBSP = "\u00a0";

/** The digit-group separator of each language: a `Record<Locale, …>`, so a new language must name its own. */
const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = Object.freeze({ fi: NBSP, sv: NBSP, en: "," });

/**
 * Formats an amount for a reader: the Finnish and Swedish way (`85 000,00 €`, with no-break
 * spaces U+00A0 between digit groups and before the euro sign, so a line never breaks inside an
 * amount) or the English way (`€85,000.00`). A negative amount takes the minus sign U+2212
 * (`−15,00 €`, `−€15.00`). Works on the digits, so no precision is lost.
 *
 * @throws {MoneyError} `money.notAnAmount` when the amount is not a string (a string is written
 * digit by digit as it stands).
 *
 * @example
 * ```ts
 * formatAmount("85000.00", "fi"); //=> "85\u00a0000,00\u00a0€"
 * formatAmount("85000.00", "sv"); //=> "85\u00a0000,00\u00a0€"
 * formatAmount("85000.00", "en"); //=> "€85,000.00"
 * // formatAmount("85000.00", "de") throws a MoneyError (a RangeError): there is no German way.
 * ```
 *
 * @throws {MoneyError} `money.invalidArgument` when `locale` is not `"fi"`, `"sv"` or `"en"` (an untyped caller's mistake):
 *   a string in another language's way, or silently in Finnish, would be wrong without a word.
 */
export function formatAmount(amount: Amount, locale: Locale): string {
  if (typeof amount !== "string") throw new MoneyError("money.notAnAmount", "formatAmount", amount, "not a string");
  if (typeof locale !== "string" || !Object.hasOwn(GROUP_SEPARATOR, locale)) {
    const valid = Object.keys(GROUP_SEPARATOR).join(", ");
    throw new MoneyError(
      "money.invalidArgument",
      "formatAmount",
      locale,
      `unknown locale "{text}"; valid locales: ${valid}.`,
    );
  }
  const negative = amount.startsWith("-");
  const unsigned = negative ? amount.slice(1) : amount;
  const dot = unsigned.indexOf(".");
  const digits = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const cents = (dot === -1 ? "" : unsigned.slice(dot + 1)).padEnd(2, "0");
  const separator = GROUP_SEPARATOR[locale];
  // Digit groups of three from the right: the first group takes what is left over.
  const first = digits.length % 3 || 3;
  let whole = digits.slice(0, first) || "0";
  for (let i = first; i < digits.length; i += 3) whole += separator + digits.slice(i, i + 3);
  const sign = negative ? "−" : "";
  if (locale === "en") return `${sign}€${whole}.${cents}`;
  return `${sign}${whole},${cents}${NBSP}€`;
}
