import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { endOfYear } from "date-fns/endOfYear";
import type { CalendarDate } from "../time/instant.js";

// Calendar arithmetic on dates `YYYY-MM-DD` on UTC dates (@date-fns/utc), so that no host time zone
// moves a day: a date of the terms is a Finnish calendar date, and the arithmetic of months and
// years is the same in every zone's calendar. A UTC date's getters and setters are the UTC ones, and
// date-fns builds its results with the argument's own class, so each step stays in UTC without an
// `in` option. Never `new Date("YYYY-MM-DD")` in local time.

/** The date as a UTC midnight. */
function toUtc(date: CalendarDate): Date {
  return new UTCDateMini(`${date}T00:00:00Z`);
}

/** The UTC calendar date of a date-fns result. */
function fromUtc(d: Date): CalendarDate {
  return d.toISOString().slice(0, 10);
}

/**
 * Some months after a date, at the same day of the month or, where the month is shorter, at its last
 * day (date-fns `addMonths`): 30.9.2024 + 2 months is 30.11.2024, 31.8.2024 + 1 month is 30.9.2024.
 */
export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/** Some years after a date; 29 February goes to 28 February in a common year (date-fns `addYears`). */
export function plusYears(date: CalendarDate, years: number): CalendarDate {
  return fromUtc(addYears(toUtc(date), years));
}

/** The last day of the year some years after a date's year: 31.12. of year + `years`. */
export function endOfYearAfter(date: CalendarDate, years: number): CalendarDate {
  return fromUtc(endOfYear(addYears(toUtc(date), years)));
}
