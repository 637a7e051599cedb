// Import time of the built package: what a consumer's cold start pays to load it. Each sample is a
// fresh Node process that times `import()` / `require()` of dist/ from the inside, so Node's own
// start-up is not counted. Needs `npm run build` first; without dist/ the rows say so.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchRow, BenchSuite } from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");
const SAMPLES = 15;
const WARMUP = 2;

const CASES = [
  { name: "import: main entry, ESM (fresh process)", file: "dist/index.js", load: "import" },
  { name: "import: main entry, CommonJS (fresh process)", file: "dist/index.cjs", load: "require" },
  { name: "import: examples subpath, ESM (fresh process)", file: "dist/examples/index.js", load: "import" },
] as const;

/** The script a child runs: time one load of `file`, print milliseconds. */
function probe(file: string, load: "import" | "require"): string {
  const url = JSON.stringify(join(ROOT, file));
  const loading =
    load === "import" ? `await import(require("node:url").pathToFileURL(${url}).href)` : `require(${url})`;
  return `(async () => { const t0 = performance.now(); const m = ${loading}; const ms = performance.now() - t0; if (Object.keys(m).length === 0) throw new Error("nothing exported"); console.log(ms); })().catch((e) => { console.error(e); process.exit(1); });`;
}

const suite: BenchSuite = () => {
  const rows: BenchRow[] = [];
  for (const c of CASES) {
    if (!existsSync(join(ROOT, c.file))) {
      rows.push({
        name: `${c.name} — skipped: ${c.file} missing, run npm run build first`,
        samples: 0,
        medianMs: Number.NaN,
        p95Ms: Number.NaN,
      });
      continue;
    }
    const script = probe(c.file, c.load);
    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const out = execFileSync(process.execPath, ["-e", script], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      if (i >= WARMUP) times.push(Number(out.trim()));
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    rows.push({ name: c.name, samples: SAMPLES, medianMs: at(0.5), p95Ms: at(0.95) });
  }
  return { rows };
};
export default suite;
