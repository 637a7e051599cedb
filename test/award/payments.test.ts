import { describe, expect, it } from "vitest";
import { paymentsDue } from "../../src/award/payments.js";
import type { GrantEvent, Payment } from "../../src/award/types.js";
import { terms2022 } from "./fixtures.js";

/** 2022 terms paid in instalments: each `[due, amount]`, no advance. */
function inInstalments(...dueAmounts: readonly (readonly [string, string])[]) {
  const instalments = dueAmounts.map(([due, amount]) => ({ due, amount }));
  return terms2022({ payment: { scheme: "instalments", instalments, advance: "0.00" } });
}

const instalments = inInstalments(["2023-07-01", "40000.00"], ["2022-07-01", "50000.00"]);
const afterReport = terms2022();
const withAdvance = terms2022({ payment: { scheme: "afterReport", advance: "20000.00" } });

function due(
  terms = instalments,
  payments: readonly (Payment | GrantEvent)[] = [],
  at = "2023-07-02",
  more: object = {},
) {
  const r = paymentsDue(terms, payments, { at, locale: "en", ...more });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("paymentsDue: what may be paid next (688/2001 12 §)", () => {
  it("the instalments due and unpaid, the earliest covered first", () => {
    const d = due(instalments, [{ on: "2022-07-05", amount: "30000.00" }]);
    expect(d.payable).toBe("60000.00");
    expect(d.lines.map((l) => [l.kind, l.due, l.amount, l.citation])).toEqual([
      ["instalment", "2022-07-01", "20000.00", "688/2001 12 § 1 mom."],
      ["instalment", "2023-07-01", "40000.00", "688/2001 12 § 1 mom."],
    ]);
    expect(d.lines[0]!.message).toBe("Of the instalment due on 1 July 2022, €20,000.00 is unpaid.");
    expect(d.reason).toBeNull();
  });

  it("nothing before an instalment falls due, with the reason", () => {
    const d = due(instalments, [], "2022-06-30");
    expect([d.payable, d.lines, d.reason]).toEqual([
      "0.00",
      [],
      {
        code: "nothingDue",
        citation: "688/2001 12 § 1 mom.",
        messageCode: "payments.nothingDue",
        message: "No instalment has fallen due unpaid.",
      },
    ]);
  });

  it("after an accepted report the rest of the maximum, never more", () => {
    const d = due(instalments, [{ on: "2022-07-05", amount: "50000.00" }], "2024-12-01", { reportAccepted: true });
    expect(d.payable).toBe("52000.00");
    expect(d.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["instalment", "40000.00"],
      ["balance", "12000.00"],
    ]);
    expect(d.lines[1]).toEqual({
      kind: "balance",
      due: "2024-12-01",
      amount: "12000.00",
      citation: "688/2001 12 § 2 mom.",
      messageCode: "payments.balance",
      params: { amount: "12000.00" },
      message:
        "The report is accepted: €12,000.00 of the maximum is unpaid; the final amount is decided at settlement.",
    });
  });

  it("under the after-report scheme: nothing before the report, the maximum after it", () => {
    expect(due(afterReport, [], "2024-10-01").reason).toMatchObject({
      code: "awaitingReport",
      citation: "688/2001 12 § 2 mom.",
    });
    expect(due(afterReport, [], "2024-11-20", { reportAccepted: true }).payable).toBe("102000.00");
  });

  it("an advance only where the terms allow one, and only once", () => {
    const d = due(withAdvance, [], "2022-07-01");
    expect(d.lines.map((l) => [l.kind, l.due, l.amount, l.citation])).toEqual([
      ["advance", "2022-06-15", "20000.00", "688/2001 12 § 3 mom."],
    ]);
    expect(d.lines[0]!.message).toBe(
      "An advance of €20,000.00 may be paid under the decision of 15 June 2022 (688/2001 s. 12(3)).",
    );
    expect(due(withAdvance, [{ on: "2022-07-01", amount: "20000.00" }], "2022-08-01").payable).toBe("0.00");
    expect(due(afterReport, [], "2022-07-01").lines).toEqual([]);
  });

  it("nothing once the maximum is paid", () => {
    const d = due(afterReport, [{ on: "2024-12-01", amount: "102000.00" }], "2024-12-02", { reportAccepted: true });
    expect([d.payable, d.reason?.code, d.reason?.message]).toEqual([
      "0.00",
      "fullyPaid",
      "The maximum of €102,000.00 has been paid in full.",
    ]);
  });

  it("nothing after the right to payment has lapsed, and says why (688/2001 29 § 1 mom.)", () => {
    const d = due(instalments, [], "2024-12-01");
    expect(d.payable).toBe("0.00");
    expect(d.reason).toMatchObject({ code: "lapsed", citation: "688/2001 29 § 1 mom." });
    expect(d.reason?.message).toBe(
      "Nothing may be paid: the right to payment lapsed on 30 November 2024, as no acceptable report was presented in time.",
    );
    // Without a report deadline the lapse is 31.12. of the second year after the grant year.
    const none = terms2022({ reportMonths: null, payment: instalments.payment });
    expect(due(none, [], "2024-12-31").payable).toBe("90000.00");
    expect(due(none, [], "2025-01-01").reason?.code).toBe("lapsed");
  });

  it("refuses bad payments and options with codes, and never throws", () => {
    const over = paymentsDue(instalments, [{ on: "2022-07-05", amount: "102000.01" }], { at: "2023-01-01" });
    expect(over.success ? null : over.issues[0]!.code).toBe("timeline.paidAboveMaximum");
    const flag = paymentsDue(instalments, [], { at: "2023-01-01", reportAccepted: "yes" as never });
    expect(flag.success ? null : flag.issues[0]!.code).toBe("terms.invalidOption");
    expect(paymentsDue(instalments, null as never, { at: "2023-01-01" }).success).toBe(false);
    // A payment whose getter throws is read as no list of events at all.
    const hostile = {
      on: "2022-07-05",
      get amount(): never {
        throw new Error("boom");
      },
    };
    expect(paymentsDue(instalments, [hostile], { at: "2023-07-02", locale: "en" })).toEqual({
      success: false,
      issues: [
        {
          path: ["events"],
          code: "application.invalidType",
          params: { field: "events", expected: "array", input: "null" },
          message: "The field events has the wrong type: null (expected array).",
        },
      ],
    });
    expect(paymentsDue(instalments, [], null as never).success).toBe(false);
  });
});

describe("paymentsDue: the edges", () => {
  it("an instalment is payable on its due day, and no empty balance follows a paid-up schedule", () => {
    expect(due(instalments, [], "2022-07-01").payable).toBe("50000.00");
    const whole = terms2022({
      payment: { scheme: "instalments", instalments: [{ due: "2022-07-01", amount: "102000.00" }] },
    });
    const d = due(whole, [], "2024-11-20", { reportAccepted: true });
    expect(d.lines.map((l) => [l.kind, l.amount])).toEqual([["instalment", "102000.00"]]);
  });

  it("cites 12 § for a grant paid in full", () => {
    const d = due(afterReport, [{ on: "2024-12-01", amount: "102000.00" }], "2024-12-02", { reportAccepted: true });
    expect(d.reason?.citation).toBe("688/2001 12 §");
  });

  it("gives the issue of a bad reportAccepted in full, and of one whose getter throws", () => {
    const r = paymentsDue(instalments, [], { at: "2023-01-01", locale: "en", reportAccepted: 1 as never });
    expect(r.success ? null : r.issues).toEqual([
      {
        path: ["options", "reportAccepted"],
        code: "terms.invalidOption",
        params: { option: "reportAccepted", expected: "true | false" },
        message: "The option reportAccepted is invalid: expected true | false.",
      },
    ]);
    const options = {
      at: "2023-01-01",
      get reportAccepted(): boolean {
        throw new Error("trap");
      },
    };
    const h = paymentsDue(instalments, [], options);
    expect(h.success ? null : h.issues[0]!.code).toBe("terms.invalidOption");
  });
});

describe("paymentsDue: the terms of a decided change (688/2001 14 §)", () => {
  // The change moves the second instalment from 1.7.2023 to 1.10.2023 and lowers it to 30 000 €.
  const amended = {
    ...inInstalments(["2022-07-01", "50000.00"], ["2023-10-01", "30000.00"]),
    maximum: "80000.00",
  };
  const events = [
    { kind: "payment" as const, on: "2022-07-05", amount: "50000.00" },
    { kind: "changeDecided" as const, on: "2023-03-01", terms: amended },
  ];

  it("pays by the amended scheme once the change is decided", () => {
    expect(due(instalments, events, "2023-07-02")).toMatchObject({ maximum: "80000.00", payable: "0.00" });
    expect(due(instalments, events, "2023-07-02").reason?.code).toBe("nothingDue");
    const later = due(instalments, events, "2023-10-01");
    expect(later.lines.map((l) => [l.kind, l.due, l.amount])).toEqual([["instalment", "2023-10-01", "30000.00"]]);
  });

  it("pays by the decided scheme before the change, and a plain payment is a payment event", () => {
    const before = due(instalments, events, "2023-02-28");
    expect([before.maximum, before.payable]).toEqual(["102000.00", "0.00"]);
    const plain = [{ on: "2022-07-05", amount: "50000.00" }, events[1]!];
    expect(due(instalments, plain, "2023-10-01")).toEqual(due(instalments, events, "2023-10-01"));
  });

  it("never pays above the amended maximum, even after an accepted report", () => {
    const d = due(instalments, events, "2024-11-01", { reportAccepted: true });
    expect([d.maximum, d.paid, d.payable]).toEqual(["80000.00", "50000.00", "30000.00"]);
  });
});
