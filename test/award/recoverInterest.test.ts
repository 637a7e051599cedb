// The interest arithmetic of 688/2001 24–25 § on its own: days, half-years, day counts, leap years.
import { describe, expect, it } from "vitest";
import type { ReferenceRate } from "../../src/award/rates.js";
import { RECOVERY_GROUNDS } from "../../src/award/recover.js";
import { daysBetween, interestPieces, plusDays } from "../../src/award/recoverInterest.js";

/** Constant 1 % half-years over the years given. */
const table = (years: readonly number[]): ReferenceRate[] =>
  years.flatMap((y) => {
    const yy = String(y).padStart(4, "0");
    return [
      { from: `${yy}-01-01`, to: `${yy}-06-30`, rate: "1", source: "test", certainty: "sourced" as const },
      { from: `${yy}-07-01`, to: `${yy}-12-31`, rate: "1", source: "test", certainty: "sourced" as const },
    ];
  });

describe("interestPieces", () => {
  it("counts both ends, splits at 30.6./1.7. and 31.12./1.1.", () => {
    const r = interestPieces("36500.00", "2023-06-30", "2024-01-01", 3, table([2023, 2024]), "actual/365");
    // 36500 × 4 % / 365 = 4.00 a day: 1 + 184 + 1 days
    expect("pieces" in r && r.pieces.map((p) => [p.from, p.to, p.days, p.amount])).toEqual([
      ["2023-06-30", "2023-06-30", 1, "4.00"],
      ["2023-07-01", "2023-12-31", 184, "736.00"],
      ["2024-01-01", "2024-01-01", 1, "4.00"],
    ]);
  });
  it("gives no piece when the last day is before the first", () => {
    expect(interestPieces("100.00", "2023-05-02", "2023-05-01", 3, table([2023]), "actual/365")).toEqual({
      pieces: [],
    });
  });
  it("names the first half-year the table lacks", () => {
    expect(interestPieces("100.00", "2023-05-02", "2024-02-01", 3, table([2023]), "actual/365")).toEqual({
      missing: "2024-01-01",
    });
  });
  it("reads a leap year by the Gregorian rule under actual/actual: 2000 and 2024 leap, 2100 and 2023 not", () => {
    // 3 660 000 € × 1 % for one day: over 366 days 100.00, over 365 days 100.2739… → 100.27
    const day = (date: string) => {
      const r = interestPieces("3660000.00", date, date, 0, table([Number(date.slice(0, 4))]), "actual/actual");
      return "pieces" in r ? r.pieces[0]!.amount : null;
    };
    expect([day("2000-03-01"), day("2024-03-01"), day("2100-03-01"), day("2023-03-01")]).toEqual([
      "100.00",
      "100.00",
      "100.27",
      "100.27",
    ]);
  });
  it("rounds each piece half up to the cent", () => {
    // 1 825 € × 1 % × 1 / 365 = 0.05 exactly; 912.50 € → 0.025 → 0.03; 876 € → 0.024 → 0.02
    const one = (base: string) => {
      const r = interestPieces(base, "2023-03-01", "2023-03-01", 0, table([2023]), "actual/365");
      return "pieces" in r ? r.pieces[0]!.amount : null;
    };
    expect([one("1825.00"), one("912.50"), one("876.00")]).toEqual(["0.05", "0.03", "0.02"]);
  });
  it("counts days the same across a year", () => {
    expect(daysBetween("2023-12-31", "2024-03-01")).toBe(61);
    expect(plusDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(plusDays("2024-03-01", -1)).toBe("2024-02-29");
  });
  it("counts the years 0000–0099 as themselves, not as 1900–1999", () => {
    expect(plusDays("0097-01-02", -1)).toBe("0097-01-01");
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(plusDays("0000-03-01", -1)).toBe("0000-02-29");
  });
});

describe("RECOVERY_GROUNDS", () => {
  it("cites every ground of 21 § and 22 § as amended by 1113/2018", () => {
    expect(RECOVERY_GROUNDS).toEqual({
      "21.1": "688/2001 21 § 1 k.",
      "21.2": "688/2001 21 § 2 k.",
      "21.3": "688/2001 21 § 3 k.",
      "21.4": "688/2001 21 § 4 k.",
      "22.1.1": "688/2001 22 § 1 mom. 1 k.",
      "22.1.2": "688/2001 22 § 1 mom. 2 k.",
      "22.1.3": "688/2001 22 § 1 mom. 3 k.",
      "22.1.4": "688/2001 22 § 1 mom. 4 k.",
      "22.1.5": "688/2001 22 § 1 mom. 5 k.",
      "22.1.6": "688/2001 22 § 1 mom. 6 k.",
      "22.1.7": "688/2001 22 § 1 mom. 7 k.",
      "22.2": "688/2001 22 § 2 mom. (1113/2018)",
      "22.4": "688/2001 22 § 4 mom. (1113/2018)",
    });
    expect(Object.isFrozen(RECOVERY_GROUNDS)).toBe(true);
  });
});
