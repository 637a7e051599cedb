import { describe, expect, it } from "vitest";
import { LOCALES, assessReport, settle } from "../../src/index.js";
import { report2022, terms2022 } from "./reportFixtures.js";

const paid = (amount: string) => [{ on: "2022-09-01", amount }];

describe("settle", () => {
  it("gives the final grant, the balance and each line's treatment with its provision", () => {
    const report = report2022({
      costs: [
        { category: "staff", amount: "40000.00", date: "2023-03-31", party: "444" },
        { category: "equipment", amount: "5000.00", date: "2023-03-31", party: "444" },
        { category: "staff", amount: "1000.00", date: "2024-10-01", party: "049" },
      ],
    });
    const s = settle(terms2022(), report, paid("20000.00"), { locale: "en" });
    if (!s.success) throw new Error("no settlement");
    expect(s.data).toMatchObject({
      acceptedCosts: "40000.00",
      excludedCosts: "6000.00",
      byRate: "34000.00",
      finalGrant: "34000.00",
      limitedBy: "rate",
      rounding: { unit: "cent", mode: "down" },
      paid: "20000.00",
      toPay: "14000.00",
      outcome: "pay",
      messageCode: "settlement.pay",
      message: "The final grant is €34,000.00; €20,000.00 has been paid, so €14,000.00 is to be paid.",
    });
    expect(s.data.lines.map((l) => [l.treatment, l.citation])).toEqual([
      ["accepted", "893/2019 4–5 §"],
      ["categoryNotCounted", "688/2001 11 § 3 mom. 1 k.; 893/2019 5 §"],
      ["outsidePeriod", "688/2001 11 § 3 mom. 4 k."],
    ]);
    expect(s.data.lines[2]!.message).toBe(
      "Cost 3 (€1,000.00) arose on 1 October 2024, outside the period of use 15 June 2022–30 September 2024, so it is not accepted.",
    );
  });

  it.each([
    [
      "fi",
      "Lopullinen avustus on 84\u00a0900,00\u00a0€; maksettu 85\u00a0000,00\u00a0€. Liikaa maksettu 100,00\u00a0€ on enintään 100,00\u00a0€, joten se jätetään palauttamatta.",
    ],
    [
      "sv",
      "Det slutliga understödet är 84\u00a0900,00\u00a0€; betalt 85\u00a0000,00\u00a0€. De 100,00\u00a0€ som betalats för mycket är högst 100,00\u00a0€ och lämnas därför utan återbetalning.",
    ],
    [
      "en",
      "The final grant is €84,900.00; €85,000.00 has been paid. The €100.00 overpaid is at most €100.00, so it is left unreclaimed.",
    ],
  ] as const)("leaves 100,00 € unreclaimed by default, and says so (%s)", (locale, message) => {
    const report = report2022({ costs: [{ category: "staff", amount: "99882.36", date: "2023-03-31" }] });
    const s = settle(terms2022(), report, paid("85000.00"), { locale });
    expect(s.success && [s.data.outcome, s.data.unreclaimed, s.data.toReturn, s.data.message]).toEqual([
      "leftUnreclaimed",
      "100.00",
      "0.00",
      message,
    ]);
    expect(s.success && s.data.citation).toContain("688/2001 20 § 1 mom. (1113/2018)");
  });

  it("reclaims 100,00 € when the option says so, and names the threshold", () => {
    const report = report2022({ costs: [{ category: "staff", amount: "99882.36", date: "2023-03-31" }] });
    const s = settle(terms2022(), report, paid("85000.00"), { locale: "en", leaveUnreclaimed: false });
    expect(s.success && [s.data.outcome, s.data.toReturn, s.data.messageCode]).toEqual([
      "return",
      "100.00",
      "settlement.returnAtMostThreshold",
    ]);
  });

  it("applies 10 € to a grant made before 1.1.2019 (1113/2018: earlier grants keep the old text)", () => {
    const report = report2022({ costs: [{ category: "staff", amount: "99882.36", date: "2023-03-31" }] });
    const s = settle(terms2022({ decidedOn: "2018-12-31" }), report, paid("85000.00"));
    expect(s.success && [s.data.threshold, s.data.outcome, s.data.toReturn]).toEqual(["10.00", "return", "100.00"]);
    const t = settle(terms2022({ decidedOn: "2019-01-01" }), report, paid("85000.00"));
    expect(t.success && [t.data.threshold, t.data.outcome]).toEqual(["100.00", "leftUnreclaimed"]);
  });

  it("is even when exactly the final grant was paid", () => {
    const s = settle(terms2022(), report2022(), paid("85000.00"), { locale: "en" });
    expect(s.success && [s.data.outcome, s.data.toPay, s.data.excess, s.data.message]).toEqual([
      "even",
      "0.00",
      "0.00",
      "The final grant is €85,000.00, and it has been paid in full.",
    ]);
  });

  it("deducts income only where the terms say so, never below zero", () => {
    const report = report2022({ income: "150000.00" });
    const s = settle(terms2022(), report, []);
    expect(s.success && [s.data.incomeDeducted, s.data.byRate, s.data.finalGrant]).toEqual([
      "100000.00",
      "0.00",
      "0.00",
    ]);
    const t = settle(terms2022({ income: "noEffect" }), report, []);
    expect(t.success && [t.data.incomeDeducted, t.data.finalGrant]).toEqual(["0.00", "85000.00"]);
  });

  it("keeps the grant with other aid within the costs, and at zero when the aid covers them", () => {
    const s = settle(terms2022(), report2022({ otherPublicAid: "120000.00" }), paid("10000.00"));
    expect(s.success && [s.data.byOtherAid, s.data.finalGrant, s.data.limitedBy, s.data.toReturn]).toEqual([
      "0.00",
      "0.00",
      "otherAid",
      "10000.00",
    ]);
  });

  it("gives a line without a party to the applicant and one of a key no party answers to its own row", () => {
    const report = report2022({
      costs: [
        { category: "staff", amount: "10000.00", date: "2023-03-31" },
        { category: "staff", amount: "10000.00", date: "2023-03-31", party: "091" },
        { category: "staff", amount: "10000.00", date: "2023-03-31", party: "049" },
      ],
    });
    const s = settle(terms2022(), report, []);
    expect(s.success && s.data.parties.map((p) => [p.key, p.role, p.name, p.acceptedCosts, p.share])).toEqual([
      ["444", "applicant", "Lohja", "10000.00", "8500.00"],
      ["049", "participant", "Espoo", "10000.00", "8500.00"],
      ["091", "unnamed", "091", "10000.00", "8500.00"],
    ]);
  });

  it("gives the cent of a tie to the party named first", () => {
    const report = report2022({
      costs: [
        { category: "staff", amount: "0.01", date: "2023-03-31", party: "444" },
        { category: "staff", amount: "0.01", date: "2023-03-31", party: "049" },
      ],
    });
    // 0.85 × 0.02 = 0.017 → 0.01 (down); the one cent goes to Lohja, named first.
    const s = settle(terms2022(), report, []);
    expect(s.success && s.data.parties.map((p) => p.share)).toEqual(["0.01", "0.00"]);
  });

  it.each(LOCALES)("refuses bad payments, options and reports with coded issues, never throwing (%s)", (locale) => {
    const bad = settle(terms2022(), report2022(), [{ on: "2022-02-30", amount: "1.00" }], { locale });
    expect(!bad.success && bad.issues.map((i) => [i.code, i.path])).toEqual([
      ["settlement.invalidPayments", ["payments", 0, "on"]],
    ]);
    const option = settle(terms2022(), report2022(), [], { locale, leaveUnreclaimed: "yes" as never });
    expect(!option.success && option.issues[0]!.code).toBe("settlement.invalidOption");
    const report = settle(terms2022(), { costs: [{ category: "staff" }] } as never, [], { locale });
    expect(!report.success && report.issues.map((i) => i.path)).toEqual([
      ["report", "costs", 0, "amount"],
      ["report", "costs", 0, "date"],
    ]);
    for (const i of [...(bad.success ? [] : bad.issues), ...(report.success ? [] : report.issues)])
      expect(i.message.length).toBeGreaterThan(10);
  });

  it("names the payment at fault: the list, an entry, its date or its amount", () => {
    const cases = [
      [{ on: "2022-09-01" }, ["payments"], "payments"],
      [[{ on: "2022-09-01", amount: "1.00" }, 5], ["payments", 1], "payments[1]"],
      [[{ on: "2022-09-01", amount: "1.001" }], ["payments", 0, "amount"], "payments[0].amount"],
    ] as const;
    for (const [payments, path, field] of cases) {
      const s = settle(terms2022(), report2022(), payments as never, { locale: "en" });
      expect(!s.success && [s.issues[0]!.path, s.issues[0]!.params, s.issues[0]!.message]).toEqual([
        path,
        { field },
        `The payments are not valid: the field ${field} is invalid (expected a list of { on, amount }).`,
      ]);
    }
  });

  it("names the option leaveUnreclaimed and what it takes", () => {
    const s = settle(terms2022(), report2022(), [], { locale: "en", leaveUnreclaimed: 1 as never });
    expect(!s.success && [s.issues[0]!.path, s.issues[0]!.params, s.issues[0]!.message]).toEqual([
      ["options", "leaveUnreclaimed"],
      { option: "leaveUnreclaimed", expected: "true | false" },
      "The option leaveUnreclaimed is invalid: expected true | false.",
    ]);
  });

  it("reports, in Finnish, options whose reading throws", () => {
    const options = {
      get locale(): never {
        throw new Error("boom");
      },
    };
    const s = settle(terms2022(), report2022(), [], options);
    expect(!s.success && s.issues).toEqual([
      {
        path: ["options", "locale"],
        code: "settlement.invalidOption",
        params: { option: "locale", expected: '"fi" | "sv" | "en"' },
        message: 'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
      },
    ]);
  });

  it("states the amount to return in its message", () => {
    const report = report2022({ costs: [{ category: "staff", amount: "50000.00", date: "2023-03-31" }] });
    const s = settle(terms2022(), report, paid("85000.00"), { locale: "en" });
    expect(s.success && [s.data.toReturn, s.data.params, s.data.message]).toEqual([
      "42500.00",
      { finalGrant: "42500.00", paid: "85000.00", amount: "42500.00", threshold: "100.00" },
      "The final grant is €42,500.00; €85,000.00 has been paid, so €42,500.00 is to be returned without delay.",
    ]);
  });

  it("finds the applicant's row wherever the terms list it, and gives a line a row of its own without one", () => {
    const base = terms2022();
    const [lohja, espoo] = base.recipients.parties;
    const reordered = terms2022({ recipients: { model: "joint", parties: [espoo!, lohja!] } });
    const report = report2022({ costs: [{ category: "staff", amount: "100.00", date: "2023-03-31" }] });
    const s = settle(reordered, report, []);
    expect(s.success && s.data.parties.map((p) => [p.name, p.acceptedCosts])).toEqual([
      ["Espoo", "0.00"],
      ["Lohja", "100.00"],
    ]);
  });

  it("gives a line without a party a row of its own when the terms name no applicant", () => {
    const none = terms2022({ recipients: { model: "joint", parties: [] } });
    const report = report2022({ costs: [{ category: "staff", amount: "100.00", date: "2023-03-31" }] });
    const s = settle(none, report, []);
    expect(s.success && s.data.parties).toEqual([
      { key: null, role: "unnamed", type: null, name: "—", acceptedCosts: "100.00", share: "85.00" },
    ]);
  });

  it("orders ties by party order past ten parties (the split's keys are padded)", () => {
    // Eleven rows: the two parties of the terms and nine keys no party answers to, one cent each;
    // 0.85 × 0.11 € = 0.0935 € → 0.09 €: the nine cents go to the first nine rows.
    const keys = ["444", "049", "091", "092", "106", "109", "140", "143", "145", "146", "148"];
    const report = report2022({
      costs: keys.map((party) => ({ category: "staff" as const, amount: "0.01", date: "2023-03-31", party })),
    });
    const s = settle(terms2022(), report, []);
    expect(s.success && s.data.parties.map((p) => p.share)).toEqual([
      ...Array.from({ length: 9 }, () => "0.01"),
      "0.00",
      "0.00",
    ]);
  });

  it("refuses options that are not an object at the path options", () => {
    for (const options of [5, "en", null]) {
      const s = settle(terms2022(), report2022(), [], options as never);
      expect(!s.success && [s.issues[0]!.code, s.issues[0]!.path]).toEqual(["settlement.invalidOption", ["options"]]);
    }
    const r = assessReport(terms2022(), report2022(), 5 as never);
    expect([r.status, r.issues[0]!.code, r.issues[0]!.path]).toEqual(["invalid", "report.invalidOption", ["options"]]);
  });

  it("checks the terms with parseDecisionTerms, their issues' paths led by terms", () => {
    const s = settle(terms2022({ rate: "0.90" }), report2022(), [], { locale: "en" });
    expect(!s.success && s.issues.map((i) => [i.code, i.path])).toEqual([
      ["terms.rateAboveMaximum", ["terms", "rate"]],
    ]);
  });

  it("refuses a locale it does not know, in Finnish, and never throws on hostile input", () => {
    const s = settle(terms2022(), report2022(), [], { locale: "de" as never });
    expect(!s.success && [s.issues[0]!.code, s.issues[0]!.message]).toEqual([
      "settlement.invalidOption",
      'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
    ]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    for (const args of [
      [hostile, report2022(), []],
      [terms2022(), hostile, []],
      [terms2022(), report2022(), hostile],
      [null, undefined, 5],
    ] as const)
      expect(() => settle(...(args as unknown as Parameters<typeof settle>))).not.toThrow();
    expect(settle(null as never, report2022(), []).success).toBe(false);
  });
});
