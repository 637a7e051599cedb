import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { type CodeBlock, documentationBlocks, isNotRun } from "../helpers/codeBlocks.js";

// Every runnable ```ts and ```js block of README.md and docs/**/*.md compiles under `strict` and
// `noUncheckedIndexedAccess`, as a user who copies it into a strict project meets it (issue #15).
// The blocks import "digikannustin" and its subpaths, mapped to the sources as in vitest.config.ts;
// JavaScript blocks are checked too (`checkJs`). Only the blocks' own diagnostics are reported.
const root = fileURLToPath(new URL("../..", import.meta.url));
const blocks = documentationBlocks(root).filter((block) => !isNotRun(block));
const runDir = join(root, ".tmp", "docs-typecheck", `${process.pid}-${Date.now().toString(36)}`);
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  allowJs: true,
  checkJs: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  types: ["node"],
  typeRoots: [join(root, "node_modules", "@types")],
  paths: {
    digikannustin: [join(root, "src/index.ts")],
    "digikannustin/testing": [join(root, "src/testing/index.ts")],
    "digikannustin/examples": [join(root, "src/examples/index.ts")],
  },
};

/** Writes a block as a module (`export {}` keeps its names its own) whose lines are the Markdown file's. */
function writeBlock(block: CodeBlock): string {
  mkdirSync(runDir, { recursive: true });
  const path = join(
    runDir,
    `${block.file.replace(/[^\w.-]+/g, "_")}.L${block.line}.${block.lang === "js" ? "mjs" : "ts"}`,
  );
  writeFileSync(path, `${"\n".repeat(block.line - 1)}${block.code}\nexport {};\n`);
  return path;
}

/** The compiler's errors in the blocks, as `file.md:line: message`. */
function typeErrors(list: readonly CodeBlock[]): string[] {
  const files = new Map(list.map((block) => [writeBlock(block), block] as const));
  const program = ts.createProgram([...files.keys()], OPTIONS);
  const errors: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const block = d.file ? files.get(d.file.fileName) : undefined;
    if (d.file && !block) continue;
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const where = block ? `${block.file}:${line}` : "(options)";
    errors.push(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  return errors;
}

// A block with a known error, checked in the same program, shows that errors are found and placed.
const BAD: CodeBlock = {
  file: "bad.md",
  lang: "ts",
  line: 7,
  code: 'import { assess } from "digikannustin";\nconst a = assess({});\na.budget.maxGrant;',
};

describe("documentation examples under tsc --strict --noUncheckedIndexedAccess", () => {
  // One program for every block: compiling the library once takes most of the time.
  let errors: string[] | undefined;
  const allErrors = () => (errors ??= typeErrors([...blocks, BAD]));

  it("finds the README's and the guide's blocks", () => {
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.file === "docs/guide.md").length).toBeGreaterThanOrEqual(5);
    expect(blocks.some((b) => b.lang === "js")).toBe(true);
  });

  it("reports an error in a block, at its line in the Markdown file", () => {
    expect(allErrors().filter((e) => e.startsWith("bad.md:"))).toEqual(["bad.md:9: 'a.budget' is possibly 'null'."]);
  }, 120_000);

  it("type-checks every runnable block", () => {
    expect(allErrors().filter((e) => !e.startsWith("bad.md:"))).toEqual([]);
  }, 120_000);
});
