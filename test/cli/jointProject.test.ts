import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { assess } from "../../src/assess/assess.js";
import { fakeIo } from "./fakeIo.js";

// A joint project's money on the command line (issue #11): each party's costs and funding, how the
// grant is shared under the recipient model, and the notices — in fi, sv and en.
const application = readFileSync(new URL("../../examples/application-2022.json", import.meta.url), "utf8");
const files = { "joint.json": application };

/** The command's output, its no-break spaces (the Finnish and Swedish digit groups) as plain ones. */
async function cli(argv: string[]) {
  const f = fakeIo(files);
  const code = await run(argv, f.io);
  return { code, stdout: f.stdout().replace(/[\u00a0\u202f]/g, " "), stderr: f.stderr() };
}

/** The lines from a heading to the next blank line. */
function section(stdout: string, heading: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start, end < 0 ? undefined : end);
}

const HEADINGS = {
  fi: {
    parties: "Kustannukset ja rahoitus osallistujittain",
    passOn: "Avustuksen 238 240,00 € jako",
    notices: "Huomautukset",
  },
  sv: {
    parties: "Kostnader och finansiering per deltagare",
    passOn: "Fördelningen av understödet 238 240,00 €",
    notices: "Anmärkningar",
  },
  en: { parties: "Costs and funding by party", passOn: "How the grant of €238,240.00", notices: "Notices" },
} as const;

describe("assess: a joint project's parties, its pass-on plan and its notices", () => {
  it.each(["fi", "sv", "en"] as const)("shows each party's money, the plan and the notice (%s)", async (locale) => {
    const r = await cli(["assess", "joint.json", "--locale", locale]);
    expect(r.code).toBe(0);
    const h = HEADINGS[locale];
    const parties = section(r.stdout, h.parties);
    // The heading, the column heads and their rule, and one row per party (the applicant's name wraps).
    const a = assess(JSON.parse(application));
    if (a.status === "invalid") throw new Error("the example must parse");
    expect(parties.length).toBeGreaterThanOrEqual(3 + a.budget.parties.length);
    const amount = locale === "en" ? "158,206.25" : "158 206,25";
    expect(parties.some((l) => l.includes(amount))).toBe(true);
    expect(section(r.stdout, h.passOn).some((l) => l.includes(locale === "en" ? "29,780.00" : "29 780,00"))).toBe(true);
    const notices = section(r.stdout, h.notices);
    expect(notices.at(-1)).toBe("      1397/2016 25 §; 1397/2016 5 § 1 mom. 1 kohta");
  });

  it("renders the whole money part the same every time (file snapshot, en)", async () => {
    const r = await cli(["assess", "joint.json", "--locale", "en"]);
    const from = r.stdout.indexOf(HEADINGS.en.parties);
    await expect(r.stdout.slice(from)).toMatchFileSnapshot("__snapshots__/joint-project.en.txt");
  });

  it("the shares on screen are the plan's, and add up to the grant that can be awarded", async () => {
    const r = await cli(["assess", "joint.json", "--locale", "en"]);
    const rows = section(r.stdout, HEADINGS.en.passOn).filter((l) => /(kept|passed on|received)$/.test(l));
    const cents = rows.map((l) => {
      const amounts = [...l.matchAll(/([\d,]+\.\d{2})/g)].map((m) => Math.round(Number(m[1]!.replace(/,/g, "")) * 100));
      return amounts[1]!;
    });
    expect(cents.reduce((x, y) => x + y, 0)).toBe(23_824_000);
  });

  it("says so where the edition's recipient model is not known, and takes --recipients", async () => {
    const without = await cli(["assess", "joint.json", "--edition", "2019-1", "--locale", "en"]);
    expect(without.stdout).toContain("The recipient model of this call edition is not known");
    expect(without.stdout).not.toContain("How the grant of");
    const joint = await cli(["assess", "joint.json", "--edition", "2019-1", "--recipients", "joint", "--locale", "en"]);
    expect(joint.stdout.replace(/\n/g, " ")).toContain(
      "the municipalities named in the application receive the grant together",
    );
    expect(joint.stdout).not.toContain("is not known");
  });

  it.each([
    ["fi", "Valitsimen --recipients arvo"],
    ["sv", "--recipients"],
    ["en", "--recipients"],
  ])("refuses a recipient model that is not one, exit 2 (%s)", async (locale, text) => {
    const r = await cli(["assess", "joint.json", "--recipients", "lead", "--locale", locale]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).toContain("lead");
  });
});
