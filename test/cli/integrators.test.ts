import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { fakeIo } from "./fakeIo.js";

// What a new user of the installed package meets: a file to start from, errors that say what is
// wrong (never a silent pass), and the rules that need attention first; in fi, sv and en.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const clean = exampleCall2022.candidates.find((c) => c.scenario === "clean")!.application;
// The one sent the next morning: 16.41 on the closing day only needs review (the time of day is inferred).
const late = exampleCall2022.candidates.filter((c) => c.scenario === "late").at(-1)!.application;

/** The example call with one candidate changed by `edit` (a deep copy). */
function callWith(edit: (candidates: { id: string; score: unknown }[]) => void): string {
  const call = JSON.parse(JSON.stringify(exampleCall2022));
  edit(call.candidates);
  return JSON.stringify(call);
}

const files = {
  "clean.json": JSON.stringify(clean),
  "late.json": JSON.stringify(late),
  "draft.json": JSON.stringify({ ...clean, submittedAt: undefined }),
  "syntax.json": '{\n  "edition": "2022",\n  "applicant" {}\n}',
  "truncated.json": '{ "edition": "2022", ',
  "token.json": '{ "edition": tru }',
  "duplicate.json": callWith((c) => {
    c[1]!.id = c[0]!.id;
  }),
  "unknown-criterion.json": callWith((c) => {
    c[2]!.score = { reviewers: [{ reviewer: "Aino", scores: { feasibility: 4 } }] };
  }),
  "off-scale.json": callWith((c) => {
    (c[3]!.score as { reviewers: Record<string, unknown>[] }).reviewers[0]!["generalSignificance"] = 42;
  }),
  "off-scale-total.json": callWith((c) => {
    c[4]!.score = "7";
  }),
  "blank-score.json": callWith((c) => {
    (c[3]!.score as { reviewers: Record<string, unknown>[] }).reviewers[0]!["generalSignificance"] = null;
  }),
};

async function cli(argv: string[], env?: Record<string, string>) {
  const f = fakeIo(files, "", env);
  const code = await run(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe("digikannustin example: a file to start from, printed by the installed package", () => {
  it("example application prints the clean 2022 application, which assess finds eligible", async () => {
    const r = await cli(["example", "application"]);
    expect(r).toEqual({ code: 0, stdout: read("examples/application-2022.json"), stderr: "" });
    const f = fakeIo({ "application.json": r.stdout });
    expect(await run(["assess", "application.json"], f.io)).toBe(0);
  });

  it.each(["2019-1", "2019-2", "2020", "2021"])("example application --edition %s is eligible under it", async (id) => {
    const r = await cli(["example", "application", "--edition", id]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).edition).toBe(id);
    const f = fakeIo({ "application.json": r.stdout });
    expect(await run(["assess", "application.json"], f.io)).toBe(0);
  });

  it("example call prints the call file that allocate reads", async () => {
    const r = await cli(["example", "call"]);
    expect(r).toEqual({ code: 0, stdout: read("examples/call-2022.json"), stderr: "" });
  });

  it.each([
    ["fi", "Komennon argumentit ovat väärät. Käyttö: digikannustin example application|call"],
    ["sv", "Kommandots argument är fel. Användning: digikannustin example application|call"],
    ["en", "Wrong arguments. Usage: digikannustin example application|call"],
  ])("says what it can print, exit 2 (%s)", async (locale, message) => {
    for (const argv of [["example"], ["example", "budget"], ["example", "call", "extra"]]) {
      const r = await cli([...argv, "--locale", locale]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`digikannustin: ${message}`);
    }
  });

  it("has only the 2022 call", async () => {
    const r = await cli(["example", "call", "--edition", "2021"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('digikannustin: "2021" is not a valid value for --edition. Allowed: 2022.\n');
  });

  it.each([
    ["fi", "Käyttö: digikannustin example application|call", "digikannustin example application > hakemus.json"],
    ["sv", "Användning: digikannustin example application|call", "digikannustin example application > ansokan.json"],
    ["en", "Usage: digikannustin example application|call", "digikannustin example application > application.json"],
  ])("is in --help, the command's and the main one (%s)", async (locale, usage, start) => {
    expect((await cli(["example", "--help", "--locale", locale])).stdout).toContain(usage);
    expect((await cli(["--help", "--locale", locale])).stdout).toContain(start);
  });
});

describe("--help says which language the command line speaks, and that the library defaults to Finnish", () => {
  it.each([
    ["fi", "LC_ALL, LC_MESSAGES tai LANG", 'kirjasto itse (import "digikannustin") puhuu suomea'],
    ["sv", "LC_ALL, LC_MESSAGES eller LANG", 'biblioteket självt (import "digikannustin") talar finska'],
    ["en", "LC_ALL, LC_MESSAGES or LANG", 'the library itself (import "digikannustin") speaks\nFinnish'],
  ])("%s", async (locale, variables, library) => {
    const help = (await cli(["--help", "--locale", locale])).stdout;
    expect(help).toContain(variables);
    expect(help).toContain(library);
  });
});

describe("allocate --help: the criteria of each edition and the score scale", () => {
  it.each([
    ["fi", "Yhteiskunnallinen ja taloudellinen vaikuttavuus", "asteikolla 1–5"],
    ["sv", "Samhälleliga och ekonomiska effekter", "på skalan 1–5"],
    ["en", "Societal and economic impact", "on a scale of 1 to 5"],
  ])("%s", async (locale, title, scale) => {
    const help = (await cli(["allocate", "--help", "--locale", locale])).stdout;
    expect(help).toMatch(/^ {2}societalAndEconomicImpact +2019-1, 2019-2, 2020, 2021, 2022$/m);
    expect(help).toMatch(/^ {2}feasibility +2019-1$/m);
    expect(help).toMatch(/^ {2}nationalServicesAndInteroperability +2021, 2022$/m);
    expect(help).toContain(`\n      ${title}\n`);
    expect(help).toContain(scale);
  });
});

describe("allocate: what the library would pass over in the scores is an error, exit 2", () => {
  it.each([
    [
      "duplicate.json",
      {
        fi: "  - Tunnus EX-2022-01 on 2 hakemuksella; jokaisella hakemuksella on oltava oma tunnus.",
        sv: "  - Id EX-2022-01 används av 2 ansökningar; varje ansökan ska ha ett eget id.",
        en: "  - The id EX-2022-01 is used by 2 applications; each application needs its own id.",
      },
    ],
    [
      "unknown-criterion.json",
      {
        fi: "  - EX-2022-03: hakukierroksella 2022 ei ole arviointikriteeriä ”feasibility”; sen kriteerit ovat societalAndEconomicImpact,",
        sv: "  - EX-2022-03: ansökningsomgången 2022 har inget bedömningskriterium ”feasibility”; dess kriterier är societalAndEconomicImpact,",
        en: '  - EX-2022-03: the call edition 2022 has no criterion "feasibility"; its criteria are societalAndEconomicImpact,',
      },
    ],
    [
      "off-scale.json",
      {
        fi: "  - EX-2022-04: generalSignificance: pisteet 42 eivät ole asteikolla 1–5.",
        sv: "  - EX-2022-04: generalSignificance: poängen 42 ligger inte på skalan 1–5.",
        en: "  - EX-2022-04: generalSignificance: the score 42 is not on the scale 1–5.",
      },
    ],
    [
      "off-scale-total.json",
      {
        fi: '  - EX-2022-05: score: pisteet "7" eivät ole asteikolla 1–5.',
        sv: '  - EX-2022-05: score: poängen "7" ligger inte på skalan 1–5.',
        en: '  - EX-2022-05: score: the score "7" is not on the scale 1–5.',
      },
    ],
  ])("%s", async (file, detail) => {
    const heading = {
      fi: `digikannustin: ${file}: pisteet eivät sovi hakukierrokseen 2022:\n`,
      sv: `digikannustin: ${file}: poängen passar inte ansökningsomgången 2022:\n`,
      en: `digikannustin: ${file}: the scores do not fit the call edition 2022:\n`,
    };
    for (const locale of ["fi", "sv", "en"] as const) {
      const r = await cli(["allocate", file, "--locale", locale]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.startsWith(heading[locale])).toBe(true);
      expect(r.stderr).toContain(detail[locale]);
    }
  });

  it("leaves a blank score (null) to the library, which leaves that reviewer out", async () => {
    const r = await cli(["allocate", "blank-score.json", "--json"]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout).allocations.find((x: { id: string }) => x.id === "EX-2022-04");
    expect(a.score).not.toBeNull();
  });
});

describe("assess: the rules that need attention first, and --only-open", () => {
  const ruleLines = (stdout: string) => stdout.split("\n").filter((l) => /^ {2}[✓✗!?] /.test(l));

  it("lists the failing rule first, then the passed ones", async () => {
    const lines = ruleLines((await cli(["assess", "late.json"])).stdout);
    expect(lines[0]).toMatch(/^ {2}✗ deadline\.submittedInTime: /);
    expect(lines.slice(1).every((l) => l.startsWith("  ✓ "))).toBe(true);
  });

  it("lists the open rules before the passed ones (no submittedAt: the deadline is missing)", async () => {
    const lines = ruleLines((await cli(["assess", "draft.json"])).stdout);
    expect(lines[0]).toMatch(/^ {2}\? deadline\.submittedInTime: /);
    expect(lines.slice(1).every((l) => l.startsWith("  ✓ "))).toBe(true);
  });

  it.each([
    ["fi", "Täyttyneitä sääntöjä ei näytetä: "],
    ["sv", "Uppfyllda regler visas inte: "],
    ["en", "Passed rules not shown: "],
  ])("--only-open shows only the rules that did not pass, and counts the others (%s)", async (locale, counted) => {
    const all = ruleLines((await cli(["assess", "late.json", "--locale", locale])).stdout);
    const r = await cli(["assess", "late.json", "--only-open", "--locale", locale]);
    expect(r.code).toBe(1);
    expect(ruleLines(r.stdout)).toEqual([all[0]]);
    expect(r.stdout).toContain(`  ${counted}${all.length - 1}.`);
  });

  it("--only-open on an eligible application shows no rule, only the count", async () => {
    const r = await cli(["assess", "clean.json", "--only-open"]);
    expect(r.code).toBe(0);
    expect(ruleLines(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/Passed rules not shown: \d+\./);
  });

  it("is an option of assess only", async () => {
    const r = await cli(["editions", "--only-open"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("digikannustin: Unknown option --only-open. See --help.\n");
  });
});

describe("assess --at: an instant the library cannot read is the option's fault", () => {
  it.each([
    ["fi", "digikannustin: Valitsimen --at arvo ”yesterday” ei ole ajanhetki."],
    ["sv", "digikannustin: Värdet ”yesterday” för --at är ingen tidpunkt."],
    ["en", 'digikannustin: "yesterday" is not an instant for --at: give a date, a time and an offset'],
  ])("%s", async (locale, message) => {
    for (const at of ["yesterday", "25.4.2022", "2022-04-25T12:00:00"]) {
      const r = await cli(["assess", "draft.json", "--at", at, "--locale", locale]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      if (at === "yesterday") expect(r.stderr.startsWith(message)).toBe(true);
      expect(r.stderr).toContain(`${at}`);
      expect(r.stderr).not.toContain("draft.json");
    }
  });
});

describe("JSON syntax errors in the chosen language, with where they are", () => {
  it.each([
    ["fi", "digikannustin: syntax.json ei ole kelvollista JSONia: odottamaton merkki ”{” rivillä 3, sarakkeessa 15.\n"],
    ["sv", "digikannustin: syntax.json är inte giltig JSON: oväntat tecken ”{” på rad 3, kolumn 15.\n"],
    ["en", 'digikannustin: syntax.json is not valid JSON: unexpected character "{" at line 3, column 15.\n'],
  ])("an unexpected character (%s)", async (locale, message) => {
    expect(await cli(["assess", "syntax.json", "--locale", locale])).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it.each([
    ["fi", "digikannustin: truncated.json ei ole kelvollista JSONia: tiedosto loppuu kesken.\n"],
    ["sv", "digikannustin: truncated.json är inte giltig JSON: filen tar slut för tidigt.\n"],
    ["en", "digikannustin: truncated.json is not valid JSON: the file ends too early.\n"],
  ])("a file that ends too early (%s)", async (locale, message) => {
    expect(await cli(["assess", "truncated.json", "--locale", locale])).toEqual({
      code: 2,
      stdout: "",
      stderr: message,
    });
  });

  it.each([
    ["fi", "ei ole kelvollista JSONia: odottamaton merkki"],
    ["sv", "är inte giltig JSON: oväntat tecken"],
    ["en", "is not valid JSON: unexpected character"],
  ])("an unexpected token (%s), for allocate too", async (locale, message) => {
    for (const command of ["assess", "allocate"]) {
      const r = await cli([command, "token.json", "--locale", locale]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`token.json ${message}`);
      expect(r.stderr).not.toMatch(/JSON at position|Unexpected/);
    }
  });
});
