import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";
import { addAmounts } from "../../src/index.js";
import { applicationJsonSchema } from "../../src/schema/jsonSchema.js";
import { fakeIo } from "./fakeIo.js";

// The last of a kind: the "late" one sent the next morning (16.41 on the closing day only needs review).
const example = (scenario: string) =>
  exampleCall2022.candidates.filter((c) => c.scenario === scenario).at(-1)!.application;
const files = {
  "eligible.json": JSON.stringify(example("clean")),
  "late.json": JSON.stringify(example("late")),
  "review.json": JSON.stringify(example("softwareLicences")),
  "kerava-2019.json": JSON.stringify(exampleApplications["2019-1"][0]!.application),
  "draft.json": JSON.stringify({ ...example("clean"), submittedAt: undefined }),
  "invalid.json": JSON.stringify({ ...example("clean"), budget: { lines: [], requestedGrant: "1.005" } }),
  "broken.json": '{ "edition": "2022", ',
  "array.json": "[]",
  "bom.json": `\uFEFF${JSON.stringify(example("clean"))}`,
  "call.json": JSON.stringify(exampleCall2022),
  "small-call.json": JSON.stringify({
    appropriation: "1000000.00",
    unit: "euro",
    candidates: exampleCall2022.candidates,
  }),
  "not-a-call.json": JSON.stringify({ applications: [] }),
};

async function cli(argv: string[], stdin = "", env?: Record<string, string>) {
  const f = fakeIo(files, stdin, env);
  const code = await run(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

// A user error is one readable line (plus details), never a stack trace.
function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
}

describe("digikannustin --help and --version", () => {
  it("explains itself in English by default, with every command and the exit codes", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const command of ["assess", "allocate", "diff", "editions", "schema"]) expect(r.stdout).toContain(command);
    expect(r.stdout).toContain(
      "Exit codes: 0 eligible or success · 1 ineligible · 2 invalid input or usage error · 3 needs review",
    );
  });

  it("talks Finnish or Swedish from --locale or from LANG", async () => {
    expect((await cli(["--help", "--locale", "fi"])).stdout).toContain("Käyttö: digikannustin <komento>");
    expect((await cli(["--help"], "", { LANG: "fi_FI.UTF-8" })).stdout).toContain("Käyttö:");
    expect((await cli(["--help"], "", { LC_ALL: "sv_FI.UTF-8", LANG: "fi_FI.UTF-8" })).stdout).toContain("Användning:");
    expect((await cli(["--locale=sv", "--help"])).stdout).toContain("Användning:");
  });

  it.each(["assess", "allocate", "diff", "editions", "schema"])("has --help for %s", async (command) => {
    const r = await cli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: digikannustin ${command}`);
    expect(r.stderr).toBe("");
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    for (const flag of ["--version", "-v"]) {
      const r = await cli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });
});

describe("usage errors: exit 2 with a readable message", () => {
  it.each([
    [[], "Give a command. See digikannustin --help."],
    [
      ["frobnicate"],
      'Unknown command "frobnicate". Commands: assess, allocate, diff, editions, schema, example, timeline, settle, change, recover.',
    ],
    [["assess", "eligible.json", "--frobnicate"], "Unknown option --frobnicate. See --help."],
    [["editions", "--edition", "2022"], "Unknown option --edition. See --help."],
    [["assess", "eligible.json", "--locale"], "Option --locale needs a value. See --help."],
    [["assess", "eligible.json", "--locale", "de"], '"de" is not a valid value for --locale. Allowed: fi, sv, en.'],
    [
      ["assess", "eligible.json", "--edition", "2023"],
      '"2023" is not a valid value for --edition. Allowed: 2019-1, 2019-2, 2020, 2021, 2022.',
    ],
    [["assess"], "Wrong arguments. Usage: digikannustin assess <file|->"],
    [["assess", "a.json", "b.json"], "Wrong arguments."],
    [["diff", "2021"], "Wrong arguments. Usage: digikannustin diff <a> <b>"],
    [["diff", "2021", "2023"], '"2023" is not a valid value for <b>.'],
    [["editions", "extra"], "Wrong arguments."],
  ])("%j", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`digikannustin: ${message}`);
    expectNoStack(r.stderr);
  });

  it("says it in the user's language", async () => {
    const r = await cli(["frobnicate", "--locale", "fi"]);
    expect(r.stderr).toBe(
      "digikannustin: Tuntematon komento ”frobnicate”. Komennot: assess, allocate, diff, editions, schema, example, timeline, settle, change, recover. Katso digikannustin --help.\n",
    );
    expect((await cli(["assess", "missing.json"], "", { LANG: "sv_SE.UTF-8" })).stderr).toBe(
      "digikannustin: Filen missing.json finns inte.\n",
    );
  });
});

describe("digikannustin assess", () => {
  it("exits 0 for an eligible application and prints each rule with its citation and the money", async () => {
    const r = await cli(["assess", "eligible.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Result: ELIGIBLE");
    expect(r.stdout).toContain("✓ grant.withinMaximum:");
    expect(r.stdout).toContain("893/2019 4 §");
    expect(r.stdout).toMatch(/Maximum grant\s+€[\d,]+\.\d\d/);
  });

  it("exits 1 for an ineligible application (sent after the deadline)", async () => {
    const r = await cli(["assess", "late.json", "--locale", "fi"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Tulos: EI TUKIKELPOINEN");
    expect(r.stdout).toMatch(/✗ deadline\.submittedInTime: .*25\.4\.2022 klo 16\.15/);
  });

  it("exits 3 when no rule fails but a human must decide (software licences)", async () => {
    const r = await cli(["assess", "review.json", "--locale", "sv"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("Resultat: KRÄVER PRÖVNING");
    expect(r.stdout).toContain("! costs.softwareLicences:");
  });

  it("prints the whole assessment as JSON with --json", async () => {
    const r = await cli(["assess", "eligible.json", "--json"]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.status).toBe("eligible");
    expect(a.edition).toBe("2022");
    expect(a.budget.maxGrant).toMatch(/^\d+\.\d\d$/);
  });

  it("reads standard input for -", async () => {
    const r = await cli(["assess", "-", "--json"], files["late.json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).status).toBe("ineligible");
  });

  it("assesses under another edition with --edition: one municipality alone was fine in 2019-1, not in 2022", async () => {
    expect((await cli(["assess", "kerava-2019.json"])).code).toBe(0);
    const r = await cli(["assess", "kerava-2019.json", "--edition", "2022"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ consortium.minMunicipalities:");
  });

  it("checks the deadline at --at when the application has no submittedAt", async () => {
    expect((await cli(["assess", "draft.json"])).code).toBe(3);
    expect((await cli(["assess", "draft.json", "--at", "2022-04-25T16:00:00+03:00"])).code).toBe(0);
    // After the inferred 16.15 on the closing day: review; from the next day: late.
    expect((await cli(["assess", "draft.json", "--at", "2022-04-25T16:16:00+03:00"])).code).toBe(3);
    expect((await cli(["assess", "draft.json", "--at", "2022-04-26T00:00:00+03:00"])).code).toBe(1);
    expect((await cli(["assess", "draft.json", "--at", "25.4.2022"])).code).toBe(2);
  });

  it("accepts a file with a byte-order mark", async () => {
    expect((await cli(["assess", "bom.json"])).code).toBe(0);
  });

  it.each([
    ["a missing file", ["assess", "missing.json"], "digikannustin: File not found: missing.json\n"],
    ["a directory", ["assess", "examples/"], "digikannustin: Cannot read examples/ (EISDIR).\n"],
    ["a file that is not JSON", ["assess", "broken.json"], "digikannustin: broken.json is not valid JSON: "],
    [
      "JSON that is not an object",
      ["assess", "array.json"],
      "digikannustin: array.json: the application is not valid:\n  - The application must be a JSON object.\n",
    ],
    [
      "an invalid application",
      ["assess", "invalid.json"],
      "digikannustin: invalid.json: the application is not valid:\n  - budget.requestedGrant: 1.005: an amount may have at most two decimals (cents).\n",
    ],
  ])("exits 2 for %s, with a readable message and no stack trace", async (_, argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expectNoStack(r.stderr);
  });

  it("still prints the invalid assessment as JSON with --json, for scripts", async () => {
    const r = await cli(["assess", "invalid.json", "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "invalid", issues: [{ code: "money.tooManyDecimals" }] });
  });
});

describe("digikannustin allocate", () => {
  it("shares out the 10 M€ of the example call: grants, reserve, rejections and totals", async () => {
    const r = await cli(["allocate", "call.json", "--locale", "fi"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Hakukierros 2022 · Määräraha 10\u00a0000\u00a0000,00\u00a0€ · paremmuusjärjestyksessä");
    expect(r.stdout).toMatch(/^\s+1 {2}EX-2022-\d\d {2}myönnetään/m);
    expect(r.stdout).toMatch(/varalla .*Varalla: sijan \d+ kohdalla/);
    expect(r.stdout).toMatch(/hylätään .*haku päättyi jo 25\.4\.2022 klo 16\.15/);
    expect(r.stdout).toMatch(/Myönnetty yhteensä: [\d\u00a0]+,\d\d\u00a0€/);
    expect(r.stdout).toContain("Ministeriö ei julkaissut arviointikriteereille painoja");
  });

  it("prints the allocation as JSON; granted + remaining is the appropriation, exactly", async () => {
    const r = await cli(["allocate", "call.json", "--json"]);
    const a = JSON.parse(r.stdout);
    expect(a.appropriation).toBe("10000000.00");
    expect(addAmounts(a.totalGranted, a.remaining)).toBe("10000000.00");
    expect(a.allocations).toHaveLength(49);
    expect(a.counts.granted + a.counts.reserve + a.counts.rejected).toBe(49);
  });

  it("takes options from the file, and flags override them", async () => {
    const fromFile = JSON.parse((await cli(["allocate", "small-call.json", "--json"])).stdout);
    expect(fromFile).toMatchObject({ appropriation: "1000000.00", unit: "euro", strategy: "ranked" });
    const flags = JSON.parse(
      (
        await cli([
          "allocate",
          "small-call.json",
          "--json",
          "--appropriation",
          "8000000.00",
          "--strategy",
          "proRata",
          "--unit",
          "cent",
        ])
      ).stdout,
    );
    expect(flags).toMatchObject({
      appropriation: "8000000.00",
      unit: "cent",
      strategy: "proRata",
      totalGranted: "8000000.00",
      remaining: "0.00",
    });
  });

  it.each([
    [["allocate", "not-a-call.json"], "digikannustin: not-a-call.json: expected a JSON object with a list candidates"],
    [["allocate", "array.json"], "digikannustin: array.json: expected a JSON object with a list candidates"],
    [
      ["allocate", "call.json", "--strategy", "lottery"],
      '"lottery" is not a valid value for --strategy. Allowed: ranked, proRata.',
    ],
    [
      ["allocate", "call.json", "--appropriation=-5"],
      "digikannustin: call.json: the allocation could not be made:\n  - ",
    ],
    [["allocate", "call.json", "--appropriation", "-5"], "digikannustin: Option --appropriation needs a value."],
    [["allocate", "missing.json"], "digikannustin: File not found: missing.json"],
    [["allocate"], "Wrong arguments. Usage: digikannustin allocate <file>"],
  ])("exits 2 for %j", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expectNoStack(r.stderr);
  });
});

describe("digikannustin diff, editions, schema", () => {
  it("diff prints what changed between two editions as a Markdown table", async () => {
    const r = await cli(["diff", "2021", "2022"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\| Item \| Change \| 2021 \| 2022 \| Source \|/);
    expect(r.stdout).toContain("focusAreas.dataQuality");
  });

  it("diff --json prints the changes, and an edition against itself has none", async () => {
    const r = await cli(["diff", "2021", "2022", "--json"]);
    expect(JSON.parse(r.stdout).map((c: { path: string }) => c.path)).toContain("focusAreas.digitalSecurity");
    expect(JSON.parse((await cli(["diff", "2022", "2022", "--json"])).stdout)).toEqual([]);
  });

  it("editions lists every call edition with its closing time and appropriation", async () => {
    const r = await cli(["editions", "--locale", "fi"]);
    expect(r.code).toBe(0);
    for (const id of ["2019-1", "2019-2", "2020", "2021", "2022"]) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain("25.4.2022 klo 16.15");
    expect(r.stdout).toContain("10\u00a0000\u00a0000,00\u00a0€");
    expect(r.stdout).toContain("Tietoaineistojen laatu");
  });

  it("editions --json prints the cited edition data", async () => {
    const editions = JSON.parse((await cli(["editions", "--json"])).stdout);
    expect(editions.map((e: { id: string }) => e.id)).toEqual(["2019-1", "2019-2", "2020", "2021", "2022"]);
    expect(editions[4].window.closesAt).toMatchObject({ value: "2022-04-25T16:15:00+03:00", certainty: "inferred" });
  });

  it("schema prints the application JSON Schema", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(applicationJsonSchema());
  });
});

describe("a defect of ours", () => {
  it("exits 70 with one line, not a stack trace", async () => {
    const f = fakeIo(files);
    const code = await run(["schema"], {
      ...f.io,
      stdout: () => {
        throw new Error("disk full");
      },
    });
    expect(code).toBe(70);
    expect(f.stderr()).toBe("digikannustin: Internal error: disk full. This is a bug; please report it.\n");
  });
});
