import { describe, expect, it } from "vitest";
import { grantTimeline } from "../../src/award/timeline.js";
import type { DecisionTerms, GrantEvent } from "../../src/award/types.js";
import { terms2022 } from "./fixtures.js";

const terms = terms2022();
const paidOnce: GrantEvent[] = [{ kind: "payment", on: "2022-07-05", amount: "50000.00" }];

function timeline(t: DecisionTerms, events: readonly GrantEvent[], at: string, locale: "fi" | "sv" | "en" = "fi") {
  const r = grantTimeline(t, events, { at, locale });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}
const dutyOf = (t: ReturnType<typeof timeline>, code: string) => t.duties.find((d) => d.code === code)!;

describe("grantTimeline: each duty, its date, provision and message in fi, sv and en", () => {
  it.each([
    [
      "endOfUse",
      "2024-09-30",
      "688/2001 11 § 3 mom. 4 k.",
      {
        fi: "Avustuksen käyttöaika päättyy 30.9.2024.",
        sv: "Användningstiden för understödet går ut 30.9.2024.",
        en: "The period of use of the grant ends on 30 September 2024.",
      },
    ],
    [
      "reportDue",
      "2024-11-30",
      "893/2019 9 §",
      {
        fi: "Valtionavustusselvitys on annettava viimeistään 30.11.2024, 2 kuukauden kuluessa hankkeen päättymisestä.",
        sv: "Redogörelsen för användningen av statsunderstödet ska lämnas senast 30.11.2024, inom 2 månader från att projektet avslutades.",
        en: "The final report is due by 30 November 2024, 2 months after the end of the project.",
      },
    ],
    [
      "paymentLapse",
      "2024-11-30",
      "688/2001 29 § 1 mom.",
      {
        fi: "Oikeus saada maksatus raukeaa, jos hyväksyttävää selvitystä ei ole esitetty viimeistään 30.11.2024, päätöksessä asetetussa määräajassa.",
        sv: "Rätten att få utbetalning upphör om en godtagbar redovisning inte har lagts fram senast 30.11.2024, inom den tidsfrist som beslutet anger.",
        en: "The right to payment lapses unless an acceptable report is presented by 30 November 2024, the deadline the decision set.",
      },
    ],
    [
      "recoveryBar",
      "2032-07-05",
      "688/2001 28 § 2 mom.",
      {
        fi: "Takaisinperintään ei saa ryhtyä enää 5.7.2032 jälkeen, kymmenen vuotta viimeisestä maksusta.",
        sv: "Återkrav får inte längre inledas efter 5.7.2032, tio år efter den sista utbetalningen.",
        en: "Recovery may no longer be started after 5 July 2032, ten years after the last payment.",
      },
    ],
    [
      "returnLapse",
      "2032-07-05",
      "688/2001 29 § 2 mom.",
      {
        fi: "Velvollisuus palauttaa avustus raukeaa 5.7.2032, kymmenen vuotta viimeisestä maksusta.",
        sv: "Skyldigheten att återbetala understödet upphör 5.7.2032, tio år efter den sista utbetalningen.",
        en: "The duty to return the grant lapses on 5 July 2032, ten years after the last payment.",
      },
    ],
  ] as const)("%s on %s under %s", (code, date, citation, messages) => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const d = dutyOf(timeline(terms, paidOnce, "2023-01-01", locale), code);
      expect(d.date).toBe(date);
      expect(d.citation).toBe(citation);
      expect(d.status).toBe("upcoming");
      expect(d.message).toBe(messages[locale]);
    }
  });

  it("without a report deadline: no report duty, the lapse on 31.12. of the second year after the grant year", () => {
    const t = timeline({ ...terms, reportMonths: null }, [], "2023-01-01", "sv");
    expect(t.duties.map((d) => d.code)).toEqual(["endOfUse", "paymentLapse", "recoveryBar", "returnLapse"]);
    const lapse = dutyOf(t, "paymentLapse");
    expect([lapse.date, lapse.anchor, lapse.messageCode]).toEqual([
      "2024-12-31",
      "2022-06-15",
      "timeline.paymentLapseYears",
    ]);
    expect(lapse.message).toBe(
      "Beslutet anger ingen tidsfrist för redovisningen: rätten till utbetalning upphör 31.12.2024, två år efter utgången av det år 2022 då understödet beviljades.",
    );
  });

  it("a decision of 31 December counts its grant year, not the next", () => {
    const t = timeline({ ...terms, reportMonths: null, decidedOn: "2021-12-31" }, [], "2022-01-01");
    expect(dutyOf(t, "paymentLapse").date).toBe("2023-12-31");
  });

  it("while nothing is paid the ten years are unknown, with the reason", () => {
    const t = timeline(terms, [], "2023-01-01", "en");
    for (const code of ["recoveryBar", "returnLapse"]) {
      const d = dutyOf(t, code);
      expect([d.date, d.anchor, d.status]).toEqual([null, null, "unknown"]);
      expect(d.message).toBe("Nothing of the grant has been paid yet, so the ten years have not started.");
    }
  });

  it("counts the ten years from the last payment, whatever the order the events are given in", () => {
    const events: GrantEvent[] = [
      { kind: "payment", on: "2023-07-03", amount: "40000.00" },
      { kind: "payment", on: "2022-07-05", amount: "50000.00" },
    ];
    const t = timeline(terms, events, "2024-01-01");
    expect(t.lastPayment).toBe("2023-07-03");
    expect(t.paid).toBe("90000.00");
    expect(dutyOf(t, "recoveryBar").date).toBe("2033-07-03");
  });

  it("flags a late report with its deadline, in each language", () => {
    const events: GrantEvent[] = [{ kind: "reportReceived", on: "2024-12-02" }];
    const late = {
      fi: "Selvitys saapui 2.12.2024, määräajan 30.11.2024 jälkeen.",
      sv: "Redogörelsen kom in 2.12.2024, efter tidsfristen 30.11.2024.",
      en: "The report was received on 2 December 2024, after its deadline of 30 November 2024.",
    };
    for (const locale of ["fi", "sv", "en"] as const) {
      const d = dutyOf(timeline(terms, events, "2024-12-10", locale), "reportDue");
      expect([d.status, d.late]).toEqual(["met", true]);
      expect(d.message.endsWith(late[locale])).toBe(true);
    }
  });

  it("a report not received by a passed deadline is late; one received on the last day is not", () => {
    expect(dutyOf(timeline(terms, [], "2024-12-01"), "reportDue")).toMatchObject({ status: "passed", late: true });
    const onTime = dutyOf(timeline(terms, [{ kind: "reportReceived", on: "2024-11-30" }], "2024-12-01"), "reportDue");
    expect(onTime).toMatchObject({ status: "met", late: false });
    expect(
      dutyOf(timeline(terms, [{ kind: "reportReceived", on: "2024-11-30" }], "2024-12-01"), "paymentLapse").status,
    ).toBe("met");
  });

  it.each([
    ["2024-09-29", "upcoming"],
    ["2024-09-30", "dueToday"],
    ["2024-10-01", "passed"],
  ] as const)("the end of use on %s is %s", (at, status) => {
    expect(dutyOf(timeline(terms, [], at), "endOfUse").status).toBe(status);
  });

  it("reads an instant as its Helsinki date", () => {
    // 22.30 UTC on 30.11.2024 is already 0.30 on 1.12.2024 in Helsinki (+02:00).
    expect(timeline(terms, [], "2024-11-30T22:30:00Z").at).toBe("2024-12-01");
    expect(timeline(terms, [], "2024-11-30T22:30:00Z").duties[1]!.status).toBe("passed");
  });
});

describe("grantTimeline: the state", () => {
  it.each([
    ["awarded", [], "2022-07-01", "688/2001 11 §"],
    ["inUse", [], "2022-08-01", "688/2001 11 §"],
    ["inUse", paidOnce, "2022-07-05", "688/2001 11 §"],
    ["reported", [{ kind: "reportReceived", on: "2024-11-15" }], "2024-11-15", "688/2001 11 §"],
    ["suspended", [...paidOnce, { kind: "suspended", on: "2023-03-01" }], "2023-03-01", "688/2001 19 §"],
    [
      "inUse",
      [...paidOnce, { kind: "suspended", on: "2023-03-01" }, { kind: "resumed", on: "2023-03-02" }],
      "2023-03-02",
      "688/2001 11 §",
    ],
    [
      "settled",
      [...paidOnce, { kind: "settled", on: "2025-01-10", finalGrant: "50000.00" }],
      "2032-07-05",
      "688/2001 11 §",
    ],
    [
      "closed",
      [...paidOnce, { kind: "settled", on: "2025-01-10", finalGrant: "50000.00" }],
      "2032-07-06",
      "688/2001 11 §",
    ],
  ] as const)("%s after %j on %s", (state, events, at, citation) => {
    const t = timeline(terms, events as readonly GrantEvent[], at);
    expect(t.state).toBe(state);
    expect(t.stateCitation).toBe(citation);
  });

  it("a suspension and a resumption on one day keep the order they were given in", () => {
    const events: GrantEvent[] = [
      { kind: "resumed", on: "2023-03-01" },
      { kind: "suspended", on: "2023-03-01" },
    ];
    expect(timeline(terms, events, "2023-03-01").state).toBe("suspended");
  });
});

describe("grantTimeline: coded issues, never a throw", () => {
  it.each([
    [
      "an event before the decision",
      [{ kind: "payment", on: "2022-06-14", amount: "1.00" }],
      "timeline.eventBeforeDecision",
      {
        fi: "Tapahtuma 1 (14.6.2022) on ennen päätöstä 15.6.2022.",
        sv: "Händelse 1 (14.6.2022) ligger före beslutet 15.6.2022.",
        en: "Event 1 (14 June 2022) is before the decision of 15 June 2022.",
      },
    ],
    [
      "payments above the maximum",
      [{ kind: "payment", on: "2022-07-01", amount: "102000.01" }],
      "timeline.paidAboveMaximum",
      {
        fi: "Maksuja on yhteensä 102\u00a0000,01\u00a0€, enemmän kuin enimmäismäärä 102\u00a0000,00\u00a0€.",
        sv: "Utbetalningarna är sammanlagt 102\u00a0000,01\u00a0€, mer än maximibeloppet 102\u00a0000,00\u00a0€.",
        en: "The payments add up to €102,000.01, more than the maximum €102,000.00.",
      },
    ],
  ] as const)("%s", (_, events, code, messages) => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const r = grantTimeline(terms, events as never, { at: "2023-01-01", locale });
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(r.issues[0]!.code).toBe(code);
      expect(r.issues[0]!.message).toBe(messages[locale]);
    }
  });

  it.each([
    ["an unknown kind", [{ kind: "recovered", on: "2023-01-01" }], "application.valueNotAllowed"],
    ["a payment without an amount", [{ kind: "payment", on: "2023-01-01" }], "application.required"],
    ["an impossible date", [{ kind: "reportReceived", on: "2023-02-29" }], "time.impossibleDate"],
    ["a negative amount", [{ kind: "payment", on: "2023-01-01", amount: "-1.00" }], "money.negative"],
    ["an event in the far future", [{ kind: "reportReceived", on: "9999-01-01" }], "application.invalid"],
    ["not a list", { kind: "payment" }, "application.invalidType"],
  ])("%s", (_, events, code) => {
    const r = grantTimeline(terms, events as never, { at: "2023-01-01", locale: "en" });
    expect(r.success ? null : r.issues[0]!.code).toBe(code);
  });

  it("requires the day: no clock is read", () => {
    for (const at of [undefined, "", "2023-13-01", "2023-01-01T12:00", 20230101]) {
      const r = grantTimeline(terms, [], { at } as never);
      expect(r.success ? null : r.issues[0]!).toMatchObject({ code: "terms.invalidOption", path: ["options", "at"] });
    }
  });

  it("refuses bad terms and options with codes", () => {
    const r = grantTimeline({ ...terms, rate: "0.90" }, [], { at: "2023-01-01" });
    expect(r.success ? null : r.issues[0]!.code).toBe("terms.rateAboveMaximum");
    const l = grantTimeline(terms, [], { at: "2023-01-01", locale: "de" as never });
    expect(l.success ? null : l.issues[0]!.code).toBe("terms.invalidOption");
    const hostile = new Proxy([], {
      get: () => {
        throw new Error("trap");
      },
    });
    expect(() => grantTimeline(terms, hostile, { at: "2023-01-01" })).not.toThrow();
    expect(grantTimeline(null as never, [], null as never).success).toBe(false);
  });

  it("leaves its inputs as they were", () => {
    const events: GrantEvent[] = [
      { kind: "payment", on: "2023-07-03", amount: "40000.00" },
      { kind: "payment", on: "2022-07-05", amount: "50000.00" },
    ];
    const before = JSON.stringify([terms, events]);
    timeline(terms, events, "2024-01-01");
    expect(JSON.stringify([terms, events])).toBe(before);
  });
});

describe("grantTimeline: the edges", () => {
  it("cites 29 § 1 mom. for the lapse without a deadline too, and names why the ten years are unknown", () => {
    const t = timeline({ ...terms, reportMonths: null }, [], "2023-01-01");
    expect(dutyOf(t, "paymentLapse").citation).toBe("688/2001 29 § 1 mom.");
    expect(dutyOf(t, "recoveryBar")).toMatchObject({ messageCode: "timeline.nothingPaid", params: {} });
  });

  it("a settled grant of which nothing was paid stays settled: there is nothing to bar", () => {
    expect(timeline(terms, [{ kind: "settled", on: "2025-01-10", finalGrant: "0.00" }], "2040-01-01").state).toBe(
      "settled",
    );
  });

  it("only a resumption ends a suspension, in date order whatever the input order", () => {
    const suspended: GrantEvent[] = [
      { kind: "suspended", on: "2023-03-01" },
      { kind: "reportReceived", on: "2024-11-01" },
    ];
    expect(timeline(terms, suspended, "2024-11-02").state).toBe("suspended");
    const resumed: GrantEvent[] = [
      { kind: "resumed", on: "2023-04-01" },
      { kind: "suspended", on: "2023-03-01" },
    ];
    expect(timeline(terms, resumed, "2023-05-01").state).toBe("inUse");
  });

  it("the last payment is the latest one, whatever the input order", () => {
    const events: GrantEvent[] = [
      { kind: "payment", on: "2023-07-03", amount: "1.00" },
      { kind: "payment", on: "2022-07-05", amount: "1.00" },
    ];
    expect(timeline(terms, events, "2024-01-01").lastPayment).toBe("2023-07-03");
  });

  it("a suspension before the period of use, without a payment, leaves the grant awarded once resumed", () => {
    const events: GrantEvent[] = [
      { kind: "suspended", on: "2022-06-20" },
      { kind: "resumed", on: "2022-06-25" },
    ];
    expect(timeline(terms, events, "2022-07-01").state).toBe("awarded");
  });

  it("takes events on the decision day and up to 31.12.9984, and names the field of one after", () => {
    expect(grantTimeline(terms, [{ kind: "reportReceived", on: "2022-06-15" }], { at: "2023-01-01" }).success).toBe(
      true,
    );
    expect(grantTimeline(terms, [{ kind: "reportReceived", on: "9984-12-31" }], { at: "2023-01-01" }).success).toBe(
      true,
    );
    const r = grantTimeline(terms, [{ kind: "reportReceived", on: "9985-01-01" }], { at: "2023-01-01", locale: "en" });
    expect(r.success ? null : r.issues).toEqual([
      {
        path: ["events", 0, "on"],
        code: "application.invalid",
        params: { field: "events[0].on", input: "9985-01-01" },
        message: "The value 9985-01-01 of events[0].on is invalid.",
      },
    ]);
  });

  it("says where the payments above the maximum are", () => {
    const r = grantTimeline(terms, [{ kind: "payment", on: "2022-07-01", amount: "102000.01" }], { at: "2023-01-01" });
    expect(r.success ? null : r.issues[0]!.path).toEqual(["events"]);
  });

  it("gives the option issues in full", () => {
    const l = grantTimeline(terms, [], { at: "2023-01-01", locale: "de" as never });
    expect(l.success ? null : l.issues).toEqual([
      {
        path: ["options", "locale"],
        code: "terms.invalidOption",
        params: { option: "locale", expected: '"fi" | "sv" | "en"' },
        message: 'Valinta locale on virheellinen: odotettiin "fi" | "sv" | "en".',
      },
    ]);
    const a = grantTimeline(terms, [], { at: "tomorrow", locale: "en" });
    expect(a.success ? null : a.issues[0]!.params).toEqual({
      option: "at",
      expected: "YYYY-MM-DD or an ISO 8601 instant with an offset",
    });
  });

  it("gives the issues of the terms in the language asked for", () => {
    const r = grantTimeline({ ...terms, rate: "0.90" }, [], { at: "2023-01-01", locale: "sv" });
    expect(r.success ? null : r.issues[0]!.message).toMatch(/^Understödets andel 0.90/);
  });

  it("reports events whose getters throw at the path events", () => {
    const hostile = [
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
          ownKeys: () => {
            throw new Error("trap");
          },
        },
      ),
    ];
    const r = grantTimeline(terms, hostile as never, { at: "2023-01-01", locale: "en" });
    expect(r.success ? null : r.issues[0]).toMatchObject({
      path: ["events"],
      code: "application.invalid",
      params: { field: "events", input: "array" },
    });
  });
});
