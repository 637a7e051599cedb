import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The TSDoc `@example` of every kernel function shows its result as `expr; //=> value`. Each such
// line whose value is JSON (after quoting bare object keys and dropping a trailing "(comment)")
// is evaluated against the exports of its module and compared. Other lines are only shown.

const root = new URL("../../", import.meta.url);
const sources = [
  ...readdirSync(new URL("src/money/", root))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => `src/money/${f}`),
  ...readdirSync(new URL("src/time/", root))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => `src/time/${f}`),
  "src/reference/businessId.ts",
];

/** How many `//=>` examples these files held when the test was written; more may be added. */
const AT_LEAST = 43;

interface Example {
  readonly file: string;
  readonly line: number;
  readonly expression: string;
  readonly expected: string;
}

/** The `//=>` examples inside the ```ts fences of the `@example` tags of a source file. */
function examplesOf(file: string, source: string): Example[] {
  const found: Example[] = [];
  const lines = source.split("\n");
  let inExample = false;
  let inFence = false;
  let pending: { line: number; code: string } | null = null;
  lines.forEach((raw, index) => {
    const text = raw.replace(/^\s*\*\s?/, "");
    if (/^\s*\*?\s*@example\b/.test(raw)) inExample = true;
    else if (/^\s*\*\//.test(raw)) inExample = inFence = false;
    if (!inExample) return;
    if (text.startsWith("```")) {
      inFence = !inFence && text.startsWith("```ts");
      pending = null;
      return;
    }
    if (!inFence || /^\s*\/\/(?!=>)/.test(text)) return;
    const arrow = text.indexOf("//=>");
    if (arrow === -1) {
      // A statement may span lines; its result then stands alone on the next line.
      pending = { line: pending?.line ?? index + 1, code: `${pending?.code ?? ""}${text}\n` };
      return;
    }
    const before = text.slice(0, arrow).trim();
    const code = `${pending?.code ?? ""}${before}`.trim();
    found.push({
      file,
      line: pending?.line ?? index + 1,
      expression: code.replace(/;\s*$/, ""),
      expected: text.slice(arrow + 4).trim(),
    });
    pending = null;
  });
  return found;
}

/** The expected value as JSON, or `undefined` when it is not JSON-ish (then the line is only shown). */
function parseExpected(text: string): { value: unknown } | undefined {
  const withoutComment = text.replace(/\s+\([^()]*\)\s*$/, "");
  const quotedKeys = withoutComment.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
  try {
    return { value: JSON.parse(quotedKeys) };
  } catch {
    return undefined;
  }
}

const examples = sources.flatMap((file) => examplesOf(file, readFileSync(new URL(file, root), "utf8")));
const checked = examples.flatMap((e) => {
  const parsed = parseExpected(e.expected);
  return parsed ? [{ ...e, value: parsed.value }] : [];
});

describe("TSDoc examples of the money, time and business-ID kernels", () => {
  it(`checks at least ${AT_LEAST} examples, so that it cannot silently check nothing`, () => {
    expect(checked.length).toBeGreaterThanOrEqual(AT_LEAST);
  });

  it("reads multi-line examples, bare keys and trailing comments", () => {
    const source = [
      "/**",
      " * @example",
      " * ```ts",
      " * f([",
      " *   1,",
      " * ]);",
      " * //=> { ok: true, n: [1] }",
      ' * g(); //=> "x" (a comment)',
      " * h(); //=> { code: …, n: 1 }",
      " * ```",
      " */",
    ].join("\n");
    const found = examplesOf("x.ts", source);
    expect(found.map((e) => [e.line, e.expression])).toEqual([
      [4, "f([\n  1,\n])"],
      [8, "g()"],
      [9, "h()"],
    ]);
    expect(found.map((e) => parseExpected(e.expected))).toEqual([
      { value: { ok: true, n: [1] } },
      { value: "x" },
      undefined,
    ]);
  });

  it.each(checked.map((e) => [`${e.file}:${e.line}`, e] as const))("%s", async (_, example) => {
    const exports = (await import(/* @vite-ignore */ new URL(example.file, root).pathname)) as Record<string, unknown>;
    const names = Object.keys(exports);
    const evaluate = new Function(...names, `return (${example.expression});`) as (...args: unknown[]) => unknown;
    expect(evaluate(...names.map((n) => exports[n])), `${example.file}:${example.line}: ${example.expression}`).toEqual(
      example.value,
    );
  });
});
