import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXPECTED, HOST_ZONES, battery } from "./fixtures/hostZoneBattery.js";

// The results of the time kernel must not depend on the host's time zone. CI (.ci/run) runs the
// whole suite under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles too; this test also proves it
// within one run, in a child process that switches its zone between runs of the same battery.
describe("the time kernel ignores the host's time zone", () => {
  it(`gives the expected results in this process (TZ=${process.env.TZ ?? "unset"})`, () => {
    expect(battery()).toEqual(EXPECTED);
  });

  it(`gives the same results with the host in ${HOST_ZONES.join(", ")}`, () => {
    const script = fileURLToPath(new URL("./fixtures/hostZoneBattery.ts", import.meta.url));
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const output = execFileSync(process.execPath, ["--import", "tsx", script], { cwd: root, encoding: "utf8" });
    const runs = output
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { zone: string; hostOffset: number; results: unknown });
    expect(runs.map((r) => r.zone)).toEqual([...HOST_ZONES]);
    // The host zone really changed: UTC 0, Kiritimati −840, Los Angeles 480, Helsinki −120, Lord Howe −660, Kathmandu −345.
    expect(runs.map((r) => r.hostOffset)).toEqual([0, -840, 480, -120, -660, -345]);
    for (const run of runs)
      expect({ zone: run.zone, results: run.results }).toEqual({ zone: run.zone, results: EXPECTED });
  }, 60_000);
});
