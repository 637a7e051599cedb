// The library runs in a browser: it bundles for `platform: "browser"` without a single Node
// built-in, and the bundle assesses an application in a bare JavaScript realm that has no
// `process`, no `require`, no `console`, and whose clock and random source throw when read.
import { builtinModules } from "node:module";
import { runInContext, createContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { application2022 } from "../helpers/application2022.js";
import { type BundleReport, bundleEntry, packageOf } from "../size/bundleEntry.js";

const RUNTIME_PACKAGES = ["decimal.js", "date-fns", "@date-fns/tz", "@date-fns/utc", "zod"];

// The standard application with a services line whose amount is a number, as JSON callers send it:
// its maximum grant is 102 000.42 € (85 % of 120 000.50 €, 893/2019 4 §).
const application = application2022((a) => {
  a.budget.lines = [
    { category: "staff", amount: "100000.00" },
    { category: "services", amount: 20000.5, vat: "4812.12" },
  ];
});

// The entry a browser app would write: a real assessment, on time and late, and an invalid input.
// It leaves its answer on globalThis so the test can read it.
const entry = `
import { assess, applyRate, formatAmount } from "./src/index.ts";
const application = ${JSON.stringify(application)};
const onTime = assess(application, { locale: "sv" });
// The day after the closing day: 16.16 on it would only need review, its time of day being inferred.
const late = assess({ ...application, submittedAt: "2022-04-26T09:00:00+03:00" }, { locale: "fi" });
const invalid = assess({ edition: "2022" }, { locale: "en" });
globalThis.answer = JSON.stringify({
  status: onTime.status,
  maxGrant: onTime.budget && onTime.budget.maxGrant,
  shown: onTime.budget && formatAmount(onTime.budget.maxGrant, "sv"),
  rate: applyRate("100000.01", "0.85", { unit: "cent", mode: "down" }),
  late: late.status,
  failed: late.findings.filter((f) => f.outcome === "fail").map((f) => [f.rule, f.citation]),
  invalid: invalid.status,
  issue: invalid.issues[0] && invalid.issues[0].code,
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
    const offending = bundle.importPaths.filter(
      (p) => p.startsWith("node:") || builtins.has(p) || builtins.has(p.split("/")[0]!),
    );
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
      status: "eligible",
      maxGrant: "102000.42",
      shown: "102\u00a0000,42\u00a0€",
      rate: "85000.00",
      late: "ineligible",
      failed: [["deadline.submittedInTime", expect.stringContaining("893/2019 6 §")]],
      invalid: "invalid",
      issue: "application.required",
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
