import { TZDate } from "@date-fns/tz";
import { type Result, fail, ok } from "../result.js";

/** The time zone of every call deadline: Finnish time (EET in winter, EEST in summer). */
export const HELSINKI_TIME_ZONE = "Europe/Helsinki";

/**
 * An instant as it crosses the API: ISO 8601 text with an explicit offset or `Z`,
 * such as `"2022-04-25T16:15:00+03:00"`.
 */
export type Instant = string;

/** A calendar date without a time of day or zone: `"2024-09-30"`. */
export type CalendarDate = string;

/** Why a value is not an instant or a date. Each code has a message in the catalogue. */
export type TimeIssueCode = "time.notAnInstant" | "time.missingOffset" | "time.notADate" | "time.impossibleDate";

/** A coded reason why a value could not be read as an instant or a date. */
export interface TimeIssue {
  /** The stable code. */
  readonly code: TimeIssueCode;
  /** The offending input, as text (at most 40 characters). */
  readonly input: string;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`) and returns its epoch
 * milliseconds. A time without an offset is rejected: its instant would depend on the host's
 * zone. Pure arithmetic: the host's time zone plays no part. Never throws.
 *
 * @example
 * ```ts
 * parseInstant("2022-04-25T16:15:00+03:00"); //=> { success: true, data: 1650892500000 }
 * parseInstant("2022-04-25T16:15");          //=> { success: false, issues: [{ code: "time.missingOffset", … }] }
 * ```
 */
export function parseInstant(input: unknown): Result<number, TimeIssue> {
  if (typeof input !== "string") return fail({ code: "time.notAnInstant", input: typeof input });
  const m = INSTANT.exec(input);
  if (!m) return fail({ code: "time.notAnInstant", input: input.slice(0, 40) });
  const [, y, mo, d, h, mi, s = "0", frac = "", zone] = m;
  if (zone === undefined) return fail({ code: "time.missingOffset", input });
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return fail({ code: "time.impossibleDate", input });
  }
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return fail({ code: "time.impossibleDate", input });
    offsetMinutes = sign * (oh * 60 + om);
  }
  const millis = Number(frac.padEnd(3, "0").slice(0, 3));
  return ok(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000);
}

/**
 * Reads a calendar date `YYYY-MM-DD` and checks that the day exists. Never throws.
 *
 * @example
 * ```ts
 * parseCalendarDate("2024-02-29"); //=> { success: true, data: "2024-02-29" }
 * parseCalendarDate("2023-02-29"); //=> { success: false, issues: [{ code: "time.impossibleDate", input: "2023-02-29" }] }
 * ```
 */
export function parseCalendarDate(input: unknown): Result<CalendarDate, TimeIssue> {
  if (typeof input !== "string") return fail({ code: "time.notADate", input: typeof input });
  const m = DATE.exec(input);
  if (!m) return fail({ code: "time.notADate", input: input.slice(0, 40) });
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail({ code: "time.impossibleDate", input });
  return ok(input);
}

/**
 * The instant of a Finnish wall-clock time, with the offset Helsinki had then (+02:00 or +03:00).
 *
 * @example
 * ```ts
 * helsinkiInstant("2022-04-25", "16:15"); //=> "2022-04-25T16:15:00+03:00"
 * helsinkiInstant("2019-12-19", "16:15"); //=> "2019-12-19T16:15:00+02:00"
 * ```
 */
export function helsinkiInstant(date: CalendarDate, time: string): Instant {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const local = new TZDate(y, mo - 1, d, h, mi, 0, HELSINKI_TIME_ZONE);
  return toHelsinkiIso(local.getTime());
}

/**
 * An instant written as Helsinki wall-clock time with its offset, to the second.
 *
 * @example
 * ```ts
 * toHelsinkiIso(Date.UTC(2022, 3, 25, 13, 15)); //=> "2022-04-25T16:15:00+03:00"
 * ```
 */
export function toHelsinkiIso(epochMs: number): Instant {
  const iso = new TZDate(epochMs, HELSINKI_TIME_ZONE).toISOString(); // 2022-04-25T16:15:00.000+03:00
  return iso.slice(0, 19) + iso.slice(23);
}

/**
 * The Helsinki calendar date of an instant: what a Finnish reader's calendar showed then.
 *
 * @example
 * ```ts
 * helsinkiDate(Date.UTC(2022, 3, 25, 21, 30)); //=> "2022-04-26" (00:30 EEST)
 * ```
 */
export function helsinkiDate(epochMs: number): CalendarDate {
  return toHelsinkiIso(epochMs).slice(0, 10);
}

/**
 * Compares two calendar dates: −1, 0 or 1. Dates in `YYYY-MM-DD` order as text.
 *
 * @example
 * ```ts
 * compareDates("2024-09-30", "2024-10-01"); //=> -1
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
