import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isPlainJson } from "../../src/vocabulary/read.js";

describe("isPlainJson", () => {
  it.each([
    ["null", null],
    ["a string", "x"],
    ["a finite number", 1.5],
    ["a boolean", false],
    ["an object with an undefined member", { a: "1", b: undefined }],
    ["an object without a prototype", Object.assign(Object.create(null), { a: [1, { b: null }] })],
    ["a nested list", [[1], ["x"], []]],
  ])("is true for %s", (_, value) => {
    expect(isPlainJson(value)).toBe(true);
  });

  const cycle: Record<string, unknown> = {};
  cycle["self"] = cycle;
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    ["NaN", Number.NaN],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["-0", -0],
    ["undefined", undefined],
    ["a bigint", 1n],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["a Date", new Date(0)],
    ["a Map", new Map()],
    ["a hole", Object.assign(new Array(3), { 0: 1, 2: 3 })],
    ["undefined in a list", [undefined]],
    ["NaN deep inside", { a: [{ b: { c: Number.NaN } }] }],
    ["a cycle", cycle],
    ["a list with a named member", Object.assign([1], { type: 0.1 })],
    ["an empty list with a named member", Object.assign([], { x: 1 })],
    ["a symbol key", { [Symbol("k")]: 1 }],
    ["a String object", new String("x")],
    ["a revoked proxy", revoked.proxy],
    [
      "a getter that throws",
      Object.defineProperty({}, "x", {
        enumerable: true,
        get: () => {
          throw new Error("no");
        },
      }),
    ],
    ["a tree deeper than the limit", JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`)],
  ])("is false for %s", (_, value) => {
    expect(isPlainJson(value)).toBe(false);
  });

  it("is true exactly when JSON gives the value back whole, for any JSON-like value", () => {
    const leaf = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node")), fc.dictionary(fc.string(), tie("node"))),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const text = JSON.stringify(value);
        const back = text === undefined ? undefined : JSON.parse(text);
        let whole: boolean;
        try {
          expect(back).toEqual(value);
          // toEqual tells -0 from 0 and NaN from null, and ignores undefined members, which JSON leaves out.
          whole = value !== undefined;
        } catch {
          whole = false;
        }
        expect(isPlainJson(value)).toBe(whole);
      }),
    );
  });
});
