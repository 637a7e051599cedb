// `npm run bench`: runs every bench/*.bench.ts, prints one table, then one JSON line.
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchRow, BenchSuite } from "./measure.js";

const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const rows: BenchRow[] = [];
for (const f of files) {
  const suite = (await import(pathToFileURL(join(dir, f)).href)).default as BenchSuite;
  rows.push(...(await suite()));
}
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const width = Math.max(...rows.map((r) => r.name.length), 10);
console.log(`${"benchmark".padEnd(width)}  ${"median".padStart(12)}  ${"p95".padStart(12)}  target`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${fmt(r.medianMs).padStart(12)}  ${fmt(r.p95Ms).padStart(12)}  ${r.target ?? ""}`,
  );
}
const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, Node ${process.version}`;
console.log(JSON.stringify({ machine, results: rows }));
