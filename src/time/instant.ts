import { tzOffset } from "@date-fns/tz/tzOffset";
import { isValid } from "date-fns/isValid";
import { type Result, fail, ok } from "../vocabulary/result.js";

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
export type TimeIssueCode =
  | "time.notAnInstant"
  | "time.missingOffset"
  | "time.notADate"
  | "time.impossibleDate"
  | "time.outOfRange";

/** A coded reason why a value could not be read as an instant or a date. */
export interface TimeIssue {
  /** The stable code. */
  readonly code: TimeIssueCode;
  /** The offending input, as text (at most 40 characters). */
  readonly input: string;
}

/**
 * The instant format of the library: a date and a time to the minute, second or fraction of a second
 * (up to nine digits), then `Z` or an offset `±hh:mm`. Without the offset the text is a wall-clock
 * time, and refused with its own code.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))?$/;

/** A calendar date, `YYYY-MM-DD`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A wall-clock time of a call edition, `hh:mm` from 00:00 to 23:59. */
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instants the library can write as Finnish time: from the first instant of the year 0000 (UTC)
 * to the last instant of the year 9999 in Helsinki (+02:00 then). An instant outside them is refused
 * when it is read (`time.outOfRange`), so no rule ever meets one; no call falls near either end.
 */
export const EARLIEST_INSTANT_MS = -62_167_219_200_000; // 0000-01-01T00:00:00Z
export const LATEST_INSTANT_MS = 253_402_293_599_999; // 9999-12-31T23:59:59.999+02:00

/**
 * The instant at which a UTC clock showed this date and time of the proleptic Gregorian calendar,
 * as epoch milliseconds, or `NaN` when the calendar has no such day (30 February, 29 February
 * outside a leap year, month 13, day 0) or the clock no such time (24:00, a 60th minute or second).
 * The one reading of calendar fields: instants, dates and Finnish wall-clock times all use it.
 */
function utcClockMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return NaN;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC counts the years 0–99 from 1900: those years are set again, with their own leap days.
  if (year < 100) date.setUTCFullYear(year, month - 1, day);
  // A day the month does not have rolls over into another month.
  return date.getUTCDate() === day ? date.getTime() : NaN;
}

/**
 * Helsinki's offset from UTC at an instant, in whole minutes, from the IANA time-zone database (asked
 * for the zone by name, so the host's zone plays no part): +02:00 (EET) or +03:00 (EEST) since 1921.
 * Before May 1921 Helsinki kept local mean time (+01:39:49); the seconds are dropped so that the
 * offset can be written in ISO 8601.
 */
function helsinkiOffsetMinutes(epochMs: number): number {
  if (epochMs < HOURLY_FROM || epochMs >= HOURLY_UNTIL) return zoneOffsetMinutes(epochMs);
  // Since 1922 Finland has changed its clocks only on whole UTC hours (under Directive 2000/84/EC
  // at 01:00 UTC), so the offset of an hour holds for all of it and is asked of the database once.
  const hour = Math.floor(epochMs / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = zoneOffsetMinutes(hour * HOUR);
    // Bounded: cleared rather than grown without end. Not observable: the offset depends on the hour alone.
    if (offsetByHour.size >= 4096) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const HOUR = 3_600_000;
const HOURLY_FROM = Date.UTC(1922, 0, 1);
const HOURLY_UNTIL = Date.UTC(9999, 0, 1);
const offsetByHour = new Map<number, number>();

function zoneOffsetMinutes(epochMs: number): number {
  return Math.trunc(tzOffset(HELSINKI_TIME_ZONE, new Date(epochMs)));
}

/**
 * Reads an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`, up to ±23:59) and returns its
 * epoch milliseconds. A time without an offset is refused: its instant would depend on the reader's
 * zone. The date must exist in the calendar, and the instant must lie in the years 0000–9999 as
 * Finnish time can write them (`time.outOfRange`: from 0000-01-01T00:00:00Z to
 * 9999-12-31T23:59:59.999+02:00); fractions of a second are kept to the millisecond (finer digits
 * dropped, not rounded). The host's time zone plays no part. Never throws.
 *
 * @example
 * ```ts
 * parseInstant("2022-04-25T16:15:00+03:00"); //=> { success: true, data: 1650892500000 }
 * parseInstant("2022-04-25T16:15");          //=> { success: false, issues: [{ code: "time.missingOffset", input: "2022-04-25T16:15" }] }
 * parseInstant("2022-02-29T12:00:00Z");      //=> { success: false, issues: [{ code: "time.impossibleDate", input: "2022-02-29T12:00:00Z" }] }
 * parseInstant("0000-01-01T00:00:00+14:00"); //=> { success: false, issues: [{ code: "time.outOfRange", input: "0000-01-01T00:00:00+14:00" }] }
 * ```
 */
export function parseInstant(input: unknown): Result<number, TimeIssue> {
  if (typeof input !== "string") return fail({ code: "time.notAnInstant", input: typeof input });
  const m = INSTANT.exec(input);
  if (m === null) return fail({ code: "time.notAnInstant", input: input.slice(0, 40) });
  const sign = m[9];
  if (m[8] === undefined && sign === undefined) return fail({ code: "time.missingOffset", input });
  const oh = sign === undefined ? 0 : Number(m[10]);
  const om = sign === undefined ? 0 : Number(m[11]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3));
  const wall = utcClockMs(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    millis,
  );
  if (Number.isNaN(wall) || oh > 23 || om > 59) return fail({ code: "time.impossibleDate", input });
  const epochMs = wall - (sign === "-" ? -1 : 1) * (oh * 60 + om) * MINUTE;
  if (epochMs < EARLIEST_INSTANT_MS || epochMs > LATEST_INSTANT_MS) return fail({ code: "time.outOfRange", input });
  return ok(epochMs);
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
  if (m === null) return fail({ code: "time.notADate", input: input.slice(0, 40) });
  if (Number.isNaN(utcClockMs(Number(m[1]), Number(m[2]), Number(m[3])))) {
    return fail({ code: "time.impossibleDate", input });
  }
  return ok(input);
}

/**
 * The instant of a Finnish wall-clock time, with the offset Helsinki had then (+02:00 or +03:00).
 * The answer does not depend on the host's time zone. Around the daylight-saving changes it
 * follows the usual "compatible" rule (as in Temporal and RFC 5545): a time that does not exist
 * (the spring gap, 03:00–03:59 on the last Sunday of March) moves forward by the gap, so
 * `03:30` is `04:30+03:00`; a time that occurs twice (the autumn overlap, 03:00–03:59 on the
 * last Sunday of October) is its first occurrence, still in summer time (`03:30+03:00`).
 *
 * @throws {RangeError} When the date does not exist or the time is not `hh:mm` (00:00–23:59):
 * the arguments come from call-edition data, where such a value is a programming error.
 *
 * @example
 * ```ts
 * helsinkiInstant("2022-04-25", "16:15"); //=> "2022-04-25T16:15:00+03:00"
 * helsinkiInstant("2019-12-19", "16:15"); //=> "2019-12-19T16:15:00+02:00"
 * helsinkiInstant("2022-03-27", "03:30"); //=> "2022-03-27T04:30:00+03:00"
 * helsinkiInstant("2022-10-30", "03:30"); //=> "2022-10-30T03:30:00+03:00"
 * ```
 */
export function helsinkiInstant(date: CalendarDate, time: string): Instant {
  const d = DATE.exec(date);
  const t = WALL_TIME.exec(time);
  const wall = d && t ? utcClockMs(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])) : NaN;
  if (Number.isNaN(wall)) {
    throw new RangeError(
      `helsinkiInstant: no Finnish wall-clock time ${String(date).slice(0, 40)} ${String(time).slice(0, 40)}`,
    );
  }
  // Helsinki changes its offset at most once within a day, so the offsets a day before and a day
  // after are the only candidates; a candidate is right when its instant shows this wall time.
  const before = helsinkiOffsetMinutes(wall - DAY);
  const after = helsinkiOffsetMinutes(wall + DAY);
  const fits = [before, after].filter((offset) => helsinkiOffsetMinutes(wall - offset * MINUTE) === offset);
  // Overlap: both fit, take the earlier instant (the larger offset). Gap: none fits, take the
  // offset from before the change, which moves the time forward by the gap.
  const offset = fits.length === 0 ? before : Math.max(...fits);
  return toHelsinkiIso(wall - offset * MINUTE);
}

/**
 * An instant written as Helsinki wall-clock time with its offset, to the second (milliseconds
 * are dropped, not rounded).
 *
 * @throws {RangeError} When `epochMs` is not a time value or falls outside the years 0000–9999.
 *
 * @example
 * ```ts
 * toHelsinkiIso(Date.UTC(2022, 3, 25, 13, 15)); //=> "2022-04-25T16:15:00+03:00"
 * toHelsinkiIso(Date.UTC(2022, 0, 31, 22, 0));  //=> "2022-02-01T00:00:00+02:00"
 * ```
 */
export function toHelsinkiIso(epochMs: number): Instant {
  const instant = new Date(epochMs);
  if (!isValid(instant)) throw new RangeError(`toHelsinkiIso: ${epochMs} is not a time value`);
  const ms = instant.getTime();
  const offset = helsinkiOffsetMinutes(ms);
  // The wall-clock time is the UTC calendar of the instant moved by the offset, to the second.
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offset * MINUTE);
  // Years beyond 0000–9999 would need a sign and six digits, which no instant of a call needs.
  const year = wall.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`toHelsinkiIso: ${epochMs} is outside the years 0000–9999`);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  const date = `${String(year).padStart(4, "0")}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`;
  return `${date}T${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}:${pad2(wall.getUTCSeconds())}${zone}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * {@link toHelsinkiIso} of a submission time already read from `text` by {@link parseInstant}: the
 * instant written again as Finnish time, whatever offset the text was written with. Internal.
 */
export function asHelsinkiIso(_text: string, epochMs: number): Instant {
  return toHelsinkiIso(epochMs);
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
