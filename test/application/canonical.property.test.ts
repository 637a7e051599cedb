import { isDeepStrictEqual } from "node:util";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCanonicalAmount, readCanonicalApplication } from "../../src/application/canonical.js";
import { parseApplication } from "../../src/application/parse.js";
import {
  applicationSchema,
  budgetLineSchema,
  budgetSchema,
  partySchema,
  projectSchema,
} from "../../src/application/schema.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { clean, mutated } from "./mutated.js";

/** The reader's plain form of an amount: canonical, non-negative, at most MAX_AMOUNT. */
const CANONICAL_AMOUNT = /^(0|[1-9]\d{0,13})\.\d{2}$/;

// allocate reads the usual application with readCanonicalApplication and leaves the rest to zod
// (parseApplication). Whatever the input, the reader must either step aside (undefined) or give
// exactly parseApplication's data: the same values, the same keys in the same order, undefined
// values where zod writes them.

/** The data with every key in order and `undefined` made visible, so that two texts differ when key order or presence does. */
function written(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === undefined ? "<undefined>" : v));
}

function expectSame(input: unknown): "read" | "stepped aside" {
  const ours = readCanonicalApplication(input);
  const zod = parseApplication(input);
  if (ours === undefined) return "stepped aside";
  expect(zod.success).toBe(true);
  if (!zod.success) return "read";
  expect(written(ours)).toBe(written(zod.data));
  expect(isDeepStrictEqual(ours, zod.data)).toBe(true);
  return "read";
}

/** An application of the example call as a record whose fields a test may change. */
type Editable = Record<string, unknown> & {
  project: Record<string, unknown>;
  budget: { lines: Record<string, unknown>[] };
};

/** A copy of the second clean application with one change made. */
function change(edit: (a: Editable) => void): Editable {
  const a = structuredClone(clean[1]) as Editable;
  edit(a);
  return a;
}

describe("readCanonicalApplication", () => {
  it("reads every application of the example call as parseApplication does", () => {
    for (const c of exampleCall2022.candidates) expect(expectSame(c.application)).toBe("read");
  });

  it("gives parseApplication's data or steps aside, on inputs near the contract", () => {
    const seen = { read: 0, "stepped aside": 0 };
    fc.assert(
      fc.property(mutated, (input) => {
        seen[expectSame(input)]++;
      }),
      { numRuns: 3000 },
    );
    expect(seen.read, "many mutated inputs must be read").toBeGreaterThan(300);
    expect(seen["stepped aside"], "many must be left to zod").toBeGreaterThan(300);
  });

  it("steps aside for what zod writes otherwise or judges by its own count: numbers, names to trim, edge lengths", () => {
    const cases = [
      change((a) => (a.budget.lines[0]!["amount"] = 1000)),
      change((a) => (a.budget.lines[0]!["amount"] = "1000.5")),
      change((a) => (a.budget.lines[0]!["vat"] = 0)),
      change((a) => (a.project["name"] = " Hanke ")),
      change((a) => (a.project["name"] = "H")),
      change((a) => (a.project["objectives"] = "x".repeat(20_001))),
      change((a) => (a["id"] = "x".repeat(201))),
    ];
    for (const input of cases) {
      expect(readCanonicalApplication(input)).toBeUndefined();
      expectSame(input);
    }
    // Where zod parses them all the same (a number amount becomes its canonical text).
    expect(parseApplication(cases[0]).success).toBe(true);
  });

  it("steps aside at every limit of the contract, where zod refuses", () => {
    const municipality = { type: "municipality", code: "049" };
    const line = { category: "staff", amount: "1.00" };
    const authority = (n: number) => ({
      type: "jointAuthority",
      businessId: "0201256-6",
      name: "Kuntayhtymä",
      onBehalfOf: Array.from({ length: n }, () => "049"),
    });
    const limits: [string, (a: Editable) => void, (a: Editable) => void][] = [
      [
        "participants",
        (a) => (a["participants"] = Array.from({ length: 400 }, () => municipality)),
        (a) => (a["participants"] = Array.from({ length: 401 }, () => municipality)),
      ],
      ["onBehalfOf", (a) => (a["participants"] = [authority(400)]), (a) => (a["participants"] = [authority(401)])],
      [
        "lines",
        (a) => (a.budget.lines = Array.from({ length: 1000 }, () => line)),
        (a) => (a.budget.lines = Array.from({ length: 1001 }, () => line)),
      ],
      ["name", (a) => (a.project["name"] = "n".repeat(500)), (a) => (a.project["name"] = "n".repeat(501))],
      [
        "text",
        (a) => (a.project["schedule"] = "s".repeat(20_000)),
        (a) => (a.project["schedule"] = "s".repeat(20_001)),
      ],
      [
        "line text",
        (a) => (a.budget.lines[0]!["description"] = "d".repeat(20_000)),
        (a) => (a.budget.lines[0]!["description"] = "d".repeat(20_001)),
      ],
      ["id", (a) => (a["id"] = "i".repeat(200)), (a) => (a["id"] = "i".repeat(201))],
      [
        "declarations",
        (a) =>
          (a.project["declarations"] = {
            socialAndHealthCare: null,
            digitisationOnly: undefined,
            builtEnvironment: true,
            archiving: false,
            caseManagement: null,
          }),
        (a) =>
          (a.project["declarations"] = {
            socialAndHealthCare: null,
            digitisationOnly: undefined,
            builtEnvironment: true,
            archiving: false,
            caseManagement: 0,
          }),
      ],
    ];
    for (const [what, within, beyond] of limits) {
      expect(expectSame(change(within)), what).toBe("read");
      const over = change(beyond);
      expect(readCanonicalApplication(over), what).toBeUndefined();
      expect(parseApplication(over).success, what).toBe(false);
    }
    // Values of the wrong kind, one field at a time: each refused by zod, each left to it.
    const wrong: ((a: Editable) => void)[] = [
      (a) => (a["participants"] = "x"),
      (a) => (a["participants"] = [{ ...municipality, code: "49a" }]),
      (a) => (a["participants"] = [{ ...authority(1), onBehalfOf: ["49a"] }]),
      (a) => (a["participants"] = [{ ...authority(1), onBehalfOf: "049" }]),
      (a) => (a["participants"] = [{ type: "company", name: "Data Oy", businessId: "0201256-5" }]),
      (a) => (a["participants"] = [{ type: "partner", name: "Data Oy" }]),
      (a) => (a["submittedAt"] = "2022-04-25T15:30:00"),
      (a) => (a.project["start"] = "2022-02-30"),
      (a) => (a.project["focusArea"] = "digitalSecurityX"),
      (a) => (a.project["declarations"] = { archiving: "yes" }),
      (a) => (a.project["declarations"] = ["x"]),
      (a) => (a.budget.lines[0]!["category"] = "snacks"),
      (a) => (a.budget.lines[0]!["necessary"] = "yes"),
      (a) => (a.budget.lines[0]!["actualCosts"] = 1),
      (a) => (a.budget.lines[0]!["vat"] = "x"),
      (a) => ((a.budget as Record<string, unknown>)["requestedGrant"] = "-1.00"),
      (a) => (a["edition"] = "2023"),
    ];
    for (const edit of wrong) {
      const input = change(edit);
      expect(readCanonicalApplication(input)).toBeUndefined();
      expect(parseApplication(input).success).toBe(false);
    }
  });

  it("fills zod's defaults with new values, shares no object with the input, and never throws", () => {
    const input = structuredClone(clean[1]) as Record<string, unknown> & {
      project: Record<string, unknown>;
      budget: { lines: Record<string, unknown>[] };
    };
    delete input["participants"];
    delete input.project["declarations"];
    delete input.budget.lines[0]!["vat"];
    const a = readCanonicalApplication(input)!;
    const b = readCanonicalApplication(input)!;
    expect([a.participants, a.project.declarations, a.budget.lines[0]!.vat]).toEqual([[], {}, "0.00"]);
    expect(a.participants).not.toBe(b.participants);
    expect(a.project.declarations).not.toBe(b.project.declarations);
    const full = clean[1]!;
    const r = readCanonicalApplication(full)!;
    expect(r.project).not.toBe(full.project);
    expect(r.budget.lines).not.toBe(full.budget.lines);
    expect(r.budget.lines[0]).not.toBe(full.budget.lines[0]);
    const throwing = Object.defineProperty({}, "edition", {
      get() {
        throw new Error("no");
      },
    });
    expect(readCanonicalApplication(throwing)).toBeUndefined();
    for (const x of [null, undefined, 1, "x", [], [clean[0]]]) expect(readCanonicalApplication(x)).toBeUndefined();
  });

  it("knows every field of the input contract: a field added to the schema must be added here too", () => {
    // The reader writes fields by name; one it does not know it would drop, where zod keeps it.
    const keys = (schema: { _zod: { def: { shape: object } } }) => Object.keys(schema._zod.def.shape);
    expect(keys(applicationSchema)).toEqual([
      "id",
      "edition",
      "submittedAt",
      "applicant",
      "participants",
      "project",
      "budget",
    ]);
    const parties = partySchema._zod.def.options as unknown as { _zod: { def: { shape: object } } }[];
    expect(parties.map(keys)).toEqual([
      ["type", "code", "name"],
      ["type", "businessId", "name", "onBehalfOf"],
      ["type", "name", "businessId"],
      ["type", "name", "businessId"],
      ["type", "name", "businessId"],
    ]);
    expect(keys(budgetSchema)).toEqual(["lines", "requestedGrant"]);
    expect(keys(projectSchema)).toEqual([
      "name",
      "focusArea",
      "declarations",
      "start",
      "end",
      "objectives",
      "measures",
      "results",
      "disseminationPlan",
      "schedule",
      "organisation",
      "relatedProjects",
    ]);
    expect(keys(budgetLineSchema)).toEqual(["category", "amount", "vat", "description", "necessary", "actualCosts"]);
    const declarations = (
      projectSchema._zod.def.shape as unknown as {
        declarations: { _zod: { def: { innerType: { _zod: { def: { shape: object } } } } } };
      }
    ).declarations._zod.def.innerType;
    expect(keys(declarations)).toEqual([
      "socialAndHealthCare",
      "digitisationOnly",
      "builtEnvironment",
      "archiving",
      "caseManagement",
    ]);
  });
});

describe("isCanonicalAmount", () => {
  it("agrees with the input contract's pattern", () => {
    const digits = fc.string({ unit: fc.constantFrom("0", "1", "5", "9", ".", "-", "a", " ", "٣"), maxLength: 19 });
    const near = fc
      .tuple(fc.nat({ max: 10 ** 15 }), fc.nat({ max: 120 }))
      .map(([w, c]) => `${w}.${String(c).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(digits, near, fc.string({ maxLength: 20 })), (text) => {
        expect(isCanonicalAmount(text)).toBe(CANONICAL_AMOUNT.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      "0.00",
      "1.00",
      "99999999999999.99",
      "100000000000000.00",
      "00.00",
      "01.00",
      "0.0",
      ".00",
      "1.000",
      "1,00",
      "",
      "1e2.00",
    ]) {
      expect(isCanonicalAmount(text)).toBe(CANONICAL_AMOUNT.test(text));
    }
    expect([1, null, undefined].map(isCanonicalAmount)).toEqual([false, false, false]);
  });
});
