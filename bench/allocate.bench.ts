// Allocation of 49, 10 000 and 100 000 synthetic candidates, with and without the assessment.
// Targets (issue 5): 49 in under 5 ms; 100 000 in under 2 s; growth no faster than n log n.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { allocate } from "../src/allocate/allocate.js";
import { allocateAssessed } from "../src/allocate/allocateAssessed.js";
import { ALLOCATE_OPTIONS, applications, assessed } from "./allocate.data.js";
import { type BenchRow, type BenchSuite, measure, summarise } from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");

/**
 * The large sizes, each in a fresh Node process (allocate.child.ts), with a full garbage collection
 * before each sample: a 100 000-candidate result is some 125 MB, and timed in one process after the
 * smaller sizes its collection fell inside the next samples and V8's heap sizing carried over from
 * them (the growth to 100 000 then read ×13–×18 from run to run for the same code).
 */
const LARGE = [
  { n: 10_000, samples: 5, warmup: 1 },
  { n: 100_000, samples: 3, warmup: 1 },
] as const;

const suite: BenchSuite = () => {
  const rows: BenchRow[] = [];
  const medians = new Map<string, number>();
  // 49 candidates: the first few dozen calls run while V8 is still compiling the library (about
  // 2 500 assessments), so 50 untimed calls come first and the median is that of a warm process,
  // as in a server. Each sample keeps only whether it succeeded.
  const pre = assessed(49);
  const apps = applications(49);
  const options = { samples: 50, warmup: 50, target: "< 5 ms" };
  rows.push(
    measure(
      "allocate: 49 candidates, assessment excluded",
      () => allocateAssessed(pre, { ...ALLOCATE_OPTIONS, edition: "2022" }).success,
      options,
    ),
    measure("allocate: 49 candidates, assessment included", () => allocate(apps, ALLOCATE_OPTIONS).success, options),
  );
  for (const { n, samples, warmup } of LARGE) {
    for (const kind of ["excluded", "included"] as const) {
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
      const r = summarise(
        `allocate: ${n} candidates, assessment ${kind} (own process)`,
        JSON.parse(out) as number[],
        n === 100_000 ? "< 2000 ms" : undefined,
      );
      rows.push(r);
      medians.set(`${kind} ${n}`, r.medianMs);
    }
  }
  // n log n from 10 000 to 100 000 is a factor of 10 × log(1e5)/log(1e4) = 12.5.
  const nlogn = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
  for (const kind of ["excluded", "included"]) {
    const ratio = medians.get(`${kind} 100000`)! / medians.get(`${kind} 10000`)!;
    console.log(
      `allocate (assessment ${kind}): time 100 000 / 10 000 = ${ratio.toFixed(2)} (n log n: ${nlogn.toFixed(2)})`,
    );
  }
  return rows;
};
export default suite;
