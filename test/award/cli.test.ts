import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/all.js";
import { fakeIo } from "../cli/fakeIo.js";

const scenario = (name: string) =>
  JSON.parse(readFileSync(new URL(`./scenarios/2022/${name}.json`, import.meta.url), "utf8")) as {
    terms: unknown;
    events: unknown;
  };
const settled = scenario("report-in-time-then-settled");
const late = scenario("late-report");
const files = {
  "terms.json": JSON.stringify(settled.terms),
  "events.json": JSON.stringify(settled.events),
  "late.json": JSON.stringify(late.events),
  "bad.json": JSON.stringify([{ kind: "payment", on: "2022-06-01", amount: "1.00" }]),
  "reported.json": JSON.stringify([{ kind: "reportReceived", on: "2024-11-15" }]),
};

async function cli(args: string[]) {
  const f = fakeIo(files);
  const code = await run(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe("digikannustin timeline", () => {
  it("prints the state and each time limit with its provision, exit 0", async () => {
    const r = await cli(["timeline", "terms.json", "events.json", "--at", "2025-02-01", "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("State on 1 February 2025: SETTLED");
    expect(r.stdout).toContain("Paid: €95,000.00");
    expect(r.stdout).toContain("✓ 30 November 2024 reportDue (met): The final report is due by 30 November 2024");
    expect(r.stdout).toContain("      688/2001 28 § 2 mom.");
  });

  it("says what may be paid now under the scheme, and why nothing may (688/2001 12 §)", async () => {
    // The 2022 terms pay on realised costs after the report (12 § 2 mom.): nothing before it is accepted.
    const before = await cli(["timeline", "terms.json", "reported.json", "--at", "2024-11-20", "--locale", "en"]);
    expect(before.stdout).toContain(
      "Payable now: €0.00 — The grant is paid on realised costs once an acceptable report has been presented",
    );
    const args = ["timeline", "terms.json", "reported.json", "--at", "2024-11-20", "--report-accepted"];
    const fi = await cli([...args, "--locale", "fi"]);
    expect(fi.code).toBe(0);
    expect(fi.stdout).toMatch(/Maksettavissa nyt: 102\s000,00\s€\n {2}· Selvitys on hyväksytty:/);
    const sv = await cli([...args, "--locale", "sv", "--json"]);
    const json = JSON.parse(sv.stdout);
    expect([json.state, json.paymentsDue.payable, json.paymentsDue.lines[0].kind]).toEqual([
      "reported",
      "102000.00",
      "balance",
    ]);
  });

  it("speaks Finnish and Swedish", async () => {
    const fi = await cli(["timeline", "terms.json", "events.json", "--at", "2025-02-01", "--locale", "fi"]);
    expect(fi.stdout).toContain("Tila 1.2.2025: LOPPUTILITETTY");
    const sv = await cli(["timeline", "terms.json", "events.json", "--at", "2025-02-01", "--locale", "sv"]);
    expect(sv.stdout).toContain("Läge 1.2.2025: SLUTREDOVISAT");
  });

  it("exits 1 when the report is late, and --json gives the timeline", async () => {
    const r = await cli(["timeline", "terms.json", "late.json", "--at", "2024-12-10", "--json"]);
    expect(r.code).toBe(1);
    const t = JSON.parse(r.stdout);
    expect(t.state).toBe("reported");
    expect(t.duties[1]).toMatchObject({ code: "reportDue", late: true });
  });

  it("exits 2 with the issues of invalid events, and on wrong usage", async () => {
    const r = await cli(["timeline", "terms.json", "bad.json", "--at", "2025-02-01", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "digikannustin: terms.json, bad.json: the decision terms or the events are not valid:\n" +
        "  - events.0.on: Event 1 (1 June 2022) is before the decision of 15 June 2022.\n",
    );
    expect((await cli(["timeline", "terms.json", "events.json"])).code).toBe(2);
    expect((await cli(["timeline", "terms.json", "--at", "2025-02-01"])).code).toBe(2);
    expect((await cli(["timeline", "terms.json", "events.json", "--at", "2025-02-01", "--edition", "2022"])).code).toBe(
      2,
    );
  });

  it("has its help in each language", async () => {
    expect((await cli(["timeline", "--help", "--locale", "en"])).stdout).toContain("688/2001 29 § 1 mom.");
    expect((await cli(["--help", "--locale", "sv"])).stdout).toContain("timeline <villkor> <händelser> --at <datum>");
  });
});
