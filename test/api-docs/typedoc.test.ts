import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { API_DIR, generateApiDocs } from "../../scripts/docs-api.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const out = mkdtempSync(join(tmpdir(), "digikannustin-api-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// TypeDoc builds a TypeScript program of the three entry points: about ten seconds of CPU.
describe("docs/api (TypeDoc)", { timeout: 120_000 }, () => {
  it("documents every export (an undocumented one is a warning, and warnings fail the build) and is up to date", async () => {
    expect(await generateApiDocs(out)).toEqual({ errors: 0, warnings: 0 });
    const fresh = files(out)
      .map((f) => relative(out, f))
      .sort();
    const committed = files(API_DIR)
      .map((f) => relative(API_DIR, f))
      .sort();
    expect(committed).toEqual(fresh);
    for (const name of fresh)
      expect(readFileSync(join(API_DIR, name), "utf8"), `${name}: run npm run docs:api`).toBe(
        readFileSync(join(out, name), "utf8"),
      );
    expect(fresh).toContain(join("examples", "variables", "exampleCall2022.md"));
  });
});
