import type { Locale } from "../vocabulary/locale.js";

/**
 * A rate or a share as a percentage for a reader: `"0.85"` → `85 %` in Finnish and Swedish (a
 * no-break space before the sign) and `85%` in English; `"0.8333"` → `83,33 %` and `83.33%`.
 * Display only, and exact: the decimal point is moved on the digits, no number is built. Shared by
 * the assessment and the allocation messages; internal.
 *
 * @example
 * ```ts
 * formatPercent("0.85", "fi"); //=> "85\u00a0%"
 * formatPercent("0.855", "en"); //=> "85.5%"
 * ```
 */
export function formatPercent(rate: string, locale: Locale): string {
  const [whole = "0", fraction = ""] = rate.split(".");
  const padded = fraction.padEnd(2, "0");
  const integer = `${whole}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  const decimals = padded.slice(2).replace(/0+$/, "");
  const number = decimals ? `${integer}${locale === "en" ? "." : ","}${decimals}` : integer;
  return locale === "en" ? `${number}%` : `${number}\u00a0%`;
}
