import { describe, expect, it } from "vitest";
import { parseDecisionTerms } from "../../src/award/parseTerms.js";
import type { DecisionTerms } from "../../src/award/types.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const edit = (change: (t: Record<string, unknown>) => unknown): unknown => {
  const t = structuredClone(terms) as unknown as Record<string, unknown>;
  change(t);
  return t;
};
const issues = (input: unknown, locale: "fi" | "sv" | "en" = "en") => {
  const r = parseDecisionTerms(input, { locale });
  return r.success ? [] : r.issues;
};

describe("parseDecisionTerms", () => {
  it("reads the standard terms as they are, and amounts given as numbers canonically", () => {
    expect(parseDecisionTerms(terms)).toEqual({ success: true, data: terms });
    const r = parseDecisionTerms(edit((t) => (t["maximum"] = 102000)));
    expect(r.success && r.data.maximum).toBe("102000.00");
  });

  it.each([
    [
      "a rate above the edition's",
      (t: Record<string, unknown>): unknown => (t["rate"] = "0.86"),
      ["rate"],
      "terms.rateAboveMaximum",
      {
        fi: "Avustuksen osuus 0.86 ylittää haun 2022 enimmäisosuuden 0.85 hyväksyttävistä kustannuksista (893/2019 4 §).",
        sv: "Understödets andel 0.86 överstiger ansökningsomgångens 2022 maximiandel 0.85 av de godtagbara kostnaderna (893/2019 4 §).",
        en: "The grant's share 0.86 exceeds the maximum share 0.85 of eligible costs of the 2022 call (893/2019 4 §).",
      },
    ],
    [
      "a maximum a cent above the share",
      (t: Record<string, unknown>): unknown => (t["maximum"] = "102000.01"),
      ["maximum"],
      "terms.maximumAboveShare",
      {
        fi: "Enimmäismäärä 102\u00a0000,01\u00a0€ ylittää osuuden hyväksyttävistä kustannuksista, 102\u00a0000,00\u00a0€ (688/2001 11 § 3 mom. 2 k.).",
        sv: "Maximibeloppet 102\u00a0000,01\u00a0€ överstiger andelen av de godtagbara kostnaderna, 102\u00a0000,00\u00a0€ (688/2001 11 § 3 mom. 2 punkten).",
        en: "The maximum €102,000.01 exceeds the share of the eligible costs, €102,000.00 (688/2001 s. 11(3)(2)).",
      },
    ],
    [
      "a period that ends before it starts",
      (t: Record<string, unknown>): unknown => (t["period"] = { start: "2024-10-01", end: "2024-09-30" }),
      ["period"],
      "terms.periodReversed",
      {
        fi: "Käyttöaika alkaa 1.10.2024 vasta päättymisensä 30.9.2024 jälkeen.",
        sv: "Användningstiden börjar 1.10.2024, efter att den slutar 30.9.2024.",
        en: "The period of use starts on 1 October 2024, after its end on 30 September 2024.",
      },
    ],
    [
      "instalments above the maximum",
      (t: Record<string, unknown>) =>
        (t["payment"] = {
          scheme: "instalments",
          instalments: [
            { due: "2022-07-01", amount: "60000.00" },
            { due: "2023-07-01", amount: "42000.01" },
          ],
          advance: "0.00",
        }),
      ["payment", "instalments"],
      "terms.instalmentsAboveMaximum",
      {
        fi: "Maksuerät ovat yhteensä 102\u00a0000,01\u00a0€, enemmän kuin enimmäismäärä 102\u00a0000,00\u00a0€.",
        sv: "Utbetalningsposterna är sammanlagt 102\u00a0000,01\u00a0€, mer än maximibeloppet 102\u00a0000,00\u00a0€.",
        en: "The instalments add up to €102,000.01, more than the maximum €102,000.00.",
      },
    ],
    [
      "an advance above the maximum",
      (t: Record<string, unknown>): unknown =>
        (t["payment"] = { scheme: "afterReport", instalments: [], advance: "102000.01" }),
      ["payment", "advance"],
      "terms.advanceAboveMaximum",
      {
        fi: "Ennakko 102\u00a0000,01\u00a0€ on suurempi kuin enimmäismäärä 102\u00a0000,00\u00a0€.",
        sv: "Förskottet 102\u00a0000,01\u00a0€ är större än maximibeloppet 102\u00a0000,00\u00a0€.",
        en: "The advance €102,000.01 is more than the maximum €102,000.00.",
      },
    ],
    [
      "instalments under the after-report scheme",
      (t: Record<string, unknown>) =>
        (t["payment"] = {
          scheme: "afterReport",
          instalments: [{ due: "2022-07-01", amount: "1.00" }],
          advance: "0.00",
        }),
      ["payment", "instalments"],
      "terms.instalmentsAfterReport",
      {
        fi: "Kun avustus maksetaan toteutuneiden kustannusten perusteella selvityksen jälkeen (688/2001 12 § 2 mom.), maksueriä ei anneta.",
        sv: "När understödet betalas på grundval av de faktiska kostnaderna efter redovisningen (688/2001 12 § 2 mom.) anges inga poster.",
        en: "When the grant is paid on realised costs after the report (688/2001 s. 12(2)), no instalments are given.",
      },
    ],
    [
      "an ineligible category",
      (t: Record<string, unknown>): unknown => (t["categories"] = ["staff", "equipment"]),
      ["categories", 1],
      "terms.categoryNotInEdition",
      {
        fi: "Kustannuslaji equipment ei ole hyväksyttävä haussa 2022 (893/2019 5 §).",
        sv: "Kostnadsslaget equipment är inte godtagbart i ansökningsomgången 2022 (893/2019 5 §).",
        en: "The cost category equipment is not eligible in the 2022 call (893/2019 5 §).",
      },
    ],
  ] as const)("%s", (_, change, path, code, messages) => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const found = issues(edit(change), locale);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ path, code, message: messages[locale] });
    }
  });

  it("takes the maximum at exactly the share, and the instalments and advance at exactly the maximum", () => {
    const t = edit(
      (t) =>
        (t["payment"] = {
          scheme: "instalments",
          instalments: [{ due: "2022-07-01", amount: "102000.00" }],
          advance: "102000.00",
        }),
    );
    expect(issues(t)).toEqual([]);
  });

  it.each([
    ["reportMonths 0", (t: Record<string, unknown>): unknown => (t["reportMonths"] = 0), ["reportMonths"]],
    ["reportMonths 61", (t: Record<string, unknown>): unknown => (t["reportMonths"] = 61), ["reportMonths"]],
    ["reportMonths 1.5", (t: Record<string, unknown>): unknown => (t["reportMonths"] = 1.5), ["reportMonths"]],
    ["a missing decision date", (t: Record<string, unknown>): unknown => delete t["decidedOn"], ["decidedOn"]],
    ["an unknown edition", (t: Record<string, unknown>): unknown => (t["edition"] = "2023"), ["edition"]],
    ["an unknown field", (t: Record<string, unknown>): unknown => (t["extra"] = 1), []],
    ["a date past 9984", (t: Record<string, unknown>): unknown => (t["decidedOn"] = "9985-01-01"), ["decidedOn"]],
  ] as const)("refuses %s with a path", (_, change, path) => {
    const found = issues(edit(change));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.path).toEqual(path);
  });

  it("accepts reportMonths from 1 to 60 and null", () => {
    for (const m of [1, 60, null]) expect(issues(edit((t) => (t["reportMonths"] = m)))).toEqual([]);
  });

  // The timeline counts ten years and a report deadline from these dates (688/2001 28–29 §): 9984-12-31 is the last.
  const late = (field: string, input: string) => ({
    path: field.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
    code: "application.invalid",
    params: { field, input },
    message: `The value ${input} of ${field} is invalid.`,
  });
  it.each([
    ["the decision date", (t: Record<string, unknown>): unknown => (t["decidedOn"] = "9985-01-01"), ["decidedOn"]],
    [
      "the start and end of the period",
      (t: Record<string, unknown>): unknown => (t["period"] = { start: "9985-01-01", end: "9985-01-01" }),
      ["period.start", "period.end"],
    ],
    [
      "an instalment's due date",
      (t: Record<string, unknown>): unknown =>
        (t["payment"] = {
          scheme: "instalments",
          instalments: [
            { due: "2022-07-01", amount: "1.00" },
            { due: "9985-01-01", amount: "1.00" },
          ],
          advance: "0.00",
        }),
      ["payment.instalments.1.due"],
    ],
  ] as const)("refuses %s past 9984-12-31, each at its own path, in full", (_, change, fields) => {
    expect(issues(edit(change))).toEqual(fields.map((f) => late(f, "9985-01-01")));
  });

  it("accepts 9984-12-31 itself, and a period of one day", () => {
    expect(issues(edit((t) => (t["period"] = { start: "2022-08-01", end: "9984-12-31" })))).toEqual([]);
    expect(issues(edit((t) => (t["period"] = { start: "2024-09-30", end: "2024-09-30" })))).toEqual([]);
  });

  it("never throws: not an object, a hostile object, a bad locale", () => {
    expect(issues(null)[0]!.code).toBe("terms.notAnObject");
    expect(issues([])[0]!.code).toBe("terms.notAnObject");
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(() => parseDecisionTerms(hostile)).not.toThrow();
    expect(parseDecisionTerms(hostile).success).toBe(false);
    const r = parseDecisionTerms(terms, { locale: "de" as never });
    expect(r.success ? null : r.issues[0]!.code).toBe("terms.invalidOption");
  });

  it("leaves its input as it was", () => {
    const input = structuredClone(terms) as DecisionTerms;
    parseDecisionTerms(input);
    expect(input).toEqual(terms);
  });
});

describe("docs/schema/decision-terms.schema.json", () => {
  it("is what scripts/docs-schema.ts writes, and validates the standard terms", async () => {
    const { readFileSync } = await import("node:fs");
    const { TERMS_SCHEMA_FILE_URL, renderTermsSchemaFile } = await import("../../scripts/docs-schema.js");
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const formats = (await import("ajv-formats")).default as unknown as { default?: (a: unknown) => void };
    const committed = readFileSync(TERMS_SCHEMA_FILE_URL, "utf8");
    expect(committed).toBe(renderTermsSchemaFile());
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    (formats.default ?? (formats as unknown as (a: unknown) => void))(ajv);
    const validate = ajv.compile(JSON.parse(committed));
    expect(validate(terms), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...terms, reportMonths: 0 })).toBe(false);
    expect(validate({ ...terms, payment: { ...terms.payment, scheme: "lumpSum" } })).toBe(false);
  });
});
