import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/vocabulary/locale.js";
import { formatDate, formatHelsinkiTime } from "../../src/time/format.js";

describe("formatDate", () => {
  it.each<[string, Locale, string]>([
    ["2024-09-30", "fi", "30.9.2024"],
    ["2024-09-30", "sv", "30.9.2024"],
    ["2024-09-30", "en", "30 September 2024"],
    ["2022-01-05", "fi", "5.1.2022"],
    ["2022-01-05", "en", "5 January 2022"],
    ["2022-12-25", "sv", "25.12.2022"],
    ["2022-12-25", "en", "25 December 2022"],
    // A year before 1000 is written without its leading zeros.
    ["0987-03-01", "fi", "1.3.987"],
    ["0000-01-01", "en", "1 January 0"],
  ])("formatDate(%s, %s) is %s", (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
});

describe("formatHelsinkiTime", () => {
  const closes2022 = Date.UTC(2022, 3, 25, 13, 15);
  it.each<[string, number, Locale, string]>([
    ["the 2022 closing time", closes2022, "fi", "25.4.2022 klo 16.15"],
    ["the 2022 closing time", closes2022, "sv", "25.4.2022 kl. 16.15"],
    ["the 2022 closing time", closes2022, "en", "25 April 2022 at 16:15 Finnish time"],
    ["a winter time (EET)", Date.UTC(2019, 11, 19, 14, 15), "fi", "19.12.2019 klo 16.15"],
    ["a winter time (EET)", Date.UTC(2019, 11, 19, 14, 15), "en", "19 December 2019 at 16:15 Finnish time"],
    [
      "just after midnight Helsinki, still the previous day in UTC",
      Date.UTC(2022, 3, 25, 21, 5),
      "fi",
      "26.4.2022 klo 0.05",
    ],
    ["a morning hour, without a leading zero", Date.UTC(2022, 3, 26, 6, 5), "fi", "26.4.2022 klo 9.05"],
    ["a morning hour, without a leading zero", Date.UTC(2022, 3, 26, 6, 5), "sv", "26.4.2022 kl. 9.05"],
    ["a morning hour, without a leading zero", Date.UTC(2022, 3, 26, 6, 5), "en", "26 April 2022 at 9:05 Finnish time"],
    ["seconds are not shown", Date.UTC(2022, 3, 25, 13, 15, 59, 999), "fi", "25.4.2022 klo 16.15"],
    ["the first 03:30 of the autumn overlap", Date.UTC(2022, 9, 30, 0, 30), "fi", "30.10.2022 klo 3.30"],
    ["the second 03:30 of the autumn overlap", Date.UTC(2022, 9, 30, 1, 30), "fi", "30.10.2022 klo 3.30"],
  ])("%s in %s: %s", (_, epochMs, locale, expected) => {
    expect(formatHelsinkiTime(epochMs, locale)).toBe(expected);
  });
});
