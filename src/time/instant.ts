import { tzOffset } from "@date-fns/tz/tzOffset";
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

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Epoch milliseconds of a UTC wall-clock time of the proleptic Gregorian calendar, by integer
 * arithmetic (H. Hinnant's days_from_civil): a call of `Date.UTC` costs several times as much, and
 * it maps the years 0–99 to 1900–1999. A property test holds it to `Date` over the years 0000–9999.
 */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  // Years counted from March, so that the leap day ends a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return days * DAY + hour * 3_600_000 + minute * MINUTE + second * 1000 + ms;
}

/**
 * Helsinki's offset from UTC at an instant, in whole minutes. Asked of the IANA database through
 * `Intl` with the zone named, so the host's zone plays no part. Before 1921 Helsinki kept local
 * mean time (+01:39:49); the seconds are dropped so that the offset can be written in ISO 8601.
 */
function helsinkiOffsetMinutes(epochMs: number): number {
  // Since 1922 Helsinki's offset has changed only on whole UTC hours, so the offset of an hour can
  // be remembered: asking Intl costs microseconds, and an assessment asks for the same hours often.
  if (epochMs < CACHE_FROM || epochMs >= CACHE_UNTIL)
    return Math.trunc(tzOffset(HELSINKI_TIME_ZONE, new Date(epochMs)));
  const hour = Math.floor(epochMs / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = Math.trunc(tzOffset(HELSINKI_TIME_ZONE, new Date(hour * 3_600_000)));
    // A bounded memo, invisible to callers: cleared rather than grown without end.
    if (offsetByHour.size >= 4096) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const CACHE_FROM = Date.UTC(1922, 0, 1);
const CACHE_UNTIL = Date.UTC(9999, 0, 1);
const offsetByHour = new Map<number, number>();

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`) and returns its epoch
 * milliseconds. A time without an offset is rejected: its instant would depend on the host's
 * zone. Pure arithmetic: the host's time zone plays no part. Never throws.
 *
 * @example
 * ```ts
 * parseInstant("2022-04-25T16:15:00+03:00"); //=> { success: true, data: 1650892500000 }
 * parseInstant("2022-04-25T16:15");          //=> { success: false, issues: [{ code: "time.missingOffset", input: "2022-04-25T16:15" }] }
 * ```
 */
export function parseInstant(input: unknown): Result<number, TimeIssue> {
  if (typeof input !== "string") return fail({ code: "time.notAnInstant", input: typeof input });
  if (input === lastRead) return ok(lastReadMs);
  // Whole seconds with `Z` or `±hh:mm`, the form of nearly every submission time, read by position
  // (no match array, no substrings); any other text takes the pattern below, with the same result.
  const n = input.length;
  if (
    (n === 25 || n === 20) &&
    input.charCodeAt(4) === 45 &&
    input.charCodeAt(7) === 45 &&
    input.charCodeAt(10) === 84
  ) {
    const hi = digits2(input, 0);
    const lo = digits2(input, 2);
    const month = digits2(input, 5);
    const day = digits2(input, 8);
    const hour = digits2(input, 11);
    const minute = digits2(input, 14);
    const second = digits2(input, 17);
    const sign = input.charCodeAt(19); // "Z", "+" or "-"
    const oh = n === 25 ? digits2(input, 20) : 0;
    const om = n === 25 ? digits2(input, 23) : 0;
    const layout =
      input.charCodeAt(13) === 58 &&
      input.charCodeAt(16) === 58 &&
      (n === 25 ? (sign === 43 || sign === 45) && input.charCodeAt(22) === 58 : sign === 90);
    if (
      layout &&
      hi >= 0 &&
      lo >= 0 &&
      month >= 0 &&
      day >= 0 &&
      hour >= 0 &&
      minute >= 0 &&
      second >= 0 &&
      oh >= 0 &&
      om >= 0
    ) {
      const read = instantOf(input, hi * 100 + lo, month, day, hour, minute, second, 0, sign === 45 ? -1 : 1, oh, om);
      if (read.success) {
        lastRead = input;
        lastReadMs = read.data;
      }
      return read;
    }
  }
  return parseInstantText(input);
}

// The input contract reads an application's submission time, and its rules read the same text
// again: the last instant read by position is remembered (invisible to callers: the instant
// depends on the text alone).
let lastRead: string | undefined;
let lastReadMs = 0;

/** The two ASCII digits at `i` as a number, or −1 if they are not two digits. */
function digits2(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * {@link parseInstant} by its pattern alone, for every form it accepts (minutes only, fractions
 * of a second). Exported for the property test that holds the positional reading to it.
 */
export function parseInstantText(input: string): Result<number, TimeIssue> {
  const m = INSTANT.exec(input);
  if (!m) return fail({ code: "time.notAnInstant", input: input.slice(0, 40) });
  const zone = m[8];
  if (zone === undefined) return fail({ code: "time.missingOffset", input });
  const frac = m[7] ?? "";
  const millis = frac === "" ? 0 : Number(frac.padEnd(3, "0").slice(0, 3));
  const sign = zone === "Z" ? 1 : zone.charCodeAt(0) === 45 /* - */ ? -1 : 1;
  const oh = zone === "Z" ? 0 : Number(zone.slice(1, 3));
  const om = zone === "Z" ? 0 : Number(zone.slice(4, 6));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  return instantOf(
    input,
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    second,
    millis,
    sign,
    oh,
    om,
  );
}

/** The instant of the fields read from `input`, or `time.impossibleDate` if a field is out of range. */
function instantOf(
  input: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  sign: 1 | -1,
  oh: number,
  om: number,
): Result<number, TimeIssue> {
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    oh > 23 ||
    om > 59
  ) {
    return fail({ code: "time.impossibleDate", input });
  }
  return ok(utcMs(year, month, day, hour, minute, second, millis) - sign * (oh * 60 + om) * MINUTE);
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
  // `YYYY-MM-DD` read by position (no match array): ten characters, digits and two hyphens.
  const hi = input.length === 10 && input.charCodeAt(4) === 45 && input.charCodeAt(7) === 45 ? digits2(input, 0) : -1;
  const lo = digits2(input, 2);
  const month = digits2(input, 5);
  const day = digits2(input, 8);
  if (hi < 0 || lo < 0 || month < 0 || day < 0) return fail({ code: "time.notADate", input: input.slice(0, 40) });
  const year = hi * 100 + lo;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return fail({ code: "time.impossibleDate", input });
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
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!parseCalendarDate(date).success || !t) {
    throw new RangeError(
      `helsinkiInstant: no Finnish wall-clock time ${String(date).slice(0, 40)} ${String(time).slice(0, 40)}`,
    );
  }
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const wall = utcMs(y, mo, d, Number(t[1]), Number(t[2]), 0, 0);
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
  // The range of a Date (±8.64e15 ms), whose time value drops fractions of a millisecond.
  if (!(Math.abs(epochMs) <= 8.64e15)) throw new RangeError(`toHelsinkiIso: ${epochMs} is not a time value`);
  const ms = Math.trunc(epochMs);
  const offset = helsinkiOffsetMinutes(ms);
  // The wall-clock time is the UTC calendar of the instant moved by the offset, to the second.
  const wall = Math.floor(ms / 1000) + offset * 60;
  const days = Math.floor(wall / 86_400);
  const secondOfDay = wall - days * 86_400;
  const [year, month, day] = civilFromDays(days);
  // Years beyond 0000–9999 would need a sign and six digits, which no instant of a call needs.
  if (year < 0 || year > 9999) throw new RangeError(`toHelsinkiIso: ${epochMs} is outside the years 0000–9999`);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor(secondOfDay / 60) % 60;
  const second = secondOfDay % 60;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * {@link toHelsinkiIso} of an instant already read from `text` by {@link parseInstant}: the text
 * itself when it is written to the second with Helsinki's offset at that instant (as a Finnish
 * portal writes a submission time), else the text computed. Internal: a property test holds it to
 * `toHelsinkiIso` for every instant text.
 */
export function asHelsinkiIso(text: string, epochMs: number): Instant {
  // `±hh:mm` after whole seconds; parseInstant has checked every field's range, so the digits are canonical.
  if (text.length === 25 && text.charCodeAt(19) === 43 /* + */ && epochMs % 1000 === 0) {
    const offset = helsinkiOffsetMinutes(epochMs);
    if (digits2(text, 20) * 60 + digits2(text, 23) === offset) return text;
  }
  return toHelsinkiIso(epochMs);
}

/**
 * The proleptic Gregorian date of a day number (days since 1970-01-01), by integer arithmetic
 * (H. Hinnant's civil_from_days): this runs for every deadline finding, and a `Date` and its
 * `toISOString` cost ten times as much.
 */
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
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
