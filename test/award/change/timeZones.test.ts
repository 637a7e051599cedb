import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./fixtures/zoneRun.js";

// The results of assessChange must not depend on the host's time zone: every scenario, and each
// read on instants around Helsinki's midnight, gives the same result with the host far east and far west.
describe("assessChange ignores the host's time zone", () => {
  it.each(["Pacific/Kiritimati", "America/Los_Angeles"])(
    "gives the same results with TZ=%s",
    (zone) => {
      const script = fileURLToPath(new URL("./fixtures/zoneRun.ts", import.meta.url));
      const root = fileURLToPath(new URL("../../..", import.meta.url));
      const output = execFileSync(process.execPath, ["--import", "tsx", script], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, TZ: zone },
      });
      const here = run();
      expect(here.length).toBe(26 * 4);
      expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(here)));
    },
    60_000,
  );
});
