import { describe, expect, it } from "vitest";
import { formatAssessmentMessage } from "../../src/messages/assessment.js";
import { catalogue, formatMessage } from "../../src/messages/catalogue.js";
import { LOCALES } from "../../src/vocabulary/locale.js";

// `parseApplication` and `assess` format from their own part of the catalogue (so that a bundle of
// `assess` leaves the allocation and diff texts out); the texts must be the catalogue's.
describe("the assessment's messages", () => {
  const codes = Object.keys(catalogue).filter((c) =>
    /^(money|time|businessId|application|assess|applicant|consortium|deadline|focusArea|exclusion|costs|grant|period|contents)\./.test(
      c,
    ),
  );

  it("cover the input contract, the kernels and every rule family", () => {
    expect(codes.length).toBeGreaterThan(60);
    expect(codes).toContain("grant.withinMaximum.overRequested");
    expect(codes).toContain("application.required");
    expect(codes).toContain("money.negative");
  });

  it.each(LOCALES)("give the catalogue's text for every code and the same parameters (%s)", (locale) => {
    const params = {
      field: "budget.lines[0].amount",
      input: "-1.00",
      expected: "string",
      options: ["a", "b"],
      limit: 3,
    };
    for (const code of codes) {
      let expected: string;
      try {
        expected = formatMessage(code as never, params as never, locale);
      } catch {
        continue; // a message whose parameters this probe does not provide
      }
      expect(formatAssessmentMessage(code as never, params as never, locale)).toBe(expected);
    }
  });
});
