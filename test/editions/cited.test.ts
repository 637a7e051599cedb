import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { cited, notFoundSchema } from "../../src/editions/cited.js";

const note = { fi: "Huomautus suomeksi.", sv: "Anmärkning på svenska.", en: "A note in English." };

describe("the zod schemas of cited nodes", () => {
  it("take a note in Finnish, Swedish and English", () => {
    expect(
      cited(z.string()).safeParse({ value: "x", citation: "893/2019 4 §", certainty: "inferred", note }).success,
    ).toBe(true);
    expect(
      notFoundSchema.safeParse({ value: null, citation: "893/2019 4 §", certainty: "notFound", note }).success,
    ).toBe(true);
  });

  it("reject a note in English only or with a language missing", () => {
    const node = { value: "x", citation: "893/2019 4 §", certainty: "inferred" } as const;
    expect(cited(z.string()).safeParse({ ...node, note: note.en }).success).toBe(false);
    expect(cited(z.string()).safeParse({ ...node, note: { fi: note.fi, en: note.en } }).success).toBe(false);
    expect(
      notFoundSchema.safeParse({ value: null, citation: "x", certainty: "notFound", note: { ...note, sv: "" } })
        .success,
    ).toBe(false);
  });
});
