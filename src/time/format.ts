import { type Locale, checkLocale } from "../vocabulary/locale.js";
import { type CalendarDate, toHelsinkiIso } from "./instant.js";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A calendar date for a reader: `30.9.2024` in Finnish and Swedish, `30 September 2024` in English.
 *
 * @example
 * ```ts
 * formatDate("2024-09-30", "fi"); //=> "30.9.2024"
 * formatDate("2024-09-30", "en"); //=> "30 September 2024"
 * ```
 */
export function formatDate(date: CalendarDate, locale: Locale): string {
  checkLocale("formatDate", locale);
  // Day, month and year without leading zeros (year 0987 is 987).
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return locale === "en" ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/**
 * An instant as Finnish time for a reader: `25.4.2022 klo 16.15`, `25.4.2022 kl. 16.15`,
 * `25 April 2022 at 16:15 Finnish time`. The hour has no leading zero (`klo 9.05`), as the
 * Institute for the Languages of Finland (Kotus) recommends for Finnish and Finland Swedish.
 *
 * @example
 * ```ts
 * formatHelsinkiTime(Date.UTC(2022, 3, 25, 13, 15), "fi"); //=> "25.4.2022 klo 16.15"
 * formatHelsinkiTime(Date.UTC(2022, 3, 25, 13, 15), "sv"); //=> "25.4.2022 kl. 16.15"
 * formatHelsinkiTime(Date.UTC(2022, 3, 25, 13, 15), "en"); //=> "25 April 2022 at 16:15 Finnish time"
 * formatHelsinkiTime(Date.UTC(2022, 3, 26, 6, 5), "fi");   //=> "26.4.2022 klo 9.05"
 * ```
 */
export function formatHelsinkiTime(epochMs: number, locale: Locale): string {
  checkLocale("formatHelsinkiTime", locale);
  const iso = toHelsinkiIso(epochMs);
  const date = formatDate(iso.slice(0, 10), locale);
  const hh = String(Number(iso.slice(11, 13)));
  const mm = iso.slice(14, 16);
  if (locale === "fi") return `${date} klo ${hh}.${mm}`;
  if (locale === "sv") return `${date} kl. ${hh}.${mm}`;
  return `${date} at ${hh}:${mm} Finnish time`;
}
