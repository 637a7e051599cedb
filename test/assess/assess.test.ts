import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { assess, assessApplication, statusOf } from "../../src/assess/assess.js";
import { summariseBudget } from "../../src/assess/summariseBudget.js";
import type { Finding, Outcome } from "../../src/assess/types.js";
import { getEdition } from "../../src/editions/registry.js";
import { rulesFor } from "../../src/rules/catalogue.js";
import { application2022 } from "../helpers/application2022.js";

/** A party of the standard application that bears only eligible costs, none by default, and its stated financing. */
function party(
  key: string | null,
  role: string,
  type: string,
  name: string,
  eligible = "0.00",
  share = "0.00",
  financing: string | null = null,
) {
  return {
    key,
    role,
    type,
    name,
    totalCosts: eligible,
    eligibleCosts: eligible,
    ineligibleCosts: "0.00",
    vat: "0.00",
    financing,
    maxGrantShare: share,
  };
}

describe("assess", () => {
  it("assesses a typical 2022 application as eligible, one finding per rule in order", () => {
    const a = assess(application2022());
    expect(a.status).toBe("eligible");
    expect(a.id).toBe("T-2022-1");
    expect(a.edition).toBe("2022");
    expect(a.locale).toBe("fi");
    expect(a.issues).toEqual([]);
    expect(a.findings.map((f) => f.rule)).toEqual(rulesFor(getEdition("2022")).map((r) => r.id));
    expect(a.findings.every((f) => f.outcome === "pass")).toBe(true);
    expect(a.budget).toEqual({
      totalCosts: "120000.01",
      eligibleCosts: "120000.01",
      conditionalCosts: "0.00",
      ineligibleCosts: "0.00",
      vat: "0.00",
      rate: "0.85",
      maxGrant: "102000.00",
      requestedGrant: "102000.00",
      ownShare: "18000.01",
      parties: [
        party("444", "applicant", "municipality", "Lohja", "120000.01", "102000.00", "18000.01"),
        party("049", "participant", "municipality", "Espoo"),
        party("0201256-6", "participant", "jointAuthority", "Länsi-Uudenmaan tietohallintokuntayhtymä"),
        party("0123456-2", "participant", "association", "Kuntaliitto"),
        party(null, "participant", "company", "Data Oy"),
      ],
    });
  });

  it("is plain JSON", () => {
    const a = assess(application2022());
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("does not mutate its input, and takes a deeply frozen one", () => {
    const input = application2022();
    const before = structuredClone(input);
    assess(input, { edition: "2020", locale: "sv" });
    expect(input).toEqual(before);
    const freeze = (o: unknown): unknown => {
      if (typeof o === "object" && o !== null) {
        for (const v of Object.values(o)) freeze(v);
        Object.freeze(o);
      }
      return o;
    };
    expect(assess(freeze(application2022())).status).toBe("eligible");
  });

  it("renders messages in the chosen language with the same codes and params", () => {
    const input = application2022((a) => {
      a.participants = [];
      a.budget.requestedGrant = "102000.01";
    });
    const [fi, sv, en] = (["fi", "sv", "en"] as const).map((locale) => assess(input, { locale }));
    expect(sv!.locale).toBe("sv");
    fi!.findings.forEach((f, i) => {
      expect(sv!.findings[i]!.messageCode).toBe(f.messageCode);
      expect(sv!.findings[i]!.params).toEqual(f.params);
      expect(en!.findings[i]!.params).toEqual(f.params);
    });
    const grant = (a: typeof fi) => a!.findings.find((f) => f.rule === "grant.withinMaximum")!.message;
    expect(grant(fi)).toContain("102\u00a0000,00\u00a0€");
    expect(grant(sv)).toContain("102\u00a0000,00\u00a0€");
    expect(grant(en)).toContain("€102,000.00");
  });

  describe("cross-edition comparison with options.edition", () => {
    it("assesses the same application under another edition", () => {
      const a = assess(application2022(), { edition: "2019-1" });
      expect(a.edition).toBe("2019-1");
      const failing = a.findings.filter((f) => f.outcome === "fail").map((f) => f.rule);
      // The 2022 application was late for 2019-1, its focus area did not exist, and it runs past 30.11.2021.
      expect(failing).toEqual(["deadline.submittedInTime", "focusArea.oneOfEdition", "period.endsByLatestEnd"]);
    });

    it("a single-municipality project: consortium passes in 2019-1, fails in 2022", () => {
      const single = application2022((a) => {
        a.participants = [];
      });
      const outcome = (edition: "2019-1" | "2022") =>
        assess(single, { edition }).findings.find((f) => f.rule === "consortium.minMunicipalities")?.outcome;
      expect(outcome("2019-1")).toBe("pass");
      expect(outcome("2022")).toBe("fail");
      expect(assess(single).status).toBe("ineligible");
    });
  });

  describe("invalid input", () => {
    it.each([
      ["null", null],
      ["a number", 42],
      ["a string", "2022"],
      ["an array", [application2022()]],
      ["undefined", undefined],
    ])("%s is not an application", (_, input) => {
      const a = assess(input);
      expect(a.status).toBe("invalid");
      expect(a.findings).toEqual([]);
      expect(a.budget).toBeNull();
      expect(a.issues.map((i) => i.code)).toEqual(["application.notAnObject"]);
      expect(a.edition).toBe("2022");
    });

    it("reports the parser's issues in the chosen language, keeping the edition and id it can read", () => {
      const input = { id: "X-1", edition: "2021", applicant: { type: "municipality", code: "44" } };
      const a = assess(input, { locale: "en" });
      expect(a.status).toBe("invalid");
      expect(a.id).toBe("X-1");
      expect(a.edition).toBe("2021");
      expect(a.locale).toBe("en");
      expect(a.issues.length).toBeGreaterThan(0);
      expect(a.issues.find((i) => i.path.join(".") === "project")?.message).toBe("The field project is missing.");
    });

    it("gives the same issues as parseApplication", () => {
      const input = application2022((a) => {
        a.budget.lines[0]!.amount = "0.005";
      });
      const parsed = parseApplication(input, { locale: "sv" });
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(assess(input, { locale: "sv" }).issues).toEqual(parsed.issues);
    });

    it("never throws on a hostile input", () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error("boom");
          },
          ownKeys() {
            throw new Error("boom");
          },
          getOwnPropertyDescriptor() {
            throw new Error("boom");
          },
          has() {
            throw new Error("boom");
          },
        },
      );
      const a = assess(hostile);
      expect(a.status).toBe("invalid");
      expect(a.issues.length).toBe(1);
      const getter = application2022();
      Object.defineProperty(getter, "budget", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      });
      expect(assess(getter).status).toBe("invalid");
    });
  });

  describe("invalid options (untyped callers)", () => {
    it.each([
      ["an unknown edition", { edition: "2023" }, ["options", "edition"], "application.invalidOption"],
      ["an edition of the wrong type", { edition: 2022 }, ["options", "edition"], "application.invalidOption"],
      ["an unknown locale", { locale: "de" }, ["options", "locale"], "application.invalidOption"],
      ["a date as at", { at: "2022-04-25" }, ["options", "at"], "time.notAnInstant"],
      ["an instant without offset as at", { at: "2022-04-25T16:15" }, ["options", "at"], "time.missingOffset"],
      [
        "an unknown Åland policy",
        { alandMunicipalities: "maybe" },
        ["options", "alandMunicipalities"],
        "application.invalidOption",
      ],
      ["options that are not an object", "en", ["options"], "application.invalidType"],
    ])("%s is invalid with a coded issue", (_, options, path, code) => {
      const a = assess(application2022(), options as never);
      expect(a.status).toBe("invalid");
      expect(a.findings).toEqual([]);
      expect(a.budget).toBeNull();
      expect(a.issues).toHaveLength(1);
      expect(a.issues[0]).toMatchObject({ path, code });
    });

    it.each([
      ["fi", 'Kentän options.edition arvo "2023" ei ole sallittu. Sallitut arvot: 2019-1, 2019-2, 2020, 2021, 2022.'],
      [
        "sv",
        'Värdet "2023" i fältet options.edition är inte tillåtet. Tillåtna värden: 2019-1, 2019-2, 2020, 2021, 2022.',
      ],
      ["en", 'The value "2023" of options.edition is not allowed. Allowed values: 2019-1, 2019-2, 2020, 2021, 2022.'],
    ] as const)("names the value given and lists the valid editions (%s)", (locale, message) => {
      const a = assess(application2022(), { edition: "2023", locale } as never);
      expect([a.issues[0]?.code, a.issues[0]?.params, a.issues[0]?.message]).toEqual([
        "application.invalidOption",
        { field: "options.edition", options: ["2019-1", "2019-2", "2020", "2021", "2022"], input: '"2023"' },
        message,
      ]);
    });

    it("names a value that is not text as JSON", () => {
      const a = assess(application2022(), { alandMunicipalities: 5, locale: "en" } as never);
      expect(a.issues[0]?.message).toBe(
        "The value 5 of options.alandMunicipalities is not allowed. Allowed values: allow, review, deny.",
      );
    });

    it("ignores inherited option keys", () => {
      const options = Object.create({ edition: "2023", locale: "de" });
      expect(assess(application2022(), options).status).toBe("eligible");
    });
  });
});

describe("statusOf", () => {
  const f = (outcome: Outcome) => ({ outcome }) as Finding;
  it.each([
    [[], "eligible"],
    [["pass", "pass"], "eligible"],
    [["pass", "missing"], "needsReview"],
    [["review", "pass"], "needsReview"],
    [["review", "fail", "missing"], "ineligible"],
    [["fail"], "ineligible"],
  ] as const)("%j → %s", (outcomes, status) => {
    expect(statusOf(outcomes.map(f))).toBe(status);
  });
});

describe("assessApplication", () => {
  it("assesses a parsed application without parsing again, under any edition", () => {
    const parsed = parseApplication(application2022());
    if (!parsed.success) throw new Error("the fixture must parse");
    expect(assessApplication(parsed.data, getEdition("2022"))).toEqual(assess(application2022()));
    expect(assessApplication(parsed.data, getEdition("2020"), { locale: "en" })).toEqual(
      assess(application2022(), { edition: "2020", locale: "en" }),
    );
  });

  // Found by test/hostile (seed -363185672): NaN as the applicant's type came back in the findings'
  // values and params, which JSON then gave back as null.
  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-0", -0],
    ["a bigint", 10n],
    ["a Date", new Date(0)],
    ["a function", () => "municipality"],
  ])("is assess.failed, and plain data, for %s where the contract has a string", (_, bad) => {
    const parsed = parseApplication(application2022());
    if (!parsed.success) throw new Error("the fixture must parse");
    const app = { ...parsed.data, applicant: { ...parsed.data.applicant, type: bad } } as never;
    const a = assessApplication(app, getEdition("2021"), { locale: "sv" });
    expect([a.status, a.id, a.edition, a.issues.map((i) => i.code)]).toEqual([
      "invalid",
      "T-2022-1",
      "2021",
      ["assess.failed"],
    ]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("is assess.failed, and plain data, for an edition of the caller's that is not plain data", () => {
    const parsed = parseApplication(application2022());
    if (!parsed.success) throw new Error("the fixture must parse");
    const edition = { ...getEdition("2021"), id: Number.NaN } as never;
    const a = assessApplication(parsed.data, edition);
    expect([a.status, a.edition, a.issues.map((i) => i.code)]).toEqual(["invalid", "2022", ["assess.failed"]]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    // A plain copy of a registered edition is the caller's own, and assesses as the edition does.
    const copy = JSON.parse(JSON.stringify(getEdition("2021")));
    expect(assessApplication(parsed.data, copy)).toEqual(assessApplication(parsed.data, getEdition("2021")));
  });

  it("takes an optional field left undefined, which JSON leaves out, as absent", () => {
    const parsed = parseApplication(application2022());
    if (!parsed.success) throw new Error("the fixture must parse");
    const app = { ...parsed.data, submittedAt: undefined };
    const { submittedAt: _, ...without } = parsed.data;
    expect(assessApplication(app, getEdition("2022"))).toEqual(assessApplication(without, getEdition("2022")));
    expect(assessApplication(app, getEdition("2022")).status).toBe("needsReview");
  });

  it("is invalid with bad options", () => {
    const parsed = parseApplication(application2022());
    if (!parsed.success) throw new Error("the fixture must parse");
    const a = assessApplication(parsed.data, getEdition("2022"), { alandMunicipalities: "sometimes" } as never);
    expect(a.status).toBe("invalid");
    expect(a.id).toBe("T-2022-1");
  });
});

describe("summariseBudget", () => {
  it("sums by treatment, leaves VAT out and rounds the maximum down", () => {
    const input = application2022((a) => {
      a.budget = {
        lines: [
          { category: "staff", amount: "100000.00" },
          { category: "services", amount: 20000.01, vat: "4800.00" },
          { category: "softwareLicences", amount: "3000.00", necessary: true },
          { category: "internalCharges", amount: "1000.00", actualCosts: false },
          { category: "equipment", amount: "9999.99", vat: "2400.00" },
        ],
        requestedGrant: "100000.00",
      };
    });
    const parsed = parseApplication(input);
    if (!parsed.success) throw new Error("must parse");
    expect(summariseBudget(parsed.data, getEdition("2022"))).toEqual({
      totalCosts: "134000.00",
      eligibleCosts: "123000.01",
      conditionalCosts: "3000.00",
      ineligibleCosts: "10999.99",
      vat: "7200.00",
      rate: "0.85",
      maxGrant: "104550.00",
      requestedGrant: "100000.00",
      ownShare: "41200.00",
      parties: [
        {
          ...party("444", "applicant", "municipality", "Lohja", "123000.01", "104550.00", "41200.00"),
          totalCosts: "134000.00",
          ineligibleCosts: "10999.99",
          vat: "7200.00",
        },
        party("049", "participant", "municipality", "Espoo"),
        party("0201256-6", "participant", "jointAuthority", "Länsi-Uudenmaan tietohallintokuntayhtymä"),
        party("0123456-2", "participant", "association", "Kuntaliitto"),
        party(null, "participant", "company", "Data Oy"),
      ],
    });
  });
});
