// Allocation of 49, 10 000 and 100 000 synthetic candidates, with and without the assessment, and
// 100 000 by the hand-written baseline (handwritten.ts) for the ratios of issue 9: time ≤ 2.5× and
// peak resident memory ≤ 2× the baseline's.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { allocate, allocateAssessed } from "../src/index.js";
import type { ChildReport } from "./allocate.child.js";
import { ALLOCATE_OPTIONS, applications, assessed } from "./allocate.data.js";
import { type BenchRow, type BenchSuite, type RatioRow, measure, summarise } from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");

/**
 * The large sizes, each in a fresh Node process (allocate.child.ts), with a full garbage collection
 * before each sample: a 100 000-candidate result is some 125 MB, and timed in one process after the
 * smaller sizes its collection fell inside the next samples and V8's heap sizing carried over from
 * them (the growth to 100 000 then read ×13–×18 from run to run for the same code).
 */
const LARGE = [
  { n: 10_000, samples: 5, warmup: 1, kinds: ["excluded", "included"] },
  { n: 100_000, samples: 3, warmup: 1, kinds: ["excluded", "included", "baseline"] },
] as const;

const TITLES = {
  excluded: "assessment excluded",
  included: "assessment included",
  baseline: "hand-written baseline",
} as const;

/** Runs one size of one kind in its own process and reads its report. */
function child(n: number, kind: string, samples: number, warmup: number): ChildReport {
  const args = [
    "--expose-gc",
    "--import",
    "tsx",
    "bench/allocate.child.ts",
    String(n),
    kind,
    String(samples),
    String(warmup),
  ];
  const out = execFileSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  return JSON.parse(out) as ChildReport;
}

const mb = (x: number) => `${x.toFixed(0)} MB`;

const suite: BenchSuite = () => {
  const rows: BenchRow[] = [];
  const reports = new Map<string, { row: BenchRow; report: ChildReport }>();
  // 49 candidates, in one process: tinybench warms each for a second first (some 500 calls, while
  // V8 compiles the library), so the median is that of a warm process, as in a server.
  const pre = assessed(49);
  const apps = applications(49);
  rows.push(
    ...measure([
      {
        name: "allocate: 49 candidates, assessment excluded",
        fn: () => allocateAssessed(pre, ALLOCATE_OPTIONS).success,
        target: "< 5 ms",
      },
      {
        name: "allocate: 49 candidates, assessment included",
        fn: () => allocate(apps, ALLOCATE_OPTIONS).success,
        target: "< 5 ms",
      },
    ]),
  );
  for (const { n, samples, warmup, kinds } of LARGE) {
    for (const kind of kinds) {
      const report = child(n, kind, samples, warmup);
      const row: BenchRow = {
        ...summarise(
          `allocate: ${n} candidates, ${TITLES[kind]} (own process)`,
          report.times,
          n === 100_000 && kind !== "baseline" ? "< 2000 ms" : undefined,
        ),
        note: `peak RSS ${mb(report.peakRssMB)}; before loading RSS ${mb(report.rssBeforeLoadMB)}, heap ${mb(report.heapBeforeLoadMB)}; loaded heap ${mb(report.heapLoadedMB)}`,
      };
      rows.push(row);
      reports.set(`${kind} ${n}`, { row, report });
    }
  }
  // n log n from 10 000 to 100 000 is a factor of 10 × log(1e5)/log(1e4) = 12.5.
  const nlogn = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
  for (const kind of ["excluded", "included"]) {
    const ratio = reports.get(`${kind} 100000`)!.row.medianMs / reports.get(`${kind} 10000`)!.row.medianMs;
    console.log(
      `allocate (assessment ${kind}): time 100 000 / 10 000 = ${ratio.toFixed(2)} (n log n: ${nlogn.toFixed(2)})`,
    );
  }
  const library = reports.get("included 100000")!;
  const baseline = reports.get("baseline 100000")!;
  const ratios: RatioRow[] = [
    {
      name: "allocate 100 000 with assessment: median time",
      library: library.row.medianMs,
      baseline: baseline.row.medianMs,
      unit: "ms",
      target: 2.5,
    },
    {
      name: "allocate 100 000 with assessment: peak RSS",
      library: library.report.peakRssMB,
      baseline: baseline.report.peakRssMB,
      unit: "MB",
      target: 2,
    },
  ];
  return { rows, ratios };
};
export default suite;
