import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type CodeBlock, documentationBlocks, isNotRun, tsBlocks } from "../helpers/codeBlocks.js";

// Every ```ts and ```js block in README.md and docs/**/*.md runs as a module: it imports "digikannustin"
// (and "/testing", "/examples"), which vitest.config.ts maps to the sources, and asserts with
// node:assert/strict. A block whose first line is `// not-run` is only shown.
const root = fileURLToPath(new URL("../..", import.meta.url));
const blocks = documentationBlocks(root);
const runnable = blocks.filter((block) => !isNotRun(block));

// One folder per run, so that several runs in the same checkout do not meet; removed afterwards.
const runDir = join(root, ".tmp", "docs-examples", `${process.pid}-${Date.now().toString(36)}`);
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

/**
 * Writes a block as a module whose line numbers are the Markdown file's: the code is preceded
 * by as many empty lines as come before it, so a stack trace points into the Markdown file.
 */
function writeModule(block: CodeBlock): string {
  mkdirSync(runDir, { recursive: true });
  const path = join(
    runDir,
    `${block.file.replace(/[^\w.-]+/g, "_")}.L${block.line}.${block.lang === "js" ? "mjs" : "ts"}`,
  );
  writeFileSync(path, "\n".repeat(block.line - 1) + block.code + "\n");
  return path;
}

/** The line of the Markdown file where the error was thrown, read from the stack of the module. */
function failingLine(error: unknown, path: string): number | null {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`${name}:(\\d+)`).exec(stack);
  return m ? Number(m[1]) : null;
}

describe("documentation examples", () => {
  it("finds the runnable examples of the README, including the money and time one", () => {
    const readme = runnable.filter((b) => b.file === "README.md");
    expect(readme.length).toBeGreaterThanOrEqual(1);
    expect(readme.some((b) => b.code.includes("applyRate") && b.code.includes("helsinkiInstant"))).toBe(true);
  });

  it("reads fences, lines and not-run markers", () => {
    const md = [
      "# T",
      "",
      "```ts",
      "// not-run: a sketch",
      "x;",
      "```",
      "",
      "````typescript",
      "a;",
      "```",
      "b;",
      "````",
      "```sh",
      "ls",
      "```",
      "```js",
      "c;",
      "```",
    ].join("\n");
    const found = tsBlocks("x.md", md);
    expect(found).toEqual([
      { file: "x.md", lang: "ts", line: 4, code: "// not-run: a sketch\nx;" },
      { file: "x.md", lang: "ts", line: 9, code: "a;\n```\nb;" },
      { file: "x.md", lang: "js", line: 17, code: "c;" },
    ]);
    expect(found.map(isNotRun)).toEqual([true, false, false]);
  });

  it.each(runnable.map((block) => [`${block.file}:${block.line}`, block] as const))(
    "%s runs",
    async (where, block) => {
      const path = writeModule(block);
      try {
        await import(/* @vite-ignore */ path);
      } catch (error) {
        const line = failingLine(error, path);
        const at = line === null ? where : `${block.file}:${line} (in the block at ${where})`;
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`Documentation example failed at ${at}: ${message}`, { cause: error });
      }
      // The first block compiles much of the library; give a busy machine time for that.
    },
    60_000,
  );
});
