import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";

// Issue #15: an unknown locale was silently read as Finnish; it is now a coded issue, worded in Finnish.
describe("parseApplication with a locale it does not know", () => {
  it.each([["de"], [""], [null], [42]])("refuses %j with a coded issue instead of throwing", (locale) => {
    const r = parseApplication({ edition: "2022" }, { locale: locale as never });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.path, i.code, i.message])).toEqual([
        [
          ["options", "locale"],
          "application.invalidOption",
          `Kentän options.locale arvo ${JSON.stringify(locale)} ei ole sallittu. Sallitut arvot: fi, sv, en.`,
        ],
      ]);
    }
  });

  it("takes an absent locale as Finnish", () => {
    const r = parseApplication({ edition: "2022" }, { locale: undefined as never });
    expect(r.success ? "" : r.issues[0]?.message).toBe("Kenttä applicant puuttuu.");
  });
});
