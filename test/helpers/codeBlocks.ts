import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One fenced ```ts or ```js block of a Markdown file. */
export interface CodeBlock {
  /** The language: TypeScript (```ts, ```typescript) or JavaScript (```js, ```javascript). */
  readonly lang: "ts" | "js";
  /** The Markdown file, relative to the repository root (`README.md`, `docs/x.md`). */
  readonly file: string;
  /** The 1-based line of the block's first code line in that file. */
  readonly line: number;
  /** The code, without the fences. */
  readonly code: string;
}

/** The ```ts (```typescript) and ```js (```javascript) blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(file: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { fence: string; lang: "ts" | "js"; line: number; code: string[] } | null = null;
  lines.forEach((text, index) => {
    if (open) {
      if (text.trimEnd() === open.fence) {
        blocks.push({ file, lang: open.lang, line: open.line, code: open.code.join("\n") });
        open = null;
      } else {
        open.code.push(text);
      }
      return;
    }
    const fence = /^(`{3,})(ts|typescript|js|javascript)(?:\s.*)?$/.exec(text);
    if (fence) open = { fence: fence[1]!, lang: fence[2]!.startsWith("j") ? "js" : "ts", line: index + 2, code: [] };
  });
  return blocks;
}

/** Every Markdown file under a folder, recursively, in a stable order. */
export function markdownFiles(dir: string): string[] {
  let found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(markdownFiles(path));
    else if (name.endsWith(".md")) found.push(path);
  }
  return found;
}

/** The ```ts and ```js blocks of README.md and of every docs/**\/*.md file under a repository root. */
export function documentationBlocks(root: string): CodeBlock[] {
  const files = [join(root, "README.md"), ...markdownFiles(join(root, "docs"))];
  return files.flatMap((path) => tsBlocks(relative(root, path).replaceAll("\\", "/"), readFileSync(path, "utf8")));
}

/** Whether a block is marked as shown only, not run: its first line is a `// not-run` comment. */
export function isNotRun(block: CodeBlock): boolean {
  return block.code.split("\n")[0]!.trim().startsWith("// not-run");
}
