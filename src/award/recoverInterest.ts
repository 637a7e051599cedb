import type { Amount } from "../money/amount.js";
import { canonical, sumAmounts } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";
import type { CalendarDate } from "../time/instant.js";
import { type ReferenceRate, nextHalfYear } from "./rates.js";
import type { DayCount, InterestPiece } from "./recoverTypes.js";

const DAY_MS = 86_400_000;

/** The day number of a calendar date (days since 1.1.1970), the same in every host time zone. */
function dayNumber(date: CalendarDate): number {
  // An ISO date parses as the UTC midnight of its day for every year 0000–9999 (Date.UTC would read
  // the years 0–99 as 1900–1999).
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** The calendar date of a day number. */
function dateOf(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days from `a` to `b`: `b − a`, negative when `b` is before `a`. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** A day some days after a date. */
export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return dateOf(dayNumber(date) + days);
}

/** The days of the year of a date: 366 in a leap year. */
function daysInYear(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
}

/** The half-year's first day for a date. */
function halfYearOf(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 4)}-${date.slice(5, 7) < "07" ? "01" : "07"}-01`;
}

/**
 * Interest on `base` for the days `first`…`last` (both counted; none when `last` is before `first`),
 * split at the half-years of the reference rate (korkolaki 12 §): each half-year at its reference rate
 * + `points`, for its days ÷ the day count's year (365; 360; or the days of that calendar year, a
 * half-year never crossing one), rounded half up to the cent. Gives the pieces, or the first day of a
 * half-year the table does not hold.
 */
export function interestPieces(
  base: Amount,
  first: CalendarDate,
  last: CalendarDate,
  points: number,
  rates: readonly ReferenceRate[],
  dayCount: DayCount,
): { readonly pieces: readonly InterestPiece[] } | { readonly missing: CalendarDate } {
  const pieces: InterestPiece[] = [];
  let from = first;
  while (daysBetween(from, last) >= 0) {
    const half = halfYearOf(from);
    const entry = rates.find((r) => r.from === half);
    if (entry === undefined) return { missing: half };
    const to = daysBetween(entry.to, last) < 0 ? last : entry.to;
    const days = daysBetween(from, to) + 1;
    const year = dayCount === "actual/360" ? 360 : dayCount === "actual/actual" ? daysInYear(from) : 365;
    const rate = new Dec(entry.rate).plus(points);
    const exact = new Dec(base).times(rate).times(days).dividedBy(new Dec(100).times(year));
    pieces.push({
      from,
      to,
      days,
      base,
      referenceRate: entry.rate,
      rate: rate.toString(),
      amount: canonical(roundDec(exact, "cent", "halfUp")),
      certainty: entry.certainty,
    });
    from = nextHalfYear(entry.to);
  }
  return { pieces };
}

/** The sum of the pieces. */
export function piecesTotal(pieces: readonly InterestPiece[]): Amount {
  return sumAmounts(pieces.map((p) => p.amount));
}
