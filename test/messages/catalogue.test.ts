import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue, formatMessage } from "../../src/messages/catalogue.js";
import { LOCALES, type Locale } from "../../src/vocabulary/locale.js";

// Which parameters are lists: every `name: readonly string[]` declared in a message family file.
// A few names are a list in one message and a single value in another (`mergedOn`).
const messagesDir = new URL("../../src/messages/", import.meta.url);
const LIST_KEYS = new Set<string>();
const SINGLE_KEYS = new Set<string>();
for (const file of readdirSync(messagesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
  const source = readFileSync(new URL(file, messagesDir), "utf8");
  for (const m of source.matchAll(/readonly (\w+)\??:\s*(readonly string\[\])?/g))
    (m[2] ? LIST_KEYS : SINGLE_KEYS).add(m[1]!);
}

// Parameters that a message formats, and so must have their format: Helsinki instants, calendar
// dates and rates. Add a name here when a new message formats a parameter of its own.
const SAMPLES: Readonly<Record<string, string>> = {
  closesAt: "2022-04-25T16:15:00+03:00",
  opensAt: "2022-02-18T08:00:00+02:00",
  submittedAt: "2022-04-25T15:30:00+03:00",
  start: "2022-09-01",
  end: "2024-09-30",
  latestEnd: "2024-09-30",
  date: "2022-06-15",
  mergedOn: "2021-01-01",
  submittedOn: "2024-12-16",
  lapsesAfter: "2024-12-30",
  received: "2024-12-02",
  on: "2022-06-14",
  decidedOn: "2022-06-15",
  due: "2023-01-31",
  current: "2024-09-30",
  at: "2024-10-15",
  rate: "0.85",
  share: "0.8333",
  factor: "0.862",
  percent: "0.85",
};

/**
 * Parameters that answer any name: the sample for a formatted parameter, `"X"` for any other,
 * and a one-element list for list parameters (or, with `listsAsSingle`, for none of the names
 * that are also single values elsewhere). A text that forgets a parameter shows "undefined".
 */
function anyParams(listsAsSingle: boolean): object {
  return new Proxy(
    {},
    {
      get: (_, key) => {
        if (typeof key !== "string") return undefined;
        const sample = SAMPLES[key] ?? "X";
        const list = LIST_KEYS.has(key) && !(listsAsSingle && SINGLE_KEYS.has(key));
        return list ? [sample] : sample;
      },
      has: (_, key) => typeof key === "string",
    },
  );
}

// Texts made only of other, already translated texts, the same in every language by design.
const LANGUAGE_NEUTRAL = new Set(["compare.summary"]);

const codes = Object.keys(catalogue) as (keyof typeof catalogue)[];

const GARBAGE = /\bundefined\b|\bNaN\b|\[object|\bnull\b/;

/** The text of a code in a language; a name that is a list elsewhere is tried as a single value too. */
function render(code: keyof typeof catalogue, locale: Locale): string {
  const entry = catalogue[code] as unknown as Record<Locale, (p: unknown) => string>;
  try {
    const text = entry[locale](anyParams(false));
    if (!GARBAGE.test(text)) return text;
  } catch {
    // tried again below, with the ambiguous names as single values
  }
  return entry[locale](anyParams(true));
}

describe("the message catalogue", () => {
  it("holds the kernel's codes, and list parameters were found", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["money.notAnAmount", "money.imprecise", "time.missingOffset", "businessId.checkDigit"]),
    );
    expect(LIST_KEYS.has("options")).toBe(true);
  });

  describe.each(codes)("%s", (code) => {
    it("has exactly the languages fi, sv and en", () => {
      expect(Object.keys(catalogue[code]).sort()).toEqual([...LOCALES].sort());
    });

    it.each(LOCALES)("renders in %s to a real sentence", (locale) => {
      const text = render(code, locale);
      expect(typeof text).toBe("string");
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(GARBAGE);
    });

    if (LANGUAGE_NEUTRAL.has(code)) {
      it("is language-neutral by design: the same text in every language", () => {
        expect(new Set(LOCALES.map((locale) => render(code, locale))).size).toBe(1);
      });
    } else {
      it("is translated: the Finnish and Swedish texts differ from the English one", () => {
        const entry = catalogue[code] as unknown as Record<Locale, (p: unknown) => string>;
        const en = render(code, "en");
        for (const locale of ["fi", "sv"] as const) {
          // A text looked up from its parameter (a field or outcome name) falls back to the
          // parameter itself for the sample "X"; then the language shows in the code instead.
          if (render(code, locale) === en) expect(String(entry[locale])).not.toBe(String(entry.en));
        }
      });
    }
  });

  it("formatMessage renders a kernel message with its parameters", () => {
    expect(formatMessage("money.negative", { input: "-1.00" }, "en")).toBe("-1.00: the amount cannot be negative.");
    expect(formatMessage("money.negative", { input: "-1.00", field: "budget[0].amount" }, "fi")).toBe(
      "budget[0].amount: -1.00: rahamäärä ei voi olla negatiivinen.",
    );
    expect(formatMessage("time.missingOffset", { input: "2022-04-25T16:15" }, "sv")).toBe(
      "2022-04-25T16:15: tidpunkten saknar tidszon (t.ex. +03:00 eller Z), så ögonblicket vore oklart.",
    );
  });
});
