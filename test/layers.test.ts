import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The layers of src/, lowest first (STYLE.md, "Layers that point down"): a module may import from its own
// layer and the layers below it, never from a layer above. A folder not listed here fails the test, so a new
// folder must be placed deliberately.
const LAYERS: readonly (readonly string[])[] = [
  ["vocabulary"],
  ["money", "time", "reference", "reference/data"],
  ["editions", "editions/data"],
  ["messages", "messages/rules"],
  ["application"],
  ["rules"],
  ["assess"],
  ["allocate", "scoring", "decision", "diff", "passOn", "award"],
  ["rules-docs", "schema", "testing", "examples"],
  ["cli", "cli/commands", "cli/parts", "."],
];

const SRC = join(import.meta.dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The module's folder relative to src/, `"."` for src/ itself. */
const folderOf = (file: string) => posix.dirname(relative(SRC, file).split("\\").join("/"));

/** The source files a module imports or re-exports, type-only imports included. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => join(dirname(file), name.replace(/\.js$/, ".ts")));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

describe("the import graph of src/", () => {
  it("places every folder in a layer", () => {
    const unplaced = [...new Set(files.map(folderOf))].filter((f) => layerOf(f) < 0);
    expect(unplaced).toEqual([]);
  });

  it("imports only from the same layer or a lower one", () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (layerOf(folderOf(target)) > layerOf(folderOf(file))) {
          upward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    // Depth-first search; a back edge to a module still on the path closes a cycle.
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      path.push(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === "open") {
          cycles.push(
            path
              .slice(path.indexOf(target))
              .concat(target)
              .map((f) => relative(SRC, f))
              .join(" -> "),
          );
        } else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("sees the imports it checks", () => {
    // Guards the test itself: the assessment imports the rules, and the rules the editions.
    const assess = graph.get(join(SRC, "assess", "assess.ts")) ?? [];
    expect(assess.some((f) => folderOf(f) === "rules")).toBe(true);
  });
});
