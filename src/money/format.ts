import type { Locale } from "../messages/types.js";
import type { Amount } from "./amount.js";

const NBSP = "\u00a0";

/**
 * Formats an amount for a reader: the Finnish and Swedish way (`85 000,00 €`, with no-break
 * spaces U+00A0 between digit groups and before the euro sign, so a line never breaks inside an
 * amount) or the English way (`€85,000.00`). A negative amount takes the minus sign U+2212
 * (`−15,00 €`, `−€15.00`). Works on the digits, so no precision is lost.
 *
 * @example
 * ```ts
 * formatAmount("85000.00", "fi"); //=> "85\u00a0000,00\u00a0€"
 * formatAmount("85000.00", "sv"); //=> "85\u00a0000,00\u00a0€"
 * formatAmount("85000.00", "en"); //=> "€85,000.00"
 * ```
 */
export function formatAmount(amount: Amount, locale: Locale): string {
  const negative = amount.startsWith("-");
  const [whole = "0", cents = "00"] = (negative ? amount.slice(1) : amount).split(".");
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  if (locale === "en") return `${negative ? "−" : ""}€${groups.join(",")}.${cents.padEnd(2, "0")}`;
  return `${negative ? "−" : ""}${groups.join(NBSP)},${cents.padEnd(2, "0")}${NBSP}€`;
}
