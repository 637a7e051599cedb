import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseApplication } from "../../src/application/parse.js";
import { applicationSchema } from "../../src/application/schema.js";
import { APPLICATION } from "../package/consumers.js";

// A host that sets zod's `jitless` (a strict Content-Security-Policy, say) must get no generated
// code from the library: parseApplication then keeps to zod's runtime parser and skips z.compile.
// Its own file, so that no earlier parse has compiled the contract yet; the setting is undone after.
const original = globalThis.Function;
let generated = 0;

/** Counts every `Function(…)` and `new Function(…)`, the way zod's compiler builds its parser. */
function countGeneratedCode(): void {
  globalThis.Function = new Proxy(original, {
    apply: (target, self, args) => {
      generated++;
      return Reflect.apply(target, self, args);
    },
    construct: (target, args) => {
      generated++;
      return Reflect.construct(target, args);
    },
  });
}

afterEach(() => {
  globalThis.Function = original;
  z.config({ jitless: false });
});

describe("parseApplication under zod's jitless setting", () => {
  it("generates no code and parses as the runtime parser does; without the setting it compiles", () => {
    z.config({ jitless: true });
    countGeneratedCode();
    const r = parseApplication(APPLICATION);
    expect(generated).toBe(0);
    expect(r).toEqual({ success: true, data: applicationSchema.safeParse(APPLICATION).data });
    z.config({ jitless: false });
    expect(parseApplication(APPLICATION)).toEqual(r);
    expect(generated, "zod's compiler builds the contract's parser on first use").toBeGreaterThan(0);
  });
});
