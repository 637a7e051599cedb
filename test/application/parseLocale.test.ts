import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";

describe("parseApplication with a locale it does not know", () => {
  it.each([["de"], [""], [null], [42]])("falls back to Finnish for %j instead of throwing", (locale) => {
    const r = parseApplication({ edition: "2022" }, { locale: locale as never });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.message).toBe("Kenttä applicant puuttuu.");
  });
});
