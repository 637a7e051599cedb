import { describe, expect, it } from "vitest";
import {
  type TimeIssueCode,
  compareDates,
  helsinkiDate,
  helsinkiInstant,
  parseCalendarDate,
  parseInstant,
  toHelsinkiIso,
} from "../../src/time/instant.js";

// 25 April 2022 16:15 EEST, the modelled closing time of the 2022 call, is 13:15 UTC.
const CLOSES_2022 = Date.UTC(2022, 3, 25, 13, 15);

/** Epoch ms of a UTC date-time of any year, even 0–99 (which `Date.UTC` maps to 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

describe("parseInstant", () => {
  it.each<[string, number]>([
    ["2022-04-25T16:15:00+03:00", CLOSES_2022],
    ["2022-04-25T13:15:00Z", CLOSES_2022],
    ["2022-04-25T13:15Z", CLOSES_2022],
    ["2022-04-25T16:15+03:00", CLOSES_2022],
    ["2022-04-25T13:15:00+00:00", CLOSES_2022],
    ["2022-04-25T13:15:00-00:00", CLOSES_2022],
    ["2022-04-25T18:45:00+05:30", CLOSES_2022],
    // the extreme offsets in use: Kiritimati (+14:00) and Baker Island (−12:00)
    ["2022-04-26T03:15:00+14:00", CLOSES_2022],
    ["2022-04-25T01:15:00-12:00", CLOSES_2022],
    // fractions of a second: milliseconds kept, finer digits dropped (not rounded)
    ["2022-04-25T13:15:00.000Z", CLOSES_2022],
    ["2022-04-25T13:15:00.5Z", CLOSES_2022 + 500],
    ["2022-04-25T13:15:00.123456789Z", CLOSES_2022 + 123],
    ["2022-04-25T13:15:00.9999Z", CLOSES_2022 + 999],
    ["2022-04-25T16:14:59.999+03:00", CLOSES_2022 - 1],
    // leap days: 2024 and 2000 are leap years
    ["2024-02-29T12:00:00Z", Date.UTC(2024, 1, 29, 12)],
    ["2000-02-29T12:00:00Z", Date.UTC(2000, 1, 29, 12)],
    // midnight UTC is the previous day in Helsinki's evening: the offset carries the date back
    ["2022-04-26T00:00:00+03:00", Date.UTC(2022, 3, 25, 21)],
    ["2022-01-01T00:30:00+02:00", Date.UTC(2021, 11, 31, 22, 30)],
    ["1970-01-01T00:00:00Z", 0],
    // years 0–99 are years 0–99, not 1900–1999
    ["0050-01-01T00:00:00Z", utc(50, 1, 1)],
    ["0000-03-01T00:00:00Z", utc(0, 3, 1)],
    ["9999-12-31T23:59:59+02:00", Date.UTC(9999, 11, 31, 21, 59, 59)],
    // the last day of each 30-day month, and the widest offsets there are
    ["2022-04-30T12:00:00Z", Date.UTC(2022, 3, 30, 12)],
    ["2022-06-30T12:00:00Z", Date.UTC(2022, 5, 30, 12)],
    ["2022-09-30T12:00:00Z", Date.UTC(2022, 8, 30, 12)],
    ["2022-11-30T12:00:00Z", Date.UTC(2022, 10, 30, 12)],
    ["2022-04-25T23:59:00+23:59", Date.UTC(2022, 3, 25)],
    ["2022-04-25T00:00:00-23:59", Date.UTC(2022, 3, 25, 23, 59)],
  ])("reads %s", (input, expected) => {
    expect(parseInstant(input)).toEqual({ success: true, data: expected });
  });

  it.each<[unknown, TimeIssueCode, string]>([
    // a wall-clock time without an offset names no instant
    ["2022-04-25T16:15:00", "time.missingOffset", "2022-04-25T16:15:00"],
    ["2022-04-25T16:15", "time.missingOffset", "2022-04-25T16:15"],
    ["2022-04-25T16:15:00.000", "time.missingOffset", "2022-04-25T16:15:00.000"],
    // days and times that do not exist
    ["2022-02-29T12:00:00Z", "time.impossibleDate", "2022-02-29T12:00:00Z"],
    ["1900-02-29T12:00:00Z", "time.impossibleDate", "1900-02-29T12:00:00Z"],
    ["2022-04-31T12:00:00Z", "time.impossibleDate", "2022-04-31T12:00:00Z"],
    ["2022-13-01T12:00:00Z", "time.impossibleDate", "2022-13-01T12:00:00Z"],
    ["2022-00-10T12:00:00Z", "time.impossibleDate", "2022-00-10T12:00:00Z"],
    ["2022-04-00T12:00:00Z", "time.impossibleDate", "2022-04-00T12:00:00Z"],
    ["2022-04-25T24:00:00Z", "time.impossibleDate", "2022-04-25T24:00:00Z"],
    ["2022-04-25T23:60:00Z", "time.impossibleDate", "2022-04-25T23:60:00Z"],
    ["2022-12-31T23:59:60Z", "time.impossibleDate", "2022-12-31T23:59:60Z"],
    ["2022-04-25T16:15:00+24:00", "time.impossibleDate", "2022-04-25T16:15:00+24:00"],
    ["2022-04-25T16:15:00+03:60", "time.impossibleDate", "2022-04-25T16:15:00+03:60"],
    ["2022-06-31T12:00:00Z", "time.impossibleDate", "2022-06-31T12:00:00Z"],
    // instants that Finnish time cannot write in the years 0000–9999
    ["0000-01-01T00:00:00+14:00", "time.outOfRange", "0000-01-01T00:00:00+14:00"],
    ["0000-01-01T00:00:00+23:59", "time.outOfRange", "0000-01-01T00:00:00+23:59"],
    ["9999-12-31T23:59:59-12:00", "time.outOfRange", "9999-12-31T23:59:59-12:00"],
    ["9999-12-31T23:59:59Z", "time.outOfRange", "9999-12-31T23:59:59Z"],
    ["2022-09-31T12:00:00+03:00", "time.impossibleDate", "2022-09-31T12:00:00+03:00"],
    ["2022-11-31T12:00", "time.missingOffset", "2022-11-31T12:00"],
    ["2022-11-31T12:00Z", "time.impossibleDate", "2022-11-31T12:00Z"],
    // not ISO 8601 as the contract takes it
    ["2022-04-25", "time.notAnInstant", "2022-04-25"],
    ["2022-04-25 16:15:00+03:00", "time.notAnInstant", "2022-04-25 16:15:00+03:00"],
    ["2022-04-25T16:15:00+0300", "time.notAnInstant", "2022-04-25T16:15:00+0300"],
    ["2022-04-25T16:15:00+03", "time.notAnInstant", "2022-04-25T16:15:00+03"],
    ["2022-04-25t13:15:00z", "time.notAnInstant", "2022-04-25t13:15:00z"],
    ["2022-4-25T13:15:00Z", "time.notAnInstant", "2022-4-25T13:15:00Z"],
    ["2022-04-25T13:15:00.Z", "time.notAnInstant", "2022-04-25T13:15:00.Z"],
    ["2022-04-25T13:15:00.1234567890Z", "time.notAnInstant", "2022-04-25T13:15:00.1234567890Z"],
    ["25.4.2022 klo 16.15", "time.notAnInstant", "25.4.2022 klo 16.15"],
    [" 2022-04-25T13:15:00Z", "time.notAnInstant", " 2022-04-25T13:15:00Z"],
    ["", "time.notAnInstant", ""],
    ["x".repeat(100), "time.notAnInstant", "x".repeat(40)],
    [CLOSES_2022, "time.notAnInstant", "number"],
    [new Date(CLOSES_2022), "time.notAnInstant", "object"],
    [null, "time.notAnInstant", "object"],
    [undefined, "time.notAnInstant", "undefined"],
  ])("rejects %j with %s", (input, code, printed) => {
    expect(parseInstant(input)).toEqual({ success: false, issues: [{ code, input: printed }] });
  });
});

describe("parseCalendarDate", () => {
  it.each([
    "2024-02-29",
    "2000-02-29",
    "2024-12-31",
    "2024-09-30",
    "2022-01-01",
    "0001-01-01",
    "2024-04-30",
    "2024-06-30",
    "2024-11-30",
  ])("reads %s", (input) => {
    expect(parseCalendarDate(input)).toEqual({ success: true, data: input });
  });

  it.each<[unknown, TimeIssueCode, string]>([
    ["2023-02-29", "time.impossibleDate", "2023-02-29"],
    ["2100-02-29", "time.impossibleDate", "2100-02-29"],
    ["2024-04-31", "time.impossibleDate", "2024-04-31"],
    ["2024-13-01", "time.impossibleDate", "2024-13-01"],
    ["2024-00-01", "time.impossibleDate", "2024-00-01"],
    ["2024-01-00", "time.impossibleDate", "2024-01-00"],
    ["2024-9-30", "time.notADate", "2024-9-30"],
    ["30.9.2024", "time.notADate", "30.9.2024"],
    ["2024-09-30T00:00:00Z", "time.notADate", "2024-09-30T00:00:00Z"],
    [" 2024-09-30", "time.notADate", " 2024-09-30"],
    ["2024-06-31", "time.impossibleDate", "2024-06-31"],
    ["2024-09-31", "time.impossibleDate", "2024-09-31"],
    ["2024-11-31", "time.impossibleDate", "2024-11-31"],
    ["2024-09-30".repeat(5), "time.notADate", "2024-09-30".repeat(4)],
    ["", "time.notADate", ""],
    [20240930, "time.notADate", "number"],
    [null, "time.notADate", "object"],
  ])("rejects %j with %s", (input, code, printed) => {
    expect(parseCalendarDate(input)).toEqual({ success: false, issues: [{ code, input: printed }] });
  });
});

describe("helsinkiInstant", () => {
  it.each<[string, string, string, number]>([
    ["2022-04-25", "16:15", "2022-04-25T16:15:00+03:00", CLOSES_2022],
    ["2019-12-19", "16:15", "2019-12-19T16:15:00+02:00", Date.UTC(2019, 11, 19, 14, 15)],
    ["2022-04-25", "00:00", "2022-04-25T00:00:00+03:00", Date.UTC(2022, 3, 24, 21)],
    ["2022-04-25", "23:59", "2022-04-25T23:59:00+03:00", Date.UTC(2022, 3, 25, 20, 59)],
    ["2024-09-30", "23:59", "2024-09-30T23:59:00+03:00", Date.UTC(2024, 8, 30, 20, 59)],
    ["2021-05-04", "16:15", "2021-05-04T16:15:00+03:00", Date.UTC(2021, 4, 4, 13, 15)],
    // Spring forward, 27 March 2022: at 03:00 EET the clocks jump to 04:00 EEST.
    ["2022-03-27", "02:59", "2022-03-27T02:59:00+02:00", Date.UTC(2022, 2, 27, 0, 59)],
    ["2022-03-27", "04:00", "2022-03-27T04:00:00+03:00", Date.UTC(2022, 2, 27, 1, 0)],
    ["2022-03-26", "03:30", "2022-03-26T03:30:00+02:00", Date.UTC(2022, 2, 26, 1, 30)],
    ["2022-03-28", "03:30", "2022-03-28T03:30:00+03:00", Date.UTC(2022, 2, 28, 0, 30)],
    // Fall back, 30 October 2022: at 04:00 EEST the clocks go back to 03:00 EET.
    ["2022-10-30", "02:59", "2022-10-30T02:59:00+03:00", Date.UTC(2022, 9, 29, 23, 59)],
    ["2022-10-30", "04:00", "2022-10-30T04:00:00+02:00", Date.UTC(2022, 9, 30, 2, 0)],
  ])("%s %s in Helsinki is %s", (date, time, expected, epochMs) => {
    expect(helsinkiInstant(date, time)).toBe(expected);
    expect(parseInstant(expected)).toEqual({ success: true, data: epochMs });
  });

  it.each<[string, string]>([
    ["03:00", "2022-03-27T04:00:00+03:00"],
    ["03:30", "2022-03-27T04:30:00+03:00"],
    ["03:59", "2022-03-27T04:59:00+03:00"],
  ])("spring gap: %s on 27 March 2022 does not exist and moves forward an hour, to %s", (time, expected) => {
    expect(helsinkiInstant("2022-03-27", time)).toBe(expected);
  });

  it.each<[string, string]>([
    ["03:00", "2022-10-30T03:00:00+03:00"],
    ["03:30", "2022-10-30T03:30:00+03:00"],
    ["03:59", "2022-10-30T03:59:00+03:00"],
  ])(
    "autumn overlap: %s on 30 October 2022 happens twice; the first, still summer time, is taken: %s",
    (time, expected) => {
      expect(helsinkiInstant("2022-10-30", time)).toBe(expected);
    },
  );

  it("autumn overlap: the second 03:30 on 30 October 2022 is an hour later and reads +02:00", () => {
    const first = parseInstant(helsinkiInstant("2022-10-30", "03:30"));
    expect(first).toEqual({ success: true, data: Date.UTC(2022, 9, 30, 0, 30) });
    expect(toHelsinkiIso(Date.UTC(2022, 9, 30, 1, 30))).toBe("2022-10-30T03:30:00+02:00");
  });

  it.each<[string, string, string]>([
    ["2019-03-31", "03:30", "2019-03-31T04:30:00+03:00"],
    ["2019-10-27", "03:30", "2019-10-27T03:30:00+03:00"],
    ["2024-03-31", "03:30", "2024-03-31T04:30:00+03:00"],
    ["2024-10-27", "03:30", "2024-10-27T03:30:00+03:00"],
    ["2030-03-31", "03:30", "2030-03-31T04:30:00+03:00"],
  ])("the same rule holds in other years: %s %s is %s", (date, time, expected) => {
    expect(helsinkiInstant(date, time)).toBe(expected);
  });

  it.each<[string, string]>([
    ["2022-02-30", "16:15"],
    ["2022-04-25", "24:00"],
    ["2022-04-25", "16.15"],
    ["2022-04-25", "4:15"],
    ["2022-04-25", "16:15:00"],
    ["2022-04-25", "16:60"],
    ["25.4.2022", "16:15"],
  ])("throws a RangeError for %s %s instead of rolling over to another day or time", (date, time) => {
    expect(() => helsinkiInstant(date, time)).toThrow(RangeError);
  });
});

describe("toHelsinkiIso", () => {
  it.each<[number, string]>([
    [CLOSES_2022, "2022-04-25T16:15:00+03:00"],
    [Date.UTC(2022, 0, 31, 22, 0), "2022-02-01T00:00:00+02:00"],
    [Date.UTC(2022, 11, 31, 22, 0), "2023-01-01T00:00:00+02:00"],
    // milliseconds are dropped, never rounded up into the next second
    [Date.UTC(2022, 3, 25, 13, 15, 59, 999), "2022-04-25T16:15:59+03:00"],
    [Date.UTC(1969, 11, 31, 23, 59, 59, 500), "1970-01-01T01:59:59+02:00"],
    // the DST changes of 2022, to the second
    [Date.UTC(2022, 2, 27, 0, 59, 59), "2022-03-27T02:59:59+02:00"],
    [Date.UTC(2022, 2, 27, 1, 0, 0), "2022-03-27T04:00:00+03:00"],
    [Date.UTC(2022, 9, 30, 0, 59, 59), "2022-10-30T03:59:59+03:00"],
    [Date.UTC(2022, 9, 30, 1, 0, 0), "2022-10-30T03:00:00+02:00"],
    // before May 1921 Helsinki kept local mean time, +01:39:49, written to the minute
    [Date.UTC(1900, 0, 1, 12, 0, 0), "1900-01-01T13:39:00+01:39"],
    [utc(0, 1, 1), "0000-01-01T01:39:00+01:39"],
  ])("toHelsinkiIso(%i) is %s", (epochMs, expected) => {
    expect(toHelsinkiIso(epochMs)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 8.64e15, utc(-1, 6, 1)])("throws a RangeError for %s", (epochMs) => {
    expect(() => toHelsinkiIso(epochMs)).toThrow(RangeError);
  });
});

describe("helsinkiDate", () => {
  it.each<[string, number, string]>([
    // Midnight Helsinki in summer is 21:00 UTC the day before.
    ["21:00 UTC is midnight EEST", Date.UTC(2022, 3, 25, 21, 0), "2022-04-26"],
    ["a millisecond before midnight EEST", Date.UTC(2022, 3, 25, 20, 59, 59, 999), "2022-04-25"],
    [
      "21:30 UTC is 00:30 EEST (Los Angeles local time is still 25 April 14:30)",
      Date.UTC(2022, 3, 25, 21, 30),
      "2022-04-26",
    ],
    // Midnight Helsinki in winter is 22:00 UTC the day before.
    ["22:00 UTC is midnight EET", Date.UTC(2022, 0, 31, 22, 0), "2022-02-01"],
    ["21:59:59 UTC is 23:59:59 EET", Date.UTC(2022, 0, 31, 21, 59, 59), "2022-01-31"],
    ["New Year in Helsinki comes at 22:00 UTC", Date.UTC(2022, 11, 31, 22, 0), "2023-01-01"],
    // Around midnight UTC the Helsinki date is already the UTC date.
    ["midnight UTC is 03:00 EEST", Date.UTC(2022, 3, 26, 0, 0), "2022-04-26"],
    ["23:59 UTC is 02:59 EEST the next day", Date.UTC(2022, 3, 25, 23, 59), "2022-04-26"],
    // Kiritimati (UTC+14) is a calendar day ahead of Helsinki for most of the day.
    [
      "10:00 UTC is 13:00 EEST (Kiritimati local time is already 26 April 00:00)",
      Date.UTC(2022, 3, 25, 10, 0),
      "2022-04-25",
    ],
    ["the closing time of the 2022 call", CLOSES_2022, "2022-04-25"],
  ])("%s: %s", (_, epochMs, expected) => {
    expect(helsinkiDate(epochMs)).toBe(expected);
  });
});

describe("compareDates", () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ["2024-09-30", "2024-10-01", -1],
    ["2024-10-01", "2024-09-30", 1],
    ["2024-09-30", "2024-09-30", 0],
    ["2023-12-31", "2024-01-01", -1],
  ])("compareDates(%s, %s) is %i", (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
});
