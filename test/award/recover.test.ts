import { describe, expect, it } from "vitest";
import { REFERENCE_RATES, readRates } from "../../src/award/rates.js";
import { RECOVERY_GROUNDS, recover } from "../../src/award/recover.js";
import type { RecoverOptions, RecoveryGroundCode } from "../../src/award/recoverTypes.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const paidOnce = [{ on: "2022-07-01", amount: "100000.00" }];

function ok(...args: Parameters<typeof recover>) {
  const r = recover(...args);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("the reference rates (korkolaki 633/1982 12 §)", () => {
  it("hold every half-year from 1.1.2019 to 30.6.2026 as call-facts §6.4 gives them, nothing after", () => {
    expect(REFERENCE_RATES[0]!.from).toBe("2019-01-01");
    expect(REFERENCE_RATES.at(-1)!.to).toBe("2026-06-30");
    expect(REFERENCE_RATES).toHaveLength(15);
    expect(REFERENCE_RATES.map((r) => [r.from, r.rate, r.certainty])).toEqual([
      ...["2019", "2020", "2021", "2022"].flatMap((y) => [
        [`${y}-01-01`, "0.0", "inferred"],
        [`${y}-07-01`, "0.0", "inferred"],
      ]),
      ["2023-01-01", "2.5", "sourced"],
      ["2023-07-01", "4.0", "inferred"],
      ["2024-01-01", "4.5", "sourced"],
      ["2024-07-01", "4.5", "sourced"],
      ["2025-01-01", "3.5", "sourced"],
      ["2025-07-01", "2.5", "inferred"],
      ["2026-01-01", "2.5", "sourced"],
    ]);
    for (const r of REFERENCE_RATES) expect(r.certainty === "inferred", r.from).toBe(r.note !== undefined);
    expect(Object.isFrozen(REFERENCE_RATES[0])).toBe(true);
    // The library's own table passes the checks a caller's table gets: consecutive half-years, each
    // with its rate, a source and a certainty; every source names korkolaki 12 §, a notice of Suomen Pankki or the page that quotes it.
    expect(readRates(REFERENCE_RATES)).toEqual({ rates: REFERENCE_RATES });
    for (const r of REFERENCE_RATES)
      expect(r.source, r.from).toMatch(/korkolaki 633\/1982 12 §|Suomen Pank|^https:\/\//);
  });
});

describe("interest under 24 § and late interest under 25 §, worked by hand", () => {
  it("splits 24 § interest at the half-year where the reference rate rises from 0,0 % to 2,5 %", () => {
    // 100 000,00 € paid 1.7.2022, due 30.6.2023 (the due day not counted), actual/365, half up per piece:
    //   1.7.–31.12.2022: 184 days × (0,0 + 3) %: 100000 × 0.03 × 184 / 365 = 1512.3287… → 1512.33
    //   1.1.–29.6.2023:  180 days × (2,5 + 3) %: 100000 × 0.055 × 180 / 365 = 2712.3287… → 2712.33
    //   interest 1512.33 + 2712.33 = 4224.66
    const r = ok(terms, paidOnce, [{ ground: "21.2" }], { at: "2023-03-01", dueOn: "2023-06-30" });
    expect(r.outcome).toBe("recover");
    expect(r.principal).toBe("100000.00");
    const pieces = r.payments[0]!.interest;
    expect(pieces.map((p) => [p.from, p.to, p.days, p.rate, p.amount, p.certainty])).toEqual([
      ["2022-07-01", "2022-12-31", 184, "3", "1512.33", "inferred"],
      ["2023-01-01", "2023-06-29", 180, "5.5", "2712.33", "sourced"],
    ]);
    expect(r.interest).toBe("4224.66");
    expect(r.lateInterest).toEqual([]);
    expect([r.rounding, r.citation]).toEqual([
      { unit: "cent", mode: "halfUp", per: "piece" },
      "688/2001 21–28 § (1113/2018); korkolaki 633/1982 4 § 1 mom., 12 §",
    ]);
    expect(r.total).toBe("104224.66");
    expect(r.due).toBe("104224.66");
  });

  it("counts late interest at the reference rate + 7 points from the day after the due day, across 1.7.2023", () => {
    // Due 30.6.2023, computed on 15.8.2023; 24 § interest as above (4224.66).
    //   late interest 1.7.–15.8.2023: 46 days × (4,0 + 7) %: 100000 × 0.11 × 46 / 365 = 1386.3013… → 1386.30
    //   total 100000.00 + 4224.66 + 1386.30 = 105610.96
    const r = ok(terms, paidOnce, [{ ground: "21.1" }], { at: "2023-08-15", dueOn: "2023-06-30" });
    expect(r.lateInterest.map((p) => [p.from, p.to, p.days, p.rate, p.amount])).toEqual([
      ["2023-07-01", "2023-08-15", 46, "11", "1386.30"],
    ]);
    expect(r.total).toBe("105610.96");
  });

  it("splits late interest across 1.1.2024 (4,0 % → 4,5 %) and counts actual/actual in a leap year", () => {
    // 20 000,00 € paid 1.3.2023, due 15.12.2023, computed on 31.1.2024, actual/actual:
    //   24 §, 1.3.–30.6.2023: 122 days × 5,5 %: 20000 × 0.055 × 122 / 365 = 367.6712… → 367.67
    //   24 §, 1.7.–14.12.2023: 167 days × 7,0 %: 20000 × 0.07 × 167 / 365 = 640.5479… → 640.55
    //   25 §, 16.12.–31.12.2023: 16 days × 11,0 %: 20000 × 0.11 × 16 / 365 = 96.4383… → 96.44
    //   25 §, 1.1.–31.1.2024: 31 days × 11,5 % over 366: 20000 × 0.115 × 31 / 366 = 194.8087… → 194.81
    const r = ok(terms, [{ on: "2023-03-01", amount: "20000.00" }], [{ ground: "21.3" }], {
      at: "2024-01-31",
      dueOn: "2023-12-15",
      dayCount: "actual/actual",
    });
    expect(r.payments[0]!.interest.map((p) => p.amount)).toEqual(["367.67", "640.55"]);
    expect(r.lateInterest.map((p) => [p.days, p.amount])).toEqual([
      [16, "96.44"],
      [31, "194.81"],
    ]);
    expect(r.lateInterestTotal).toBe("291.25");
    expect(r.total).toBe("21299.47");
  });

  it("takes a part from the latest payment first", () => {
    // 30 000 € of two payments (50 000 € on 1.7.2022, 40 000 € on 2.1.2023): 30 000 € of the second.
    //   2.1.–30.3.2023: 88 days × 5,5 %: 30000 × 0.055 × 88 / 365 = 397.8082… → 397.81
    const payments = [
      { on: "2023-01-02", amount: "40000.00" },
      { on: "2022-07-01", amount: "50000.00" },
    ];
    const r = ok(terms, payments, [{ ground: "21.4", amount: "30000.00" }], { at: "2023-03-31" });
    expect(r.payments.map((p) => [p.on, p.recovered, p.interestTotal])).toEqual([
      ["2022-07-01", "0.00", "0.00"],
      ["2023-01-02", "30000.00", "397.81"],
    ]);
    expect(r.principal).toBe("30000.00");
  });

  it("a half-year past the table is a coded issue, and a passed table fills it", () => {
    const r = recover(terms, paidOnce, [{ ground: "21.2" }], { at: "2026-08-01", locale: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]!.code).toBe("recovery.rateNotFound");
    expect(r.issues[0]!.message).toBe(
      "No reference rate for the half-year beginning 1 July 2026: pass it in the option rates.",
    );
    const rates = [
      ...REFERENCE_RATES,
      { from: "2026-07-01", to: "2026-12-31", rate: "2.0", source: "test", certainty: "sourced" as const },
    ];
    const filled = ok(terms, paidOnce, [{ ground: "21.2" }], { at: "2026-08-01", rates });
    expect(filled.payments[0]!.interest.at(-1)!.referenceRate).toBe("2.0");
  });
});

describe("the grounds as findings (688/2001 21–22 §)", () => {
  const cases: [RecoveryGroundCode, "fail" | "review", string][] = [
    ["21.1", "fail", "688/2001 21 § 1 k."],
    ["21.2", "fail", "688/2001 21 § 2 k."],
    ["21.3", "fail", "688/2001 21 § 3 k."],
    ["21.4", "fail", "688/2001 21 § 4 k."],
    ["22.1.3", "review", "688/2001 22 § 1 mom. 3 k."],
    ["22.2", "review", "688/2001 22 § 2 mom. (1113/2018)"],
  ];
  it.each(cases)("%s is %s, cited %s", (ground, outcome, citation) => {
    const r = ok(terms, paidOnce, [{ ground }], { at: "2022-09-01" });
    expect(r.findings[0]).toMatchObject({ ground, outcome, citation, certainty: "sourced" });
    expect(r.outcome).toBe(outcome === "fail" ? "recover" : "review");
  });
  it("every ground has a citation and a text in fi, sv and en", () => {
    for (const ground of Object.keys(RECOVERY_GROUNDS) as RecoveryGroundCode[]) {
      const texts = (["fi", "sv", "en"] as const).map(
        (locale) => ok(terms, paidOnce, [{ ground }], { at: "2022-09-01", locale }).findings[0]!.message,
      );
      expect(new Set(texts).size).toBe(3);
      for (const t of texts) expect(t).not.toContain(ground);
    }
  });
  it("words 21 § 2 k. in the statute's terms", () => {
    const at = { at: "2022-09-01" };
    expect(ok(terms, paidOnce, [{ ground: "21.2" }], { ...at, locale: "fi" }).findings[0]!.message).toBe(
      "Avustus on perittävä takaisin: saaja on käyttänyt avustuksen olennaisesti muuhun tarkoitukseen kuin se on myönnetty.",
    );
    expect(ok(terms, paidOnce, [{ ground: "21.2" }], { ...at, locale: "sv" }).findings[0]!.message).toBe(
      "Statsunderstödet ska återkrävas: mottagaren har använt statsunderstödet för ett väsentligen annat ändamål än det beviljats för.",
    );
    expect(ok(terms, paidOnce, [{ ground: "22.1.6" }], { ...at, locale: "en" }).findings[0]!.message).toBe(
      "The ministry may, at its discretion, recover the grant: the recipient has become subject to enforcement, liquidation, bankruptcy, restructuring or debt adjustment.",
    );
  });
  it("a 21 § ground with a 22 § ground is recovery; overlapping grounds recover the largest amount once", () => {
    const r = ok(
      terms,
      paidOnce,
      [
        { ground: "22.1.1", amount: "60000.00" },
        { ground: "21.2", amount: "40000.00", note: "laitehankinnat" },
      ],
      { at: "2022-07-01" },
    );
    expect(r.outcome).toBe("recover");
    expect(r.principal).toBe("60000.00");
    expect(r.findings[1]!.note).toBe("laitehankinnat");
    // Returned on the day paid: no interest.
    expect(r.interest).toBe("0.00");
  });
});

describe("the time limits of 688/2001 28 §", () => {
  const base: RecoverOptions = { at: "2032-07-01" };
  it("recovers on the tenth anniversary of the last payment and nothing one day after", () => {
    const rates = [
      ...REFERENCE_RATES,
      ...Array.from({ length: 12 }, (_, k) => {
        const year = 2026 + Math.floor((k + 1) / 2);
        const from = k % 2 === 0 ? `${year}-07-01` : `${year}-01-01`;
        const to = k % 2 === 0 ? `${year}-12-31` : `${year}-06-30`;
        return { from, to, rate: "2.5", source: "test", certainty: "inferred" as const, note: "test" };
      }),
    ];
    const on = ok(terms, paidOnce, [{ ground: "21.2" }], { ...base, rates });
    expect(on.outcome).toBe("recover");
    expect(on.limits.tenYearBar).toBe("2032-07-01");
    expect(on.findings.find((f) => f.ground === "28.2")!.outcome).toBe("pass");
    const after = ok(terms, paidOnce, [{ ground: "21.2" }], { ...base, at: "2032-07-02" });
    expect(after.outcome).toBe("barred");
    expect([after.principal, after.interest, after.total, after.due]).toEqual(["0.00", "0.00", "0.00", "0.00"]);
    expect(after.findings.find((f) => f.ground === "28.2")).toMatchObject({
      outcome: "fail",
      citation: "688/2001 28 § 2 mom.",
    });
  });
  it("reads 28 § 1 mom. as 31.12. of the second calendar year after the year of learning, inferred", () => {
    const opts = { learnedOn: "2023-03-15", locale: "en" as const };
    const within = ok(terms, paidOnce, [{ ground: "21.2" }], { ...opts, at: "2025-12-31" });
    expect(within.limits.decisionBy).toBe("2025-12-31");
    expect(within.findings.find((f) => f.ground === "28.1")).toMatchObject({
      outcome: "pass",
      certainty: "inferred",
      citation: "688/2001 28 § 1 mom.",
    });
    const late = ok(terms, paidOnce, [{ ground: "21.2" }], { ...opts, at: "2026-01-02" });
    expect(late.outcome).toBe("barred");
    expect(late.findings.find((f) => f.ground === "28.1")!.message).toBe(
      "The time limit of the decision ran out on 31 December 2025: the ground became known on 15 March 2023 (the library's reading of two calendar years).",
    );
    const unknown = ok(terms, paidOnce, [{ ground: "21.2" }], { at: "2023-01-02", locale: "en" });
    expect(unknown.findings.find((f) => f.ground === "28.1")).toEqual({
      ground: "28.1",
      outcome: "missing",
      citation: "688/2001 28 § 1 mom.",
      certainty: "inferred",
      amount: null,
      note: null,
      messageCode: "recovery.learnedOnMissing",
      params: {},
      message: "The day the ministry learned of the ground was not given: the decision's time limit was not checked.",
    });
  });
  it("writes the years of 28 § before 1000 with four digits", () => {
    const r = ok(terms, [{ on: "0090-01-01", amount: "1.00" }], [{ ground: "21.2" }], {
      at: "0100-01-02",
      learnedOn: "0097-06-01",
    });
    expect([r.outcome, r.limits]).toEqual(["barred", { decisionBy: "0099-12-31", tenYearBar: "0100-01-01" }]);
  });
});

describe("waiver (26 §) and liability (27 §)", () => {
  const opts = { at: "2023-03-01", dueOn: "2023-06-30" };
  it("leaves a part uncollected with its reason", () => {
    const r = ok(terms, paidOnce, [{ ground: "21.2" }], {
      ...opts,
      waiver: { amount: "4224.66", reason: "taloudellinen asema" },
    });
    expect([r.total, r.waived, r.due, r.waiverReason]).toEqual([
      "104224.66",
      "4224.66",
      "100000.00",
      "taloudellinen asema",
    ]);
  });
  it("waives all only for an especially weighty reason", () => {
    const all = ok(terms, paidOnce, [{ ground: "21.2" }], {
      ...opts,
      waiver: { all: true, especiallyWeighty: true, reason: "erityisen painava syy" },
    });
    expect(all.due).toBe("0.00");
    const notWeighty = recover(terms, paidOnce, [{ ground: "21.2" }], {
      ...opts,
      waiver: { all: true, reason: "x" } as never,
    });
    expect(!notWeighty.success && notWeighty.issues[0]!.code).toBe("recovery.waiverAllNotWeighty");
    const whole = recover(terms, paidOnce, [{ ground: "21.2" }], {
      ...opts,
      waiver: { amount: "104224.66", reason: "x" },
    });
    expect(!whole.success && whole.issues[0]!.code).toBe("recovery.waiverNotPart");
  });
  it("names every recipient of a joint grant, the administrator otherwise", () => {
    const admin = ok(terms, paidOnce, [{ ground: "21.2" }], opts);
    expect(admin.liability.model).toBe("administrator");
    expect(admin.liability.parties.map((p) => p.name)).toEqual(["Lohja"]);
    const joint = terms2022({ recipientModel: "joint" });
    const r = ok(joint, paidOnce, [{ ground: "21.2" }], opts);
    expect(r.liability.model).toBe("joint");
    expect(r.liability.citation).toBe("688/2001 27 §");
    const named = joint.recipients.parties.filter((p) => p.role === "applicant" || p.role === "participant");
    expect(r.liability.parties.map((p) => p.name)).toEqual(named.map((p) => p.name));
    expect(r.liability.parties.length).toBeGreaterThan(1);
  });
});

describe("issues, never throws", () => {
  const at = { at: "2023-01-02" };
  it.each([
    ["no grounds", [paidOnce, [], at], "recovery.invalidGrounds"],
    ["an unknown ground", [paidOnce, [{ ground: "23.1" }], at], "recovery.invalidGrounds"],
    ["no payments", [[], [{ ground: "21.2" }], at], "recovery.invalidPayments"],
    [
      "a payment after at",
      [[{ on: "2023-01-03", amount: "1.00" }], [{ ground: "21.2" }], at],
      "recovery.invalidPayments",
    ],
    ["an amount above paid", [paidOnce, [{ ground: "21.2", amount: "100000.01" }], at], "recovery.amountAbovePaid"],
    [
      "a due day before payment",
      [paidOnce, [{ ground: "21.2" }], { ...at, dueOn: "2022-06-30" }],
      "recovery.dueBeforePayment",
    ],
    ["a bad day count", [paidOnce, [{ ground: "21.2" }], { ...at, dayCount: "30/360" }], "recovery.invalidOption"],
    ["no at", [paidOnce, [{ ground: "21.2" }], {}], "recovery.invalidOption"],
    [
      "learned after at",
      [paidOnce, [{ ground: "21.2" }], { ...at, learnedOn: "2023-01-03" }],
      "recovery.learnedAfterAt",
    ],
    [
      "a gap in the rates",
      [paidOnce, [{ ground: "21.2" }], { ...at, rates: [REFERENCE_RATES[0], REFERENCE_RATES[2]] }],
      "recovery.invalidRates",
    ],
    [
      "a rate of a day that starts no half-year",
      [paidOnce, [{ ground: "21.2" }], { ...at, rates: [{ ...REFERENCE_RATES[0], from: "2019-01-02" }] }],
      "recovery.invalidRates",
    ],
    ["a bad locale", [paidOnce, [{ ground: "21.2" }], { ...at, locale: "de" }], "recovery.invalidOption"],
  ] as const)("%s", (_, [payments, grounds, options], code) => {
    const r = recover(terms, payments as never, grounds as never, options as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.code)).toContain(code);
  });
  it("bad terms lead their issues' paths with terms", () => {
    const r = recover({ ...terms, rate: "0.99" }, paidOnce, [{ ground: "21.2" }], at);
    expect(!r.success && r.issues[0]!.path[0]).toBe("terms");
  });
  it("a throwing getter is an issue", () => {
    const evil = Object.defineProperty({}, "at", {
      get() {
        throw new Error("boom");
      },
    });
    const r = recover(terms, paidOnce, [{ ground: "21.2" }], evil as never);
    expect(!r.success && r.issues).toEqual([
      {
        path: ["options", "at"],
        code: "recovery.invalidOption",
        params: { option: "at", expected: "a readable value" },
        message: "Valinta at on virheellinen: odotettiin a readable value.",
      },
    ]);
  });
});
