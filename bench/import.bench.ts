// Import time of the built package: what a consumer's cold start pays to load it. Each sample is a
// fresh Node process that times `import()` / `require()` of dist/ from the inside, so Node's own
// start-up is not counted. Then the command line's cold start, the whole process timed from the
// outside against a Node process that only imports Publicodes or json-rules-engine (issue 15: at
// most 1.5×). Needs `npm run build` first; without dist/ the rows say so.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type BenchRow, type BenchSuite, type RatioRow, summarise } from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");
const SAMPLES = 15;
const WARMUP = 2;
/** The command's cold start may take this many times a process that imports a rules engine. */
const CLI_TARGET = 1.5;

const CASES = [
  { name: "import: main entry, ESM (fresh process)", file: "dist/index.js", load: "import" },
  { name: "import: main entry, CommonJS (fresh process)", file: "dist/index.cjs", load: "require" },
  { name: "import: examples subpath, ESM (fresh process)", file: "dist/examples/index.js", load: "import" },
  // zod's share of the main entry: zod/mini and zod/v4/core, the two paths the library imports.
  { name: "import: zod alone (zod/mini + zod/v4/core), ESM", file: "zod", load: "import" },
] as const;

/** The script a child runs: time one load of `file` (or of zod), print milliseconds. */
function probe(file: string, load: "import" | "require"): string {
  const url = JSON.stringify(join(ROOT, file));
  const loading =
    file === "zod"
      ? `[await import("zod/mini"), await import("zod/v4/core")][0]`
      : load === "import"
        ? `await import(require("node:url").pathToFileURL(${url}).href)`
        : `require(${url})`;
  return `(async () => { const t0 = performance.now(); const m = ${loading}; const ms = performance.now() - t0; if (Object.keys(m).length === 0) throw new Error("nothing exported"); console.log(ms); })().catch((e) => { console.error(e); process.exit(1); });`;
}

/** The command's bin, as package.json names it (dist/cli.cjs). */
const BIN = "dist/cli.cjs";

/** The processes of the cold-start comparison: the command twice, and its two baselines. */
const PROCESSES = {
  version: [BIN, "--version"],
  assess: [BIN, "assess", "examples/application-2022.json"],
  publicodes: ["--input-type=module", "-e", 'await import("publicodes")'],
  jsonRulesEngine: ["--input-type=module", "-e", 'await import("json-rules-engine")'],
} as const;

/**
 * The wall time of each process, from spawn to exit, as on a user's terminal. The processes take
 * turns, so that a slow spell of a shared machine slows each of them alike and their ratio holds.
 */
function coldStarts(): Record<keyof typeof PROCESSES, BenchRow> {
  const times = { version: [], assess: [], publicodes: [], jsonRulesEngine: [] } as Record<
    keyof typeof PROCESSES,
    number[]
  >;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const [name, args] of Object.entries(PROCESSES) as [keyof typeof PROCESSES, readonly string[]][]) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } });
      const ms = performance.now() - t0;
      // assess exits 0 for the eligible example; anything else is a broken build, not a time.
      if (r.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
      if (i >= WARMUP) times[name].push(ms);
    }
  }
  return {
    version: summarise("cold start: digikannustin --version (whole process)", times.version),
    assess: summarise("cold start: digikannustin assess <one file> (whole process)", times.assess),
    publicodes: summarise("cold start: node importing publicodes (whole process)", times.publicodes),
    jsonRulesEngine: summarise("cold start: node importing json-rules-engine (whole process)", times.jsonRulesEngine),
  };
}

const suite: BenchSuite = () => {
  const rows: BenchRow[] = [];
  const ratios: RatioRow[] = [];
  const lines: string[] = [];
  for (const c of CASES) {
    if (c.file !== "zod" && !existsSync(join(ROOT, c.file))) {
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
    rows.push(summarise(c.name, times));
  }
  const main = rows.find((r) => r.name === CASES[0].name);
  const zod = rows.find((r) => r.name === CASES[3].name);
  if (main && zod && main.samples > 0) {
    const share = (100 * zod.medianMs) / main.medianMs;
    lines.push(
      `import of the main entry (ESM): ${main.medianMs.toFixed(1)} ms, of which zod ${zod.medianMs.toFixed(1)} ms (${share.toFixed(0)} %) and the library's own ${(main.medianMs - zod.medianMs).toFixed(1)} ms`,
    );
  }

  if (!existsSync(join(ROOT, BIN))) {
    lines.push(`cold start of the command line — skipped: ${BIN} missing, run npm run build first`);
    return { rows, lines };
  }
  const cold = coldStarts();
  rows.push(cold.version, cold.assess, cold.publicodes, cold.jsonRulesEngine);
  for (const [command, row] of [
    ["--version", cold.version],
    ["assess", cold.assess],
  ] as const) {
    for (const [engine, baseline] of [
      ["Publicodes", cold.publicodes],
      ["json-rules-engine", cold.jsonRulesEngine],
    ] as const) {
      ratios.push({
        name: `CLI cold start: ${command} / node importing ${engine}`,
        library: row.medianMs,
        baseline: baseline.medianMs,
        unit: "ms",
        target: CLI_TARGET,
      });
    }
  }
  return { rows, ratios, lines };
};
export default suite;
