// One size of the allocation benchmark in a process of its own (run by allocate.bench.ts): times
// `samples` calls, each after a full garbage collection outside the timing, and prints them as JSON
// with the process's memory. Alone, so that no size inherits the heap of another, no sample pays for
// the garbage of the one before it (at 100 000 candidates a result is some 125 MB), and the peak
// resident memory is that of this one work; as one call in a fresh program would run.
// `baseline` runs the hand-written allocation (handwritten.ts) and never loads the library.
// Usage: node --expose-gc --import tsx bench/allocate.child.ts <candidates> <excluded|included|baseline> <samples> <warmup>
import { performance } from "node:perf_hooks";
import { ALLOCATE_OPTIONS, applications, assessed } from "./allocate.data.js";

/** What a child prints: its sample times (ms) and its memory (MB). */
export interface ChildReport {
  readonly times: number[];
  /** The CPU time (user and system, all threads) of each timed call, ms: on a shared machine it moves less than the wall time. */
  readonly cpuTimes: number[];
  /** Resident memory after the imports, before the candidates were built. */
  readonly rssBeforeLoadMB: number;
  /** Heap in use after the imports, before the candidates were built (after a full collection). */
  readonly heapBeforeLoadMB: number;
  /** Heap in use once the candidates are built (after a full collection). */
  readonly heapLoadedMB: number;
  /** The most resident memory the process ever had. */
  readonly peakRssMB: number;
}

const [n, kind, samples, warmup] = [
  Number(process.argv[2]),
  process.argv[3],
  Number(process.argv[4]),
  Number(process.argv[5]),
];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const MB = 1024 * 1024;

/** The work to time, with what the memory was before and after its candidates were built. */
interface Loaded {
  readonly run: () => boolean;
  readonly rssBeforeLoadMB: number;
  readonly heapBeforeLoadMB: number;
  readonly heapLoadedMB: number;
}

/** Builds the candidates between two memory readings, and the call that allocates them. */
function load<T>(build: () => T, call: (data: T) => () => boolean): Loaded {
  gc!();
  const before = process.memoryUsage();
  const data = build();
  gc!();
  return {
    run: call(data),
    rssBeforeLoadMB: before.rss / MB,
    heapBeforeLoadMB: before.heapUsed / MB,
    heapLoadedMB: process.memoryUsage().heapUsed / MB,
  };
}

/** The work of `kind`, its module loaded first; each call says whether it produced an allocation. */
async function work(): Promise<Loaded> {
  if (kind === "baseline") {
    const { allocateByHand } = await import("./handwritten.js");
    const appropriation = ALLOCATE_OPTIONS.appropriation;
    return load(
      () => applications(n),
      (apps) => () => allocateByHand(apps, appropriation).length === n,
    );
  }
  const { allocate, allocateAssessed } = await import("../src/index.js");
  if (kind === "excluded") {
    return load(
      () => assessed(n),
      (pre) => () => allocateAssessed(pre, ALLOCATE_OPTIONS).success,
    );
  }
  if (kind === "included") {
    return load(
      () => applications(n),
      (apps) => () => allocate(apps, ALLOCATE_OPTIONS).success,
    );
  }
  throw new Error(`unknown kind ${kind}`);
}

const { run, ...memory } = await work();
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < warmup + samples; i++) {
  gc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  if (!run()) throw new Error("the benchmark allocation must succeed");
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (i >= warmup) {
    times.push(wall);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
}
// maxRSS is in kibibytes.
const report: ChildReport = { times, cpuTimes, ...memory, peakRssMB: process.resourceUsage().maxRSS / 1024 };
console.log(JSON.stringify(report));
