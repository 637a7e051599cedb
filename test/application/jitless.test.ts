import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { application2022 } from "../helpers/application2022.js";

// A host that sets zod's `jitless` (a strict Content-Security-Policy, say) must get no generated
// code from the library: parseApplication then keeps to zod's runtime parser. Without the setting,
// the input contract is compiled once, when the module loads. Each case loads the library afresh;
// the setting is undone after.
const original = globalThis.Function;
let generated = 0;

/** Counts every `Function(…)` and `new Function(…)`, the way zod's compiler builds its parser. */
function countGeneratedCode(): void {
  generated = 0;
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

/** The parser and the schema of a fresh copy of the library. */
async function load() {
  vi.resetModules();
  const { parseApplication } = await import("../../src/application/parse.js");
  const { applicationSchema } = await import("../../src/application/schema.js");
  return { parseApplication, applicationSchema };
}

afterEach(() => {
  globalThis.Function = original;
  z.config({ jitless: false });
});

describe("parseApplication under zod's jitless setting", () => {
  it("set before the library loads: generates no code, on load or on parse, and parses as the runtime parser does", async () => {
    z.config({ jitless: true });
    countGeneratedCode();
    const { parseApplication, applicationSchema } = await load();
    const r = parseApplication(application2022());
    expect(generated).toBe(0);
    expect(r).toEqual({ success: true, data: applicationSchema.safeParse(application2022()).data });
  });

  it("set after the library loads: parses with the runtime parser and gives the same result", async () => {
    const { parseApplication } = await load();
    const compiled = parseApplication(application2022());
    z.config({ jitless: true });
    countGeneratedCode();
    expect(parseApplication(application2022())).toEqual(compiled);
    expect(generated).toBe(0);
  });

  it("not set: the contract is compiled once, on load, and parsing generates no further code", async () => {
    countGeneratedCode();
    const { parseApplication } = await load();
    expect(generated, "zod's compiler builds the contract's parser on load").toBeGreaterThan(0);
    const onLoad = generated;
    expect(parseApplication(application2022()).success).toBe(true);
    expect(generated).toBe(onLoad);
  });
});
