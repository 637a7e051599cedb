import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { assess, assessApplication, assessOpenFindings } from "../../src/assess/assess.js";
import { resolveOptions } from "../../src/assess/options.js";
import type { Assessment } from "../../src/assess/types.js";
import { BUDGET_CATEGORIES, EDITION_IDS, EXCLUSION_CODES, FOCUS_AREA_CODES } from "../../src/vocabulary/codes.js";
import { getEdition } from "../../src/editions/registry.js";
import { catalogue, formatMessage } from "../../src/messages/catalogue.js";
import { ruleCatalogue, rulesFor } from "../../src/rules/catalogue.js";
import { amountToCents, centsToAmount } from "../helpers/money.js";
import { application2022 } from "../helpers/application2022.js";

// ---- generators of valid applications --------------------------------------------------------

// Valid, merged-away (099 Honkajoki, 911 Valtimo), Åland (478, 035) and unknown (998, 000) codes.
const code = fc.constantFrom("444", "049", "091", "297", "749", "214", "541", "099", "911", "478", "035", "998", "000");
const businessId = fc.constantFrom("0201256-6", "9990008-3", "0123456-2", "1234567-1");
const name = fc.constantFrom("Lohja", "Kuntaliitto", "Data Oy", "Ö", "Kuntayhtymä");
const party = fc.oneof(
  fc.record({ type: fc.constant("municipality"), code }),
  fc.record(
    { type: fc.constant("jointAuthority"), businessId, name, onBehalfOf: fc.array(code, { maxLength: 4 }) },
    { requiredKeys: ["type", "businessId", "name"] },
  ),
  fc.record({ type: fc.constantFrom("association", "company", "other"), name }),
);
// Up to 2 M€ a line, as integer cents written exactly; some as JSON numbers (integer euros).
const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 200_000_000n }).map(centsToAmount),
  fc.integer({ min: 0, max: 2_000_000 }),
);
const line = fc.record(
  {
    category: fc.constantFrom(...BUDGET_CATEGORIES),
    amount,
    vat: amount,
    description: fc.string({ maxLength: 20 }),
    necessary: fc.boolean(),
    actualCosts: fc.boolean(),
  },
  { requiredKeys: ["category", "amount"] },
);
const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);
const date = fc.integer({ min: 0, max: 7 * 365 }).map((d) => new Date(START + d * DAY).toISOString().slice(0, 10));
// Instants near and far from the deadlines, in UTC or with a Finnish offset.
const instant = fc
  .tuple(fc.integer({ min: START, max: Date.UTC(2025, 0, 1) }), fc.boolean())
  .map(([ms, utc]) =>
    utc ? new Date(ms).toISOString() : `${new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19)}+03:00`,
  );
const deadlineInstant = fc
  .tuple(
    fc.constantFrom(Date.UTC(2022, 3, 25, 13, 15), Date.UTC(2021, 4, 4, 13, 15), Date.UTC(2019, 11, 19, 14, 15)),
    fc.integer({ min: -5, max: 5 }),
  )
  .map(([ms, s]) => new Date(ms + s * 1000).toISOString());
const text = fc.oneof(fc.constant("   "), fc.constant(""), fc.string({ maxLength: 30 }));
const declaration = fc.oneof(fc.boolean(), fc.constant(null));
const declarations = fc.record(Object.fromEntries(EXCLUSION_CODES.map((c) => [c, declaration])), { requiredKeys: [] });

const application = fc.record(
  {
    id: fc.string({ maxLength: 10 }),
    edition: fc.constantFrom(...EDITION_IDS),
    submittedAt: fc.oneof(instant, deadlineInstant),
    applicant: party,
    participants: fc.array(party, { maxLength: 6 }),
    project: fc.record(
      {
        name: fc.constant("Hanke"),
        focusArea: fc.constantFrom(...FOCUS_AREA_CODES),
        declarations,
        start: date,
        end: date,
        objectives: text,
        measures: text,
        results: text,
        disseminationPlan: text,
        schedule: text,
        organisation: text,
        relatedProjects: text,
      },
      { requiredKeys: ["name"] },
    ),
    budget: fc.record({ lines: fc.array(line, { maxLength: 8 }), requestedGrant: amount }),
  },
  { requiredKeys: ["edition", "applicant", "project", "budget"] },
);
const options = fc.record(
  {
    edition: fc.constantFrom(...EDITION_IDS),
    locale: fc.constantFrom("fi", "sv", "en"),
    at: instant,
    alandMunicipalities: fc.constantFrom("allow", "review", "deny"),
  },
  { requiredKeys: [] },
);

// ---- helpers ---------------------------------------------------------------------------------

function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((p) => Reflect.ownKeys(p).map(String)).sort();
}

function expectInvalid(a: Assessment): void {
  expect(a.status).toBe("invalid");
  expect(a.issues.length).toBeGreaterThan(0);
  expect(a.findings).toEqual([]);
  expect(a.budget).toBeNull();
  for (const i of a.issues) expect(typeof i.message).toBe("string");
}

function expectClean(before: string[]): void {
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

const INFO = new Map(ruleCatalogue.map((r) => [r.id, r]));
const PCT = 85n;

// ---- properties ------------------------------------------------------------------------------

// Generous timeouts for a busy shared machine: these are property runs, not timed tests.
describe("assess on valid applications (fast-check)", { timeout: 60_000 }, () => {
  it("never throws, never mutates, is plain JSON, and its status follows its findings", () => {
    fc.assert(
      fc.property(application, options, (input, opts) => {
        const before = structuredClone(input);
        const a = assess(input, opts);
        expect(input).toEqual(before);
        expect(a.issues).toEqual([]);
        expect(a.status).not.toBe("invalid");
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);

        const outcomes = a.findings.map((f) => f.outcome);
        const expected = outcomes.includes("fail")
          ? "ineligible"
          : outcomes.some((o) => o === "review" || o === "missing")
            ? "needsReview"
            : "eligible";
        expect(a.status).toBe(expected);

        const edition = getEdition(opts.edition ?? input.edition);
        expect(a.edition).toBe(edition.id);
        expect(a.findings.map((f) => f.rule)).toEqual(rulesFor(edition).map((r) => r.id));
        const locale = opts.locale ?? "fi";
        // Collected as plain data and compared once: an expect per finding is slow over many runs.
        const wrong: string[] = [];
        for (const f of a.findings) {
          if (!INFO.get(f.rule)?.outcomes.includes(f.outcome)) wrong.push(`${f.rule}: outcome ${f.outcome}`);
          if (!(f.messageCode in catalogue)) wrong.push(`${f.rule}: code ${f.messageCode}`);
          if (f.citation.length === 0) wrong.push(`${f.rule}: no citation`);
          // The params alone render the message, in any language.
          if (formatMessage(f.messageCode, f.params as never, locale) !== f.message)
            wrong.push(`${f.rule}: params do not render the message`);
          for (const l of ["fi", "sv", "en"] as const) {
            const m = formatMessage(f.messageCode, f.params as never, l);
            if (/undefined|NaN|\[object/.test(m)) wrong.push(`${f.rule} (${l}): ${m}`);
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 250 },
    );
  });

  it("assessOpenFindings (allocate's) gives the verdict, the budget, the findings that did not pass and the notices, unworded", () => {
    const policies = fc.constantFrom("allow", "review", "deny");
    fc.assert(
      fc.property(application, fc.constantFrom(...EDITION_IDS), policies, instant, (input, id, aland, at) => {
        const parsed = parseApplication(input);
        if (!parsed.success) throw new Error("the generator makes valid applications");
        const edition = getEdition(id);
        const options = { alandMunicipalities: aland, ...(input.submittedAt === undefined ? { at } : {}) };
        const full = assessApplication(parsed.data, edition, options);
        const open = assessOpenFindings(parsed.data, edition, resolveOptions(options, false));
        const unworded = full.findings.filter((f) => f.outcome !== "pass").map((f) => ({ ...f, message: "" }));
        const notices = full.notices.map((n) => ({ ...n, message: "" }));
        expect(open).toEqual({ ...full, findings: unworded, notices });
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the money exact: maxGrant = ⌊85 % × eligible⌋ to the cent, totals add up", () => {
    fc.assert(
      fc.property(application, (input) => {
        const b = assess(input).budget!;
        const [eligible, ineligible, total, conditional, max, requested, own] = [
          b.eligibleCosts,
          b.ineligibleCosts,
          b.totalCosts,
          b.conditionalCosts,
          b.maxGrant,
          b.requestedGrant,
          b.ownShare,
        ].map(amountToCents) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint];
        expect(b.rate).toBe("0.85");
        // max ≤ 0.85 × eligible < max + 1 cent, in hundredths of a cent.
        expect(max * 100n <= eligible * PCT).toBe(true);
        expect((max + 1n) * 100n > eligible * PCT).toBe(true);
        expect(eligible + ineligible).toBe(total);
        expect(conditional <= eligible).toBe(true);
        // The own share: all costs and VAT less the grant that can be awarded (the request, at most the maximum).
        const vat = amountToCents(b.vat);
        const awardable = [requested, max].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))[0]!;
        expect(own).toBe(total + vat - awardable);
      }),
      { numRuns: 300 },
    );
  });
});

describe("assess and parseApplication on arbitrary input (fast-check)", { timeout: 60_000 }, () => {
  const hostileKey = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom("__proto__", "constructor", "prototype", "edition", "applicant", "budget", "toString", "valueOf"),
  );
  const anything = fc.anything({
    key: hostileKey,
    maxDepth: 4,
    withNullPrototype: true,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  });

  it("gives invalid with issues for any JSON value, and leaves the prototypes clean", () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.jsonValue(), options, (input, opts) => {
        const parsed = parseApplication(input);
        expect(parsed.success).toBe(false);
        expectInvalid(assess(input, opts));
        expectClean(before);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on anything, including null-prototype objects and __proto__ keys", () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(anything, anything, (input, opts) => {
        parseApplication(input);
        const a = assess(input, opts as never);
        if (a.status === "invalid") expectInvalid(a);
        expectClean(before);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when any part of a valid application is replaced by anything", () => {
    const before = prototypeKeys();
    const paths = [
      ["edition"],
      ["submittedAt"],
      ["applicant"],
      ["applicant", "code"],
      ["participants"],
      ["participants", 0],
      ["project"],
      ["project", "focusArea"],
      ["project", "declarations"],
      ["project", "start"],
      ["budget"],
      ["budget", "lines"],
      ["budget", "lines", 0],
      ["budget", "lines", 0, "amount"],
      ["budget", "requestedGrant"],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), anything, (path, value) => {
        const input = application2022() as unknown as Record<string | number, unknown>;
        let node = input;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[path[path.length - 1]!] = value;
        const a = assess(input);
        if (a.status === "invalid") expectInvalid(a);
        else expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expectClean(before);
      }),
      { numRuns: 300 },
    );
  });

  it("is not polluted by __proto__ keys parsed from JSON", () => {
    const before = prototypeKeys();
    const json = JSON.stringify(application2022()).replace(
      /^\{/,
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    const input = JSON.parse(json.replace('"applicant":{', '"applicant":{"__proto__":{"polluted":"yes"},'));
    expect(Object.hasOwn(input, "__proto__")).toBe(true);
    const a = assess(input);
    expect(a.status).toBe("eligible");
    expectClean(before);
    const hostile = JSON.parse('{"__proto__":{"edition":"2022","applicant":{"type":"municipality","code":"444"}}}');
    expectInvalid(assess(hostile));
    expectClean(before);
  });

  it.each([
    ["a huge number as an amount", 1e308],
    ["a number in exponent form", 1e21],
    ["beyond the safe integers", 2 ** 53 + 2],
    ["negative zero", -0],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a 100 000-digit string", "9".repeat(100_000)],
  ])("handles %s as the requested grant", (_, requestedGrant) => {
    const a = assess(application2022((input) => (input.budget.requestedGrant = requestedGrant)));
    // −0 reads as 0.00: a valid amount, but nothing requested (grant.withinMaximum fails).
    if (Object.is(requestedGrant, -0)) expect(a.status).toBe("ineligible");
    else expectInvalid(a);
  });

  it("handles deep nesting and very long strings", () => {
    let deep: unknown = "444";
    for (let i = 0; i < 10_000; i++) deep = i % 2 ? [deep] : { code: deep };
    expectInvalid(assess({ ...application2022(), applicant: deep }));
    expectInvalid(assess(deep));
    const long = "x".repeat(2_000_000);
    expectInvalid(
      assess(
        application2022((a) => {
          a.project.name = long;
          a.project.objectives = long;
        }),
      ),
    );
    expectInvalid(assess({ ...application2022(), edition: long }));
    expect(assess(application2022((a) => (a.id = long))).status).toBe("invalid");
  });
});
