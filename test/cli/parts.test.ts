import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_COMMANDS, run } from "../../src/cli/all.js";
import { COMMANDS, type Command, partFor } from "../../src/cli/options.js";
import { main as allocatePart } from "../../src/cli/parts/allocate.js";
import { main as assessPart } from "../../src/cli/parts/assess.js";
import { main as changePart } from "../../src/cli/parts/change.js";
import { main as diffPart } from "../../src/cli/parts/diff.js";
import { main as editionsPart } from "../../src/cli/parts/editions.js";
import { main as examplePart } from "../../src/cli/parts/example.js";
import { main as helpPart } from "../../src/cli/parts/help.js";
import { main as recoverPart } from "../../src/cli/parts/recover.js";
import { main as schemaPart } from "../../src/cli/parts/schema.js";
import { main as settlePart } from "../../src/cli/parts/settle.js";
import { main as timelinePart } from "../../src/cli/parts/timeline.js";
import { type Part, runCommandLine } from "../../src/cli/run.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { fakeIo } from "./fakeIo.js";

// The built command is split into parts (src/cli/bin.ts): the bin reads the arguments with partFor
// and loads that one part. These tests hold the split to the whole command line: whatever the
// arguments, the part partFor names answers them exactly as the whole command line does.

const PARTS: Readonly<Record<Command | "help", Part>> = {
  assess: assessPart,
  allocate: allocatePart,
  diff: diffPart,
  editions: editionsPart,
  schema: schemaPart,
  example: examplePart,
  timeline: timelinePart,
  settle: settlePart,
  change: changePart,
  recover: recoverPart,
  help: helpPart,
};

const award = (name: string) =>
  JSON.parse(readFileSync(new URL(`../award/scenarios/2022/${name}.json`, import.meta.url), "utf8")) as {
    terms: unknown;
    events: unknown;
  };
const settled = award("report-in-time-then-settled");
const FILES = {
  "app.json": readFileSync(new URL("../../examples/application-2022.json", import.meta.url), "utf8"),
  "call.json": JSON.stringify({ ...exampleCall2022, candidates: exampleCall2022.candidates.slice(0, 3) }),
  "terms.json": JSON.stringify(settled.terms),
  "events.json": JSON.stringify(settled.events),
  "broken.json": "{",
};

async function answer(part: Part, argv: readonly string[]) {
  const f = fakeIo(FILES);
  const code = await part(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe("partFor: the part of the built command that answers the arguments", () => {
  it.each([
    [["assess", "app.json"], "assess"],
    [["--locale", "fi", "assess", "app.json"], "assess"],
    [["assess", "app.json", "--json"], "assess"],
    [["assess", "--version"], "assess"],
    // An option's value is never the command: here "assess" is the file of rates.
    [["--rates", "assess", "recover", "terms.json"], "recover"],
    [["--rates=assess", "recover"], "recover"],
    [["--edition", "diff", "example", "application"], "example"],
    [["assess", "--help"], "help"],
    [["-h", "assess"], "help"],
    [["--help"], "help"],
    [[], "help"],
    [["asses", "app.json"], "help"],
    [["--locale"], "help"],
    [["assess", "--no-such-option"], "help"],
    [["--json"], "help"],
  ] as const)("%j → %s", (argv, part) => {
    expect(partFor(argv)).toBe(part);
  });

  it("names a part for each command, and no part for a command it does not know", () => {
    for (const command of COMMANDS) expect(partFor([command, "x.json"])).toBe(command);
    expect(Object.keys(PARTS).sort()).toEqual([...COMMANDS, "help"].sort());
  });
});

describe("each part answers its arguments as the whole command line does", () => {
  it.each([
    [["assess", "app.json", "--locale", "sv"]],
    [["assess", "app.json", "--json", "--only-open"]],
    [["assess", "broken.json", "--locale", "fi"]],
    [["assess", "missing.json"]],
    [["assess", "app.json", "--at", "yesterday"]],
    [["allocate", "call.json", "--locale", "en"]],
    [["diff", "2021", "2022"]],
    [["editions", "--locale", "sv"]],
    [["schema"]],
    [["example", "application", "--edition", "2021"]],
    [["timeline", "terms.json", "events.json", "--at", "2025-02-01"]],
    [["settle", "terms.json", "events.json", "--locale", "fi"]],
    [["change", "terms.json", "events.json"]],
    [["recover", "terms.json", "events.json"]],
    [["assess", "--help", "--locale", "fi"]],
    [["--help", "--locale", "sv"]],
    [[]],
    [["assess", "--version"]],
    [["asses"]],
    [["assess", "--appropriation", "5"]],
    [["--locale"]],
  ])("%j", async (argv) => {
    expect(await answer(PARTS[partFor(argv)], argv)).toEqual(await answer(run, argv));
  });

  it("for any arguments drawn from the commands, options and files", async () => {
    const token = fc.constantFrom(
      ...COMMANDS,
      "application",
      "call",
      "2021",
      "2022",
      "app.json",
      "terms.json",
      "events.json",
      "broken.json",
      "-",
      "--help",
      "-h",
      "--json",
      "--locale",
      "fi",
      "sv",
      "--edition",
      "--at",
      "2025-02-01",
      "--rates",
      "--only-open",
      "--unknown",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        expect(await answer(PARTS[partFor(argv)], argv)).toEqual(await answer(run, argv));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a part asked for what it does not carry", () => {
  it("reports a defect of the build (exit 70), not a usage error", async () => {
    const f = fakeIo(FILES);
    expect(await runCommandLine(["diff", "2021", "2022"], f.io, { handlers: {} })).toBe(70);
    expect(f.stderr()).toBe(
      "digikannustin: Internal error: this build of the command line lacks the command diff. This is a bug; please report it.\n",
    );
    const g = fakeIo(FILES);
    expect(await runCommandLine(["--help"], g.io, { handlers: ALL_COMMANDS.handlers })).toBe(70);
    expect(g.stderr()).toContain("lacks the help");
  });
});
