// The reproducers of issue #16 (hostile input), one test each: every one threw, failed the whole
// call, never returned or echoed unbounded input before.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import {
  MoneyError,
  addAmounts,
  allocate,
  allocateAssessed,
  assess,
  assessApplication,
  compareAcrossEditions,
  decisionRecords,
  diffEditions,
  editionIds,
  getEdition,
  parseAmount,
  parseApplication,
} from "../../src/index.js";
import { fakeIo } from "../cli/fakeIo.js";
import { application2022 } from "../helpers/application2022.js";

const valid = application2022();
const { submittedAt: _, ...validWithoutSubmittedAt } = valid;

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwingLocale = {
  get locale(): never {
    throw new Error("boom");
  },
};

describe("1. instants the Helsinki converter cannot write are refused by the contract", () => {
  it.each([
    ["submittedAt", "0000-01-01T00:00:00+14:00"],
    ["submittedAt", "9999-12-31T23:59:59-12:00"],
  ])("assess refuses %s %s with time.outOfRange, as parseApplication does", (field, instant) => {
    const a = assess({ ...valid, [field]: instant }, { locale: "en" });
    expect(a.status).toBe("invalid");
    expect(a.issues.map((i) => [i.path, i.code])).toEqual([[[field], "time.outOfRange"]]);
    expect(a.issues[0]!.message).toBe(`${field}: ${instant}: not in the years 0000–9999 in Finnish time.`);
    const parsed = parseApplication({ ...valid, [field]: instant });
    expect(parsed.success ? [] : parsed.issues.map((i) => i.code)).toEqual(["time.outOfRange"]);
  });

  it("assess refuses options.at 0000-01-01T00:00:00+23:59 with time.outOfRange", () => {
    const a = assess(validWithoutSubmittedAt, { at: "0000-01-01T00:00:00+23:59" });
    expect(a.issues.map((i) => [i.path, i.code])).toEqual([[["options", "at"], "time.outOfRange"]]);
  });

  it("allocate rejects such a candidate under its own id", () => {
    const r = allocate(
      [
        { id: "V", application: valid, score: 4 },
        { id: "Y0", application: { ...valid, id: "Y0", submittedAt: "0000-01-01T00:00:00+14:00" }, score: 4 },
      ],
      { edition: "2022" },
    );
    expect(r.success && r.data.allocations.map((a) => [a.id, a.status])).toEqual([
      ["V", "granted"],
      ["Y0", "rejected"],
    ]);
    expect(r.success && r.data.allocations[1]!.reasons.map((x) => x.code)).toContain("time.outOfRange");
  });
});

describe("2. nothing throws outside the guard", () => {
  it("parseApplication with null options reads in Finnish", () => {
    expect(parseApplication(valid, null as never).success).toBe(true);
    expect(parseApplication({}, null as never)).toEqual(parseApplication({}));
  });

  it("parseAmount with null options refuses a negative amount", () => {
    expect(parseAmount("-5.00", null as never)).toEqual({
      success: false,
      issues: [{ code: "money.negative", input: "-5.00" }],
    });
  });

  it("options whose getter throws are refused as options", () => {
    expect(parseApplication(valid, throwingLocale as never)).toMatchObject({
      success: false,
      issues: [{ path: ["options", "locale"], code: "application.invalidOption" }],
    });
    const a = assess(valid, throwingLocale as never);
    expect(a.issues.map((i) => [i.path, i.code])).toEqual([[["options"], "application.invalidType"]]);
  });

  it("a revoked proxy as the input is not an object", () => {
    expect(parseApplication(revoked())).toMatchObject({
      success: false,
      issues: [{ code: "application.notAnObject" }],
    });
    expect(assess(revoked()).issues.map((i) => i.code)).toEqual(["application.notAnObject"]);
    expect(parseAmount(revoked())).toEqual({
      success: false,
      issues: [{ code: "money.notAnAmount", input: "object" }],
    });
  });

  it.each<[string, unknown]>([
    ["{}", {}],
    ["5", 5],
    ["true", true],
    ["a revoked proxy", revoked()],
  ])("compareAcrossEditions(valid, %s) reports compare.notAList", (_, ids) => {
    const r = compareAcrossEditions(valid, ids as never);
    expect(r.byEdition).toEqual({});
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([[["editionIds"], "compare.notAList"]]);
  });

  it("compareAcrossEditions reads an array whose iterator throws by index", () => {
    const ids = ["2021", "2022"];
    Object.defineProperty(ids, Symbol.iterator, {
      value: () => {
        throw new Error("boom");
      },
    });
    expect(Object.keys(compareAcrossEditions(valid, ids as never).byEdition)).toEqual(["2021", "2022"]);
  });

  it("compareAcrossEditions with options whose locale getter throws assesses with the defaults and says why", () => {
    const r = compareAcrossEditions(valid, ["2022"], throwingLocale as never);
    expect(r.byEdition["2022"].status).toBe("eligible");
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([[["options"], "application.invalidType"]]);
  });
});

describe("2b. a value no text can write is shown by its kind", () => {
  // Found by the property test: JSON cannot write a bigint, and String cannot write a list that holds
  // an object without a prototype.
  it.each<[string, unknown]>([
    ["a list holding an object without a prototype", [Object.assign(Object.create(null), { "": 0n })]],
    ["a bigint", 5n],
    ["a list holding a bigint", [5n]],
  ])("parseApplication reports %s in budget as an issue, and never throws", (_, budget) => {
    const r = parseApplication({ ...valid, budget }, { locale: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.code)).toEqual(["application.invalidType"]);
    expect(r.issues[0]!.message).toMatch(
      /^The field budget has the wrong type: (array|5|object) \(expected object\)\.$/,
    );
    expect(assess({ ...valid, budget }).status).toBe("invalid");
  });
});

describe("2c. found by the property test after the merge of issues #10, #15 and #16", () => {
  const everyTrapThrows = (target: object) =>
    new Proxy(target, {
      get() {
        throw new Error("get");
      },
    });

  it("assessApplication under an edition whose getters throw reports assess.failed under the latest edition", () => {
    const parsed = parseApplication(valid);
    if (!parsed.success) throw new Error("the builder's application must parse");
    const a = assessApplication(parsed.data, everyTrapThrows(getEdition("2022")) as never, { locale: "en" });
    expect([a.status, a.edition, a.issues.map((i) => i.code)]).toEqual(["invalid", "2022", ["assess.failed"]]);
  });

  it("decisionRecords of a revoked result or candidate list draws no record, and never throws", () => {
    expect(decisionRecords(revoked() as never, [], { reportingMonths: 3 })).toEqual([]);
    const r = allocate([{ id: "V", application: valid, score: 4 }], { edition: "2022" });
    if (!r.success) throw new Error("the allocation must succeed");
    expect(decisionRecords(r.data, everyTrapThrows([]) as never, { reportingMonths: 3 })).toEqual([]);
    expect(decisionRecords(r.data, [{ id: "V", application: valid }], { reportingMonths: 3 })).toHaveLength(1);
  });
});

describe("3. one bad candidate never fails the whole call", () => {
  it("allocate rejects a revoked proxy and allocates the rest", () => {
    const r = allocate([{ id: "V", application: valid, score: 4 }, revoked() as never], { edition: "2022" });
    expect(r.success && r.data.allocations.map((a) => [a.id, a.status])).toEqual([
      ["V", "granted"],
      ["", "rejected"],
    ]);
  });

  it("allocateAssessed rejects a revoked proxy and allocates the rest", () => {
    const r = allocateAssessed([{ id: "V", assessment: assess(valid), score: 4 }, revoked() as never], {
      edition: "2022",
    });
    expect(r.success && r.data.allocations.map((a) => [a.id, a.status])).toEqual([
      ["V", "granted"],
      ["", "rejected"],
    ]);
  });
});

describe("4. lists have limits, checked before any work", () => {
  it.each([
    ["allocate", () => allocate(new Array(2 ** 32 - 1), { edition: "2022" })],
    ["allocateAssessed", () => allocateAssessed(new Array(2 ** 32 - 1), { edition: "2022" })],
  ])("%s refuses 2^32 − 1 candidates with allocation.tooManyCandidates", (_, call) => {
    expect(call()).toEqual({
      success: false,
      issues: [
        {
          code: "allocation.tooManyCandidates",
          params: { count: 2 ** 32 - 1, limit: 1_000_000 },
          message: "Ehdokkaita on 4294967295; enintään 1000000.",
        },
      ],
    });
  });

  it("compareAcrossEditions refuses 2^32 − 1 ids with compare.tooManyEditions", () => {
    const r = compareAcrossEditions(valid, new Array(2 ** 32 - 1));
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([
      ["compare.tooManyEditions", { count: 2 ** 32 - 1, limit: 50 }],
    ]);
  });

  it("holes in a sparse list are rejected candidates", () => {
    const candidates = new Array(1000);
    candidates[500] = { id: "V", application: valid, score: 4 };
    const r = allocate(candidates, { edition: "2022" });
    expect(r.success && r.data.counts).toEqual({ granted: 1, reserve: 0, rejected: 999 });
    const assessed = new Array(1000);
    assessed[3] = { id: "V", assessment: assess(valid), score: 4 };
    const s = allocateAssessed(assessed, { edition: "2022" });
    expect(s.success && s.data.counts).toEqual({ granted: 1, reserve: 0, rejected: 999 });
  });
});

describe("5. an unknown edition id is edition.unknown everywhere", () => {
  it.each<[string, unknown, string]>([
    ["null", null, "null"],
    ['"2023"', "2023", "2023"],
  ])("diffEditions(%s, '2022') throws EditionError with findEdition's issue", (_, id, input) => {
    expect(() => diffEditions(id as never, "2022")).toThrow(
      expect.objectContaining({ name: "EditionError", code: "edition.unknown", input, valid: editionIds }),
    );
    expect(() => diffEditions(id as never, "2022")).toThrow(RangeError);
  });

  it("compareAcrossEditions(valid, ['2022', '2203']) reports the unknown id", () => {
    const r = compareAcrossEditions(valid, ["2022", "2203" as never]);
    expect(Object.keys(r.byEdition)).toEqual(["2022"]);
    expect(r.issues.map((i) => [i.path, i.code, i.params["input"]])).toEqual([
      [["editionIds", 1], "edition.unknown", "2203"],
    ]);
  });
});

describe("6. issues echo at most 40 characters", () => {
  it.each([
    ["1".repeat(1_048_576) + ".00", "money.tooLarge"],
    ["1." + "1".repeat(1_048_576), "money.tooManyDecimals"],
    ["-" + "1".repeat(1_048_576), "money.negative"],
    ["1".repeat(1_048_576) + "e5", "money.exponent"],
    ["x".repeat(1_048_576), "money.notAnAmount"],
  ])("parseAmount of a megabyte (%#) gives %s with a 40-character echo", (input, code) => {
    const r = parseAmount(input);
    expect(r).toEqual({ success: false, issues: [{ code, input: input.slice(0, 40) }] });
  });
});

describe("7. the CLI escapes control characters and keeps a parse error on one line", () => {
  it.each([
    ["ANSI escapes", "\u001b[2J\u001b[31m\nnot JSON"],
    ["a binary file", "\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"],
  ])("%s", async (_, text) => {
    const f = fakeIo({ "bad.json": text });
    expect(await run(["assess", "bad.json", "--locale", "en"], f.io)).toBe(2);
    const err = f.stderr();
    expect(err.endsWith("\n")).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
    expect(err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(err).toMatch(/^digikannustin: bad\.json is not valid JSON: .*\\u00(1b|7f)/);
  });
});

describe("8. the money helpers throw MoneyError on misuse, and nothing else", () => {
  it.each<[string, () => unknown]>([
    ["addAmounts(null, '1.00')", () => addAmounts(null as never, "1.00")],
    ["addAmounts('x', '1.00')", () => addAmounts("x", "1.00")],
  ])("%s", (_, call) => {
    expect(call).toThrow(MoneyError);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(expect.objectContaining({ code: "money.notAnAmount" }));
  });
});
