import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The real executable in a real process: arguments, standard streams and the exit code. Run from
// source through tsx, so that the test does not depend on a build.
const root = fileURLToPath(new URL("../../", import.meta.url));
function digikannustin(args: string[], input?: string, script = "src/cli/main.ts") {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each spawn starts Node and tsx (a second or two on a busy machine), hence the generous timeout.
describe("the digikannustin process", { timeout: 30_000 }, () => {
  it("explains itself with --help and exits 0", () => {
    const r = digikannustin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: digikannustin <command> [options]");
  });

  it("reads an application from standard input", () => {
    const r = digikannustin(
      ["assess", "-", "--json"],
      readFileSync(new URL("../../examples/application-2022.json", import.meta.url), "utf8"),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe("eligible");
  });

  it("exits 3 for the example sent at 16.41 on the closing day, whose time of day is inferred", () => {
    const r = digikannustin(["assess", "examples/application-2022-late.json"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("! deadline.submittedInTime");
  });

  it("runs the demo (npm run demo) in English", () => {
    const r = digikannustin(["--locale", "en"], undefined, "src/cli/demo.ts");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Granted in total €9,903,385.00 (22 projects)");
  });

  it("writes an output longer than a pipe holds whole (the example call, about 240 kB)", () => {
    const r = digikannustin(["example", "call"]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(128 * 1024);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(new URL("../../examples/call-2022.json", import.meta.url), "utf8")),
    );
  });

  it("stops quietly, with exit 0, when its reader goes away (digikannustin … | head)", () => {
    const r = spawnSync(
      "bash",
      ["-c", `node --import tsx src/cli/main.ts example call | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      { cwd: root, encoding: "utf8" },
    );
    expect({ exit: r.stdout.trim(), stderr: r.stderr }).toEqual({ exit: "0", stderr: "" });
  });

  it("exits 2 for a missing file, with a message and no stack trace", () => {
    expect(digikannustin(["assess", "no-such-file.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "digikannustin: File not found: no-such-file.json\n",
    });
  });
});
