import { expect, it } from "vitest";

// catalogue.ts builds the rules reference when it loads, and throws there for a rule without title and
// description. This file imports it inside the test, so that such a failure fails a test; a test file whose
// imports throw reports no test at all, which the mutation run would count as nothing failing.
it("loads, giving every rule of the library a title and description in fi, sv and en", async () => {
  const { ruleCatalogue } = await import("../../src/rules/catalogue.js");
  const { RULES } = await import("../../src/rules/registry.js");
  expect(ruleCatalogue.map((r) => r.id)).toEqual(RULES.map((r) => r.info.id));
  for (const r of ruleCatalogue) {
    expect(Object.keys(r.title), r.id).toEqual(["fi", "sv", "en"]);
    expect(Object.keys(r.description), r.id).toEqual(["fi", "sv", "en"]);
  }
});
