// The library runs in a browser: it bundles for `platform: "browser"` without a single Node
// built-in, and the bundle assesses an application in a bare JavaScript realm that has no
// `process`, no `require`, no `console`, and whose clock and random source throw when read.
import { builtinModules } from "node:module";
import { runInContext, createContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { type BundleReport, bundleEntry, packageOf } from "../size/bundleEntry.js";

const RUNTIME_PACKAGES = ["decimal.js", "date-fns", "@date-fns/tz", "zod"];

// A joint project of three municipalities in the 2022 call (fictional figures).
const application = {
  id: "browser-1",
  edition: "2022",
  submittedAt: "2022-04-25T15:30:00+03:00",
  applicant: { type: "municipality", code: "091", name: "Helsinki" },
  participants: [
    { type: "municipality", code: "049" },
    { type: "municipality", code: "092" },
  ],
  project: { name: "Yhteinen tietoalusta", focusArea: "dataQuality", start: "2022-09-01", end: "2024-06-30" },
  budget: {
    lines: [
      { category: "staff", amount: "100000.00" },
      { category: "services", amount: 20000.5, vat: "4812.12" },
    ],
    requestedGrant: "100000.00",
  },
};

// The entry a browser app would write. It leaves its answer on globalThis so the test can read it.
const entry = `
import { parseApplication, applyRate, formatAmount, sumAmounts } from "./src/index.ts";
const parsed = parseApplication(${JSON.stringify(application)}, { locale: "sv" });
const bad = parseApplication({ edition: "2022" }, { locale: "fi" });
const eligible = parsed.success ? sumAmounts(parsed.data.budget.lines.map((l) => l.amount)) : null;
globalThis.answer = JSON.stringify({
  success: parsed.success,
  amounts: parsed.success ? parsed.data.budget.lines.map((l) => l.amount) : null,
  eligible,
  maxGrant: eligible && applyRate(eligible, "0.85", { unit: "cent", mode: "down" }),
  shown: eligible && formatAmount(eligible, "sv"),
  badCode: bad.success ? null : bad.issues[0].code,
  badMessage: bad.success ? null : bad.issues[0].message,
});
`;

// Runs before the bundle in the bare realm: reading the clock or Math.random throws, so a pure core
// that sneaks in `Date.now()` or `new Date()` fails here rather than in a user's audit.
const PRELUDE = `
const RealDate = Date;
globalThis.Date = class Date extends RealDate {
  constructor(...args) {
    if (args.length === 0) throw new Error("the library read the clock: new Date()");
    super(...args);
  }
  static now() { throw new Error("the library read the clock: Date.now()"); }
};
Math.random = () => { throw new Error("the library used Math.random()"); };
delete globalThis.console; // V8 gives every realm one; the library must never log
globalThis.__before = Object.getOwnPropertyNames(globalThis);
globalThis.__protoBefore = [Object, Array, String, Function].map((c) => Object.getOwnPropertyNames(c.prototype).join());
`;

describe("browser bundle (esbuild, platform browser)", () => {
  let bundle: BundleReport;
  beforeAll(async () => {
    bundle = await bundleEntry(entry, { minify: true });
  });

  it("bundles without warnings and imports nothing at run time", () => {
    expect(bundle.warnings).toEqual([]);
    expect(bundle.outputImports).toEqual([]);
  });

  it("contains no node: import and no Node built-in", () => {
    const builtins = new Set(builtinModules);
    const offending = bundle.importPaths.filter((p) => p.startsWith("node:") || builtins.has(p) || builtins.has(p.split("/")[0]!));
    expect(offending).toEqual([]);
    expect(bundle.inputs.filter((i) => i.startsWith("node:"))).toEqual([]);
  });

  it("reads only the library's own sources and its declared runtime packages", () => {
    const foreign = bundle.inputs.filter((i) => {
      if (i === "entry.ts") return false;
      const pkg = packageOf(i);
      return pkg === null ? !i.startsWith("src/") || i.startsWith("src/cli/") : !RUNTIME_PACKAGES.includes(pkg);
    });
    expect(foreign).toEqual([]);
  });

  it("runs in a bare realm without process, require or a clock, and leaves no globals behind", () => {
    const realm = createContext({});
    runInContext(PRELUDE, realm);
    // An ES module has its own scope; a script's top-level `var`s would land on globalThis.
    runInContext(`(() => {\n${bundle.code}\n})();`, realm, { filename: "bundle.js" });
    const answer = JSON.parse(runInContext("globalThis.answer", realm) as string);
    expect(answer).toEqual({
      success: true,
      amounts: ["100000.00", "20000.50"],
      eligible: "120000.50",
      maxGrant: "102000.42",
      shown: "120\u00a0000,50\u00a0€",
      badCode: "application.required",
      badMessage: expect.stringContaining("applicant"),
    });
    const added = runInContext(
      "Object.getOwnPropertyNames(globalThis).filter((k) => !globalThis.__before.includes(k))",
      realm,
    ) as string[];
    // zod keeps its own registry and config on globalThis (`__zod_globalRegistry`, `__zod_globalConfig`);
    // the library adds nothing else.
    expect([...added].filter((k) => !k.startsWith("__zod_")).sort()).toEqual(["__before", "__protoBefore", "answer"]);
    const protoAfter = runInContext(
      "[Object, Array, String, Function].map((c) => Object.getOwnPropertyNames(c.prototype).join())",
      realm,
    ) as string[];
    expect([...protoAfter]).toEqual([...(runInContext("globalThis.__protoBefore", realm) as string[])]);
    expect(runInContext("typeof process + typeof require + typeof console", realm)).toBe("undefinedundefinedundefined");
  });
});
