import { describe, expectTypeOf, it } from "vitest";
import type { Cited, LocalizedText, NotFound } from "../../src/editions/cited.js";
import type { CallEdition } from "../../src/editions/schema.js";

describe("cited node types", () => {
  it("a note is a text in Finnish, Swedish and English", () => {
    expectTypeOf<Cited<string>["note"]>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf<NotFound["note"]>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<NonNullable<CallEdition["period"]["latestEnd"]["note"]>>().toEqualTypeOf<LocalizedText>();
  });

  it("a note of one language only is a type error", () => {
    // @ts-expect-error: English alone is no longer a note
    const english: NotFound = { value: null, citation: "893/2019 4 §", certainty: "notFound", note: "Not found." };
    expectTypeOf(english).toEqualTypeOf<NotFound>();
  });
});
