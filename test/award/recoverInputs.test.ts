// recover's inputs one by one: each malformed part is a coded issue with its path, in the asked language.
import { describe, expect, it } from "vitest";
import { REFERENCE_RATES } from "../../src/award/rates.js";
import { recover } from "../../src/award/recover.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const paid = [{ on: "2022-07-01", amount: "100000.00" }];
const grounds = [{ ground: "21.2" as const }];
const at = "2023-01-02";
const rate0 = REFERENCE_RATES[0]!;

function issueOf(payments: unknown, g: unknown, options: unknown) {
  const r = recover(terms, payments as never, g as never, options as never);
  if (r.success) throw new Error("expected issues");
  return r.issues[0]!;
}

describe("recover: each bad input is a coded issue at its path", () => {
  it.each([
    ["options not an object", paid, grounds, "x", ["options"], "recovery.invalidOption"],
    [
      "a bad learnedOn",
      paid,
      grounds,
      { at, learnedOn: "1.1.2023" },
      ["options", "learnedOn"],
      "recovery.invalidOption",
    ],
    ["a bad dueOn", paid, grounds, { at, dueOn: 20230101 }, ["options", "dueOn"], "recovery.invalidOption"],
    ["rates not a list", paid, grounds, { at, rates: {} }, ["options", "rates"], "recovery.invalidRates"],
    ["rates empty", paid, grounds, { at, rates: [] }, ["options", "rates"], "recovery.invalidRates"],
    [
      "a rate not an object",
      paid,
      grounds,
      { at, rates: [1] },
      ["options", "rates", 0, "rates"],
      "recovery.invalidRates",
    ],
    [
      "a half-year's wrong end",
      paid,
      grounds,
      { at, rates: [{ ...rate0, to: "2019-12-31" }] },
      ["options", "rates", 0, "to"],
      "recovery.invalidRates",
    ],
    [
      "a rate as a number",
      paid,
      grounds,
      { at, rates: [{ ...rate0, rate: 2.5 }] },
      ["options", "rates", 0, "rate"],
      "recovery.invalidRates",
    ],
    [
      "a negative rate",
      paid,
      grounds,
      { at, rates: [{ ...rate0, rate: "-0.5" }] },
      ["options", "rates", 0, "rate"],
      "recovery.invalidRates",
    ],
    [
      "an empty source",
      paid,
      grounds,
      { at, rates: [{ ...rate0, source: "" }] },
      ["options", "rates", 0, "source"],
      "recovery.invalidRates",
    ],
    [
      "a certainty notFound",
      paid,
      grounds,
      { at, rates: [{ ...rate0, certainty: "notFound" }] },
      ["options", "rates", 0, "certainty"],
      "recovery.invalidRates",
    ],
    [
      "a note not a text",
      paid,
      grounds,
      { at, rates: [{ ...rate0, note: 1 }] },
      ["options", "rates", 0, "note"],
      "recovery.invalidRates",
    ],
    ["a waiver not an object", paid, grounds, { at, waiver: "all" }, ["options", "waiver"], "recovery.invalidOption"],
    [
      "a waiver without a reason",
      paid,
      grounds,
      { at, waiver: { amount: "1.00", reason: " " } },
      ["options", "waiver"],
      "recovery.invalidOption",
    ],
    [
      "a waiver of nothing",
      paid,
      grounds,
      { at, waiver: { amount: "0.00", reason: "r" } },
      ["options", "waiver"],
      "recovery.invalidOption",
    ],
    ["payments not a list", {}, grounds, { at }, ["payments"], "recovery.invalidPayments"],
    ["a payment not an object", [null], grounds, { at }, ["payments", 0], "recovery.invalidPayments"],
    [
      "a payment of nothing",
      [{ on: "2022-07-01", amount: "0.00" }],
      grounds,
      { at },
      ["payments", 0, "amount"],
      "recovery.invalidPayments",
    ],
    [
      "a payment's bad day",
      [{ on: "2022-13-01", amount: "1.00" }],
      grounds,
      { at },
      ["payments", 0, "on"],
      "recovery.invalidPayments",
    ],
    ["grounds not a list", paid, { ground: "21.2" }, { at }, ["grounds"], "recovery.invalidGrounds"],
    ["a ground not an object", paid, ["21.2"], { at }, ["grounds", 0], "recovery.invalidGrounds"],
    [
      "a ground's bad amount",
      paid,
      [{ ground: "21.2", amount: "1,00" }],
      { at },
      ["grounds", 0, "amount"],
      "recovery.invalidGrounds",
    ],
    [
      "a ground's long note",
      paid,
      [{ ground: "21.2", note: "x".repeat(2001) }],
      { at },
      ["grounds", 0, "note"],
      "recovery.invalidGrounds",
    ],
    [
      "an inherited ground",
      paid,
      [{ ground: "toString" }],
      { at },
      ["grounds", 0, "ground"],
      "recovery.invalidGrounds",
    ],
    [
      "a ground given as a number",
      paid,
      [{ ground: 21.1 }],
      { at },
      ["grounds", 0, "ground"],
      "recovery.invalidGrounds",
    ],
    [
      "a note not a text",
      paid,
      [{ ground: "21.2", note: 1 }],
      { at },
      ["grounds", 0, "note"],
      "recovery.invalidGrounds",
    ],
    ["a waiver of null", paid, grounds, { at, waiver: null }, ["options", "waiver"], "recovery.invalidOption"],
    [
      "a waiver with no reason",
      paid,
      grounds,
      { at, waiver: { amount: "1.00" } },
      ["options", "waiver"],
      "recovery.invalidOption",
    ],
    [
      "a waiver's reason of 2 001 characters",
      paid,
      grounds,
      { at, waiver: { amount: "1.00", reason: "x".repeat(2001) } },
      ["options", "waiver"],
      "recovery.invalidOption",
    ],
    [
      "a rate from a day that starts no half-year",
      paid,
      grounds,
      { at, rates: [{ ...rate0, from: "2019-07-02", to: "2019-12-31" }] },
      ["options", "rates", 0, "from"],
      "recovery.invalidRates",
    ],
    [
      "a gap between half-years",
      paid,
      grounds,
      { at, rates: [rate0, REFERENCE_RATES[2]] },
      ["options", "rates", 1, "order"],
      "recovery.invalidRates",
    ],
  ] as const)("%s", (_, payments, g, options, path, code) => {
    const issue = issueOf(payments, g, options);
    expect([issue.path, issue.code]).toEqual([path, code]);
    expect(issue.message.length).toBeGreaterThan(10);
  });

  it("names the field in the message, in the asked language", () => {
    const issue = issueOf(paid, [{ ground: "21.2", amount: "x" }], { at, locale: "sv" });
    expect(issue.message).toBe(
      "Grunderna duger inte: fältet grounds[0].amount är ogiltigt (förväntat en icke-tom lista { ground }).",
    );
    const rate = issueOf(paid, grounds, { at, rates: [{ ...rate0, to: "2019-06-29" }], locale: "en" });
    expect(rate.message).toContain("the field rates[0].to is invalid");
  });

  it("reports every bad part at once", () => {
    const r = recover({} as never, [] as never, [] as never, { at, dayCount: "30/360" } as never);
    expect(!r.success && [...new Set(r.issues.map((i) => i.path[0]))]).toEqual([
      "options",
      "terms",
      "payments",
      "grounds",
    ]);
  });

  it("keeps a table's note and counts actual/360", () => {
    // 36 000 € for 10 days at 3 % over 360: 36000 × 0.03 × 10 / 360 = 30.00
    const r = recover(terms, [{ on: "2022-07-01", amount: "36000.00" }], grounds, {
      at: "2022-07-11",
      dayCount: "actual/360",
      rates: [{ ...REFERENCE_RATES[7]! }],
    });
    expect(r.success && [r.data.interest, r.data.payments[0]!.interest[0]!.days]).toEqual(["30.00", 10]);
    const rates = recover(terms, paid, grounds, { at, rates: [...REFERENCE_RATES] });
    expect(rates.success && rates.data.payments[0]!.interest[0]!.certainty).toBe("inferred");
  });

  it("answers for a grant with no administrator named with an empty list", () => {
    const none = { ...terms, recipients: { model: "administrator" as const, parties: [] } };
    const r = recover(none, paid, grounds, { at });
    expect(r.success && r.data.liability).toEqual({
      model: "administrator",
      parties: [],
      citation: "893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.",
    });
  });
});

describe("recover: the edges of the inputs", () => {
  it("takes learnedOn on the decision day and a due day on the last payment day", () => {
    const r = recover(terms, paid, grounds, { at: "2022-07-01", learnedOn: "2022-07-01", dueOn: "2022-07-01" });
    expect(r.success && [r.data.limits.decisionBy, r.data.interest, r.data.lateInterestTotal]).toEqual([
      "2024-12-31",
      "0.00",
      "0.00",
    ]);
  });
  it("refuses more than 1 000 payments and more than 100 grounds", () => {
    const many = Array.from({ length: 1001 }, () => ({ on: "2022-07-01", amount: "1.00" }));
    expect(issueOf(many, grounds, { at }).path).toEqual(["payments"]);
    const ok1000 = recover(terms, many.slice(1), grounds, { at });
    expect(ok1000.success).toBe(true);
    const manyGrounds = Array.from({ length: 101 }, () => ({ ground: "22.1.1" }));
    expect(issueOf(paid, manyGrounds, { at }).path).toEqual(["grounds"]);
    expect(recover(terms, paid, manyGrounds.slice(1) as never, { at }).success).toBe(true);
  });
  it("gives a bad locale's issue in Finnish at options.locale", () => {
    const issue = issueOf(paid, grounds, { at, locale: "de" });
    expect([issue.path, issue.message]).toEqual([
      ["options", "locale"],
      'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
    ]);
  });
  it("ignores an inherited option", () => {
    const options = Object.assign(Object.create({ dayCount: "30/360", waiver: 1 }), { at });
    const r = recover(terms, paid, grounds, options);
    expect(r.success && r.data.dayCount).toBe("actual/365");
  });
  it("waives nothing once barred", () => {
    const r = recover(terms, paid, grounds, {
      at: "2032-07-02",
      waiver: { all: true, especiallyWeighty: true, reason: "r" },
    });
    expect(r.success && [r.data.outcome, r.data.waived, r.data.waiverReason, r.data.due]).toEqual([
      "barred",
      "0.00",
      null,
      "0.00",
    ]);
  });
  it("names only the applicant and the participants as liable", () => {
    const parties = terms.recipients.parties;
    const extra = { ...parties[0]!, key: null, role: "unnamed" as const, type: null, name: "Kuntaliitto" };
    const joint = { ...terms, recipients: { model: "joint" as const, parties: [...parties, extra] } };
    const r = recover(joint, paid, grounds, { at });
    expect(r.success && r.data.liability.parties.map((p) => p.name)).toEqual(parties.map((p) => p.name));
    const admin = { ...terms, recipients: { model: "administrator" as const, parties: [...parties, extra] } };
    const a = recover(admin, paid, grounds, { at });
    expect(a.success && a.data.liability.parties).toEqual([{ key: parties[0]!.key, name: parties[0]!.name }]);
  });
});

describe("recover: each issue whole, with its path, parameters and message", () => {
  const en = { at, locale: "en" as const };
  const twoPaid = [
    { on: "2022-09-01", amount: "20000.00" },
    { on: "2022-07-01", amount: "80000.00" },
  ];
  it.each([
    [
      "no at",
      paid,
      grounds,
      { locale: "en" },
      ["options", "at"],
      "recovery.invalidOption",
      { option: "at", expected: "YYYY-MM-DD or an ISO 8601 instant with an offset" },
      "The option at is invalid: expected YYYY-MM-DD or an ISO 8601 instant with an offset.",
    ],
    [
      "a bad learnedOn",
      paid,
      grounds,
      { ...en, learnedOn: "1.1.2023" },
      ["options", "learnedOn"],
      "recovery.invalidOption",
      { option: "learnedOn", expected: "YYYY-MM-DD" },
      "The option learnedOn is invalid: expected YYYY-MM-DD.",
    ],
    [
      "28 § 1 mom.: a ground learned of after the decision day",
      paid,
      grounds,
      { ...en, learnedOn: "2023-01-03" },
      ["options", "learnedOn"],
      "recovery.learnedAfterAt",
      { on: "2023-01-03", date: "2023-01-02" },
      "The ground cannot become known (3 January 2023) after the decision day 2 January 2023.",
    ],
    [
      "a day count the library does not know",
      paid,
      grounds,
      { ...en, dayCount: "30/360" },
      ["options", "dayCount"],
      "recovery.invalidOption",
      { option: "dayCount", expected: '"actual/365" | "actual/actual" | "actual/360"' },
      'The option dayCount is invalid: expected "actual/365" | "actual/actual" | "actual/360".',
    ],
    [
      "a waiver without a reason",
      paid,
      grounds,
      { ...en, waiver: { amount: "1.00", reason: "" } },
      ["options", "waiver"],
      "recovery.invalidOption",
      { option: "waiver", expected: "{ amount, reason } | { all: true, especiallyWeighty: true, reason }" },
      "The option waiver is invalid: expected { amount, reason } | { all: true, especiallyWeighty: true, reason }.",
    ],
    [
      "26 §: a waiver of all without an especially weighty reason",
      paid,
      grounds,
      { ...en, waiver: { all: true, reason: "r" } },
      ["options", "waiver", "especiallyWeighty"],
      "recovery.waiverAllNotWeighty",
      {},
      "The whole amount may be left uncollected only for an especially weighty reason (688/2001 26 §).",
    ],
    [
      "a payment of nothing",
      paid.concat({ on: "2022-08-01", amount: "0.00" }),
      grounds,
      en,
      ["payments", 1, "amount"],
      "recovery.invalidPayments",
      { field: "payments[1].amount" },
      "The payments are not valid: the field payments[1].amount is invalid (expected a non-empty list of { on, amount }, dated on or before the decision day).",
    ],
    [
      "the second ground's amount above all that was paid",
      twoPaid,
      [{ ground: "21.2" }, { ground: "22.1.1", amount: "100000.01" }],
      en,
      ["grounds", 1, "amount"],
      "recovery.amountAbovePaid",
      { amount: "100000.01", paid: "100000.00" },
      "The ground's amount €100,000.01 is more than was paid, €100,000.00.",
    ],
    [
      "a due day before the last payment",
      twoPaid,
      grounds,
      { ...en, dueOn: "2022-08-31" },
      ["options", "dueOn"],
      "recovery.dueBeforePayment",
      { date: "2022-08-31", on: "2022-09-01" },
      "The due day 31 August 2022 is before the payment on 1 September 2022.",
    ],
    [
      "26 §: a waiver of all that is due given as an amount",
      paid,
      grounds,
      { at: "2023-03-01", dueOn: "2023-06-30", locale: "en", waiver: { amount: "104224.66", reason: "r" } },
      ["options", "waiver", "amount"],
      "recovery.waiverNotPart",
      { amount: "104224.66", total: "104224.66" },
      "The waiver of €104,224.66 is not part of what is recovered, €104,224.66: all of it only for an especially weighty reason (688/2001 26 §).",
    ],
    [
      "24 §: interest in a half-year the table lacks",
      paid,
      grounds,
      { at: "2026-08-01", locale: "en" },
      ["options", "rates"],
      "recovery.rateNotFound",
      { start: "2026-07-01" },
      "No reference rate for the half-year beginning 1 July 2026: pass it in the option rates.",
    ],
    [
      "25 §: late interest in a half-year the table lacks, 24 § interest within it",
      paid,
      grounds,
      { at: "2026-08-01", dueOn: "2026-06-30", locale: "en" },
      ["options", "rates"],
      "recovery.rateNotFound",
      { start: "2026-07-01" },
      "No reference rate for the half-year beginning 1 July 2026: pass it in the option rates.",
    ],
  ] as const)("%s", (_, payments, g, options, path, code, params, message) => {
    const r = recover(terms, payments as never, g as never, options as never);
    expect(!r.success && r.issues).toEqual([{ path, code, params, message }]);
  });

  it("gives the terms' issues in the asked language", () => {
    const r = recover({ ...terms, rate: "0.99" }, paid, grounds, { at, locale: "sv" });
    expect(!r.success && [r.issues[0]!.path, r.issues[0]!.message]).toEqual([
      ["terms", "rate"],
      "Understödets andel 0.99 överstiger ansökningsomgångens 2022 maximiandel 0.85 av de godtagbara kostnaderna (893/2019 4 §).",
    ]);
  });

  it("reports a payment whose getter throws as a failure, in the asked language, never a throw", () => {
    const evil = Object.defineProperty({ amount: "1.00" }, "on", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const r = recover(terms, [evil] as never, grounds, { at, locale: "sv" });
    expect(!r.success && r.issues).toEqual([
      { path: [], code: "recovery.failed", params: {}, message: "Återkravet kunde inte beräknas." },
    ]);
  });
});

describe("recover: the edges of the lengths and amounts (688/2001 21 §, 26 §)", () => {
  it("takes a note and a waiver's reason of 2 000 characters", () => {
    const text = "x".repeat(2000);
    const r = recover(terms, paid, [{ ground: "21.2", note: text }], { at, waiver: { amount: "1.00", reason: text } });
    expect(r.success && [r.data.findings[0]!.note, r.data.waiverReason]).toEqual([text, text]);
  });
  it("recovers a ground's amount equal to all that was paid", () => {
    const r = recover(terms, paid, [{ ground: "21.2", amount: "100000.00" }], { at });
    expect(r.success && r.data.principal).toBe("100000.00");
  });
});
