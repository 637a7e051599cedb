// The consumer projects of the smoke test (`scripts/smoke.ts`): what a user of the published
// package writes, in each module system and TypeScript resolution mode. Kept as text, because these
// files must be compiled against the packed tarball, never against this repository's sources.

/** A fresh project: its files by relative path, and the command that proves it works. */
export interface ConsumerProject {
  /** The folder name under `.tmp/smoke/`, and the name of the check. */
  readonly name: string;
  /** What the check proves, for the report line. */
  readonly title: string;
  /** File path → content. */
  readonly files: { readonly [path: string]: string };
  /** `node <file>` to run, or `tsc` to type-check with the project's tsconfig.json. */
  readonly run: { readonly node: string } | { readonly tsc: true };
  /** Development packages the consumer has installed besides the package and its dependencies. */
  readonly devPackages?: readonly string[];
}

/**
 * A joint project of three municipalities in the 2022 call (fictional): eligible, max grant 102 000.42 €.
 * Written out rather than taken from the tests' builder (test/helpers/application2022.ts): the smoke
 * test runs outside vitest and embeds it as JSON in projects compiled against the packed tarball.
 */
const APPLICATION = {
  id: "smoke-1",
  edition: "2022",
  submittedAt: "2022-04-25T15:30:00+03:00",
  // Helsinki states the funding share of the consortium: all costs with VAT less the grant applied for.
  applicant: { type: "municipality", code: "091", name: "Helsinki", financing: "24812.62" },
  participants: [
    { type: "municipality", code: "049" },
    { type: "municipality", code: "092" },
  ],
  project: {
    name: "Yhteinen tietoalusta (fiktiivinen)",
    focusArea: "dataQuality",
    declarations: { socialAndHealthCare: false, digitisationOnly: false, employerSanctions: false },
    start: "2022-09-01",
    end: "2024-06-30",
    objectives: "Kunnat parantavat yhteisten tietovarantojensa laatua.",
    measures: "Tietojen laatukriteerit, yhteinen tietomalli ja laadun seuranta.",
    results: "Laadukkaat, yhteentoimivat tiedot kolmen kunnan käytössä.",
    disseminationPlan: "Mallit julkaistaan avoimesti muiden kuntien käyttöön.",
    schedule: "Syksy 2022 suunnittelu, 2023 toteutus, kevät 2024 käyttöönotto.",
    organisation: "Helsinki hallinnoi; Espoo ja Vantaa ovat osatoteuttajia.",
    relatedProjects: "Ei päällekkäisiä hankkeita.",
    operationalChange: "Laadun seuranta otetaan osaksi kuntien tiedonhallinnan vuosikelloa.",
  },
  budget: {
    lines: [
      { category: "staff", amount: "100000.00" },
      { category: "services", amount: 20000.5, vat: "4812.12" },
    ],
    requestedGrant: "100000.00",
  },
} as const;

const pkg = (extra: object) =>
  `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true, ...extra }, null, 2)}\n`;

// The same checks in both module systems: a real assessment, an allocation of the built-in example
// call, and a helper of the testing subpath.
function runtimeChecks(): string {
  return `
const app = ${JSON.stringify(APPLICATION)};
const a = lib.assess(app, { locale: "en" });
assert.equal(a.status, "eligible", JSON.stringify(a.findings.filter((f) => f.outcome !== "pass")));
assert.equal(a.budget.maxGrant, "102000.42");
assert.ok(a.findings.every((f) => f.citation.length > 0 && f.message.length > 0));
const late = lib.assess({ ...app, submittedAt: "2022-04-26T09:00:00+03:00" }, { locale: "sv" });
assert.equal(late.status, "ineligible");
assert.deepEqual(late.findings.filter((f) => f.outcome === "fail").map((f) => f.rule), ["deadline.submittedInTime"]);
assert.equal(lib.assess({ edition: "2022" }, { locale: "fi" }).status, "invalid");
const clean = examples.exampleApplications["2022"].find((e) => e.scenario === "clean");
assert.equal(lib.assess(clean.application).status, "eligible");
const candidates = examples.exampleCall2022.candidates.map((c) => ({ id: c.id, application: c.application, score: c.score }));
const r = lib.allocate(candidates, { edition: "2022", appropriation: "10000000.00", strategy: "ranked", locale: "en" });
assert.equal(r.success, true, JSON.stringify(r));
assert.deepEqual(testing.expectEditionDiff("2022", "2022", []), []);
assert.equal(testing.stableStringify({ b: 1, a: [2] }), testing.stableStringify({ a: [2], b: 1 }));
console.log(\`\${a.id} \${a.status}, max grant \${a.budget.maxGrant}; \${r.data.totalGranted} of 10000000.00 allocated over \${candidates.length} example applications\`);
`;
}

/** The consumer projects, one per module system and resolution mode. */
export function consumerProjects(): ConsumerProject[] {
  const esm: ConsumerProject = {
    name: "esm",
    title: "ESM: a .mjs file imports the main entry and both subpaths, assesses and allocates",
    files: {
      // The opposite "type" on purpose: the .mjs and .cjs extensions must decide, as Node says.
      "package.json": pkg({ type: "commonjs" }),
      "main.mjs": `import assert from "node:assert/strict";
import * as lib from "digikannustin";
import * as testing from "digikannustin/testing";
import * as examples from "digikannustin/examples";
${runtimeChecks()}`,
    },
    run: { node: "main.mjs" },
  };
  const cjs: ConsumerProject = {
    name: "cjs",
    title: "CommonJS: a .cjs file requires the main entry and both subpaths, assesses and allocates",
    files: {
      "package.json": pkg({ type: "module" }),
      "main.cjs": `"use strict";
const assert = require("node:assert/strict");
const lib = require("digikannustin");
const testing = require("digikannustin/testing");
const examples = require("digikannustin/examples");
${runtimeChecks()}`,
    },
    run: { node: "main.cjs" },
  };
  return [esm, cjs, typesProject("bundler"), typesProject("nodenext")];
}

// What a TypeScript user writes; the @ts-expect-error lines prove the types are real, not `any`.
const TYPED_USE = `
const input: ApplicationInput = ${JSON.stringify(APPLICATION)};
const assessment: Assessment = assess(input, { locale: "fi" });
const status: AssessmentStatus = assessment.status;
const maxGrant: Amount | undefined = assessment.budget?.maxGrant;
const parsed: Result<Application, ParseIssue> = parseApplication(input);
const edition: CallEdition = getEdition("2022");
const clean: ExampleApplication | undefined = exampleApplications["2022"][0];
const text: string = stableStringify(clean);
const changes: EditionChange[] = expectEditionDiff("2022", "2022", []);
void status, maxGrant, parsed, edition, text, changes;

// @ts-expect-error money is a decimal string, never a number
const wrong: number = applyRate("100.00", "0.85", { unit: "cent", mode: "down" });
// @ts-expect-error every rounding names its mode
applyRate("100.00", "0.85");
// @ts-expect-error there is no 2023 call edition
getEdition("2023");
// @ts-expect-error the status is one of four literals
const approved: "approved" = assessment.status;
void wrong, approved;
`;

const TYPED_IMPORTS = `import {
  type Amount,
  type Application,
  type ApplicationInput,
  type Assessment,
  type AssessmentStatus,
  type CallEdition,
  type ParseIssue,
  type Result,
  applyRate,
  assess,
  getEdition,
  parseApplication,
} from "digikannustin";
import { type ExampleApplication, exampleApplications } from "digikannustin/examples";
import { type EditionChange, expectEditionDiff, stableStringify } from "digikannustin/testing";
`;

function typesProject(resolution: "bundler" | "nodenext"): ConsumerProject {
  const compilerOptions = {
    target: "es2022",
    // A bundler user targets the browser (DOM, no Node types); a nodenext user targets Node
    // (@types/node, no DOM). zod's declarations need one or the other for `URL`; ours need neither.
    lib: resolution === "bundler" ? ["es2022", "dom"] : ["es2022"],
    types: resolution === "bundler" ? [] : ["node"],
    module: resolution === "bundler" ? "esnext" : "nodenext",
    moduleResolution: resolution,
    strict: true,
    noEmit: true,
    // The package's own declarations are checked too, under the consumer's strictest settings.
    skipLibCheck: false,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  };
  const files: Record<string, string> = {
    "package.json": pkg({ type: "module" }),
    "tsconfig.json": `${JSON.stringify({ compilerOptions, include: ["*.ts", "*.cts", "*.mts"] }, null, 2)}\n`,
    "main.ts": TYPED_IMPORTS + TYPED_USE,
  };
  // Under nodenext a .cts file is CommonJS: its imports resolve through the "require" condition.
  if (resolution === "nodenext") files["main.cts"] = TYPED_IMPORTS + TYPED_USE;
  return {
    name: `ts-${resolution}`,
    title:
      resolution === "bundler"
        ? 'TypeScript, moduleResolution "bundler": tsc --noEmit on the main entry and both subpaths'
        : 'TypeScript, moduleResolution "nodenext": tsc --noEmit on an ESM .ts and a CommonJS .cts file',
    files,
    run: { tsc: true },
    ...(resolution === "nodenext" ? { devPackages: ["@types/node"] } : {}),
  };
}
