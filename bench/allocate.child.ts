// One size of the allocation benchmark in a process of its own (run by allocate.bench.ts): times
// `samples` calls, each after a full garbage collection outside the timing, and prints them as JSON.
// Alone, so that no size inherits the heap of another, and no sample pays for the garbage of the one
// before it (at 100 000 candidates a result is some 125 MB); as one call in a fresh program would run.
// Usage: node --expose-gc --import tsx bench/allocate.child.ts <candidates> <excluded|included> <samples> <warmup>
import { performance } from "node:perf_hooks";
import { allocate } from "../src/allocate/allocate.js";
import { allocateAssessed } from "../src/allocate/allocateAssessed.js";
import { ALLOCATE_OPTIONS, applications, assessed } from "./allocate.data.js";

const [n, kind, samples, warmup] = [
  Number(process.argv[2]),
  process.argv[3],
  Number(process.argv[4]),
  Number(process.argv[5]),
];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const run =
  kind === "excluded"
    ? (
        (pre) => () =>
          allocateAssessed(pre, { ...ALLOCATE_OPTIONS, edition: "2022" }).success
      )(assessed(n))
    : (
        (apps) => () =>
          allocate(apps, ALLOCATE_OPTIONS).success
      )(applications(n));
const times: number[] = [];
for (let i = 0; i < warmup + samples; i++) {
  gc();
  const t0 = performance.now();
  if (!run()) throw new Error("the benchmark allocation must succeed");
  if (i >= warmup) times.push(performance.now() - t0);
}
console.log(JSON.stringify(times));
