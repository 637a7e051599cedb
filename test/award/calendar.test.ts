import { describe, expect, it } from "vitest";
import { endOfYearAfter, plusMonths, plusYears } from "../../src/award/calendar.js";

// The calendar arithmetic of the terms must not depend on the host's time zone: CI runs these cases
// under UTC, Pacific/Kiritimati and America/Los_Angeles (.ci/run). (A worker thread cannot change its
// zone: Node applies a new TZ to the main thread only.)
describe("calendar arithmetic of the terms", () => {
  it("adds months, keeping the day or taking the month's last", () => {
    expect(plusMonths("2024-09-30", 2)).toBe("2024-11-30");
    expect(plusMonths("2024-08-31", 1)).toBe("2024-09-30");
    expect(plusMonths("2024-01-01", 0)).toBe("2024-01-01");
    expect(plusMonths("2023-12-31", 2)).toBe("2024-02-29");
  });

  it("adds years, 29 February going to 28 February in a common year", () => {
    expect(plusYears("2024-02-29", 10)).toBe("2034-02-28");
    expect(plusYears("2022-06-15", 10)).toBe("2032-06-15");
    expect(plusYears("2022-01-01", 10)).toBe("2032-01-01");
  });

  it("gives the last day of the year some years after", () => {
    expect(endOfYearAfter("2022-06-15", 2)).toBe("2024-12-31");
    expect(endOfYearAfter("2022-01-01", 2)).toBe("2024-12-31");
    expect(endOfYearAfter("2022-12-31", 0)).toBe("2022-12-31");
  });
});
