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
  const negative = amount.charCodeAt(0) === 45; // "-"
  const dot = amount.indexOf(".");
  const start = negative ? 1 : 0;
  const end = dot === -1 ? amount.length : dot;
  const cents = dot === -1 ? "00" : amount.slice(dot + 1).padEnd(2, "0");
  const separator = locale === "en" ? "," : NBSP;
  // Digit groups of three from the right, cut as slices: this runs in every money message.
  const first = start + ((end - start) % 3 || 3);
  let whole = amount.slice(start, Math.min(first, end));
  for (let i = first; i < end; i += 3) whole += separator + amount.slice(i, i + 3);
  if (whole === "") whole = "0";
  if (locale === "en") return `${negative ? "−" : ""}€${whole}.${cents}`;
  return `${negative ? "−" : ""}${whole},${cents}${NBSP}€`;
}
