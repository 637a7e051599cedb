// `npm run bench`: runs every bench/*.bench.ts, prints the ratios of the library to its hand-written
// baselines first, then every row, then one JSON line.
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchRow, BenchSuite, RatioRow } from "./measure.js";

const started = performance.now();
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const rows: BenchRow[] = [];
const ratios: RatioRow[] = [];
const lines: string[] = [];
for (const f of files) {
  const suite = (await import(pathToFileURL(join(dir, f)).href)).default as BenchSuite;
  const result = await suite();
  rows.push(...result.rows);
  ratios.push(...(result.ratios ?? []));
  lines.push(...(result.lines ?? []));
}
const seconds = (performance.now() - started) / 1000;

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const figure = (x: number, unit: RatioRow["unit"]) => (unit === "ms" ? fmt(x) : `${x.toFixed(0)} MB`);

const ratioWidth = Math.max(...ratios.map((r) => r.name.length), 10);
console.log(
  `${"library / hand-written baseline".padEnd(ratioWidth)}  ${"library".padStart(12)}  ${"baseline".padStart(12)}  ${"ratio".padStart(7)}  target`,
);
for (const r of ratios) {
  const ratio = r.library / r.baseline;
  console.log(
    `${r.name.padEnd(ratioWidth)}  ${figure(r.library, r.unit).padStart(12)}  ${figure(r.baseline, r.unit).padStart(12)}  ${`${ratio.toFixed(2)}×`.padStart(7)}  ≤ ${r.target}× ${ratio <= r.target ? "met" : "NOT met"}`,
  );
}
console.log("");

const width = Math.max(...rows.map((r) => r.name.length), 10);
console.log(`${"benchmark".padEnd(width)}  ${"median".padStart(12)}  ${"p95".padStart(12)}  target`);
for (const r of rows) {
  const extra = [r.target, r.note].filter(Boolean).join("  ");
  console.log(`${r.name.padEnd(width)}  ${fmt(r.medianMs).padStart(12)}  ${fmt(r.p95Ms).padStart(12)}  ${extra}`);
}
for (const line of lines) console.log(line);
const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, Node ${process.version}`;
console.log(`\nnpm run bench took ${seconds.toFixed(0)} s`);
console.log(
  JSON.stringify({
    machine,
    seconds,
    ratios: ratios.map((r) => ({ ...r, ratio: r.library / r.baseline })),
    results: rows,
  }),
);
