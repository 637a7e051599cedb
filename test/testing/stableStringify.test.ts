import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableStringify } from "../../src/testing/stableStringify.js";

describe("stableStringify", () => {
  it("sorts keys at every depth and indents by two spaces", () => {
    expect(stableStringify({ b: 1, a: { d: [true, { z: 1, y: 2 }], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      true,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}',
    );
  });

  it("does not depend on the order keys were added", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        expect(stableStringify(reversed)).toBe(stableStringify(dict));
        expect(JSON.parse(stableStringify(dict))).toEqual(JSON.parse(JSON.stringify(dict)));
      }),
    );
  });

  it("behaves like JSON.stringify for undefined, toJSON and own __proto__ keys", () => {
    expect(stableStringify({ a: undefined, b: [undefined] })).toBe('{\n  "b": [\n    null\n  ]\n}');
    expect(stableStringify({ when: new Date(Date.UTC(2022, 3, 25, 13, 15)) })).toBe(
      '{\n  "when": "2022-04-25T13:15:00.000Z"\n}',
    );
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    expect(stableStringify(hostile)).toBe('{\n  "__proto__": {\n    "polluted": true\n  },\n  "a": 1\n}');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("throws a TypeError on a circular value, but accepts a shared one", () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(() => stableStringify(loop)).toThrow(TypeError);
    const shared = { x: 1 };
    expect(stableStringify([shared, shared])).toBe('[\n  {\n    "x": 1\n  },\n  {\n    "x": 1\n  }\n]');
  });
});
