// Benchmark helpers: medians of wall-clock samples. Benchmarks print figures; they never fail a build.
import { performance } from "node:perf_hooks";

/** One line of the benchmark table. */
export interface BenchRow {
  /** What was measured. */
  readonly name: string;
  /** How many timed samples. */
  readonly samples: number;
  /** Median time of one sample, milliseconds. */
  readonly medianMs: number;
  /** 95th percentile of one sample, milliseconds. */
  readonly p95Ms: number;
  /** The target from the issue, if any, e.g. "< 0.020 ms". */
  readonly target?: string;
}

/** A benchmark file's default export: runs its cases and returns their rows. */
export type BenchSuite = () => Promise<BenchRow[]> | BenchRow[];

/**
 * Times `fn` `samples` times after `warmup` untimed runs (and at least `warmupMs` of them, so that
 * the JIT has optimised the code before the first sample: a thousand calls of microsecond work is
 * not enough); each sample runs `fn` `batch` times and counts as the mean of the batch (for
 * microsecond work, where one call is below timer resolution). `warmup: 0` times the first run.
 */
export function measure(
  name: string,
  fn: () => unknown,
  options: { samples?: number; warmup?: number; warmupMs?: number; batch?: number; target?: string } = {},
): BenchRow {
  const { samples = 50, warmup = 5, warmupMs = 300, batch = 1, target } = options;
  let sink: unknown;
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (warmup > 0 && performance.now() - warmStart < warmupMs); i++) {
    for (let j = 0; j < batch; j++) sink = fn();
  }
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) sink = fn();
    times.push((performance.now() - t0) / batch);
  }
  if (sink === Symbol.for("never")) console.log(sink); // keeps the result alive so the call is not optimised away
  return summarise(name, times, target);
}

/** A row from sample times in milliseconds: their median and 95th percentile. */
export function summarise(name: string, times: readonly number[], target?: string): BenchRow {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, samples: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), ...(target ? { target } : {}) };
}

/** One case of {@link measureInterleaved}. */
export interface BenchCase {
  /** What is measured. */
  readonly name: string;
  /** One call of the work. */
  readonly fn: () => unknown;
  /** The target from the issue, if any. */
  readonly target?: string;
}

/**
 * Times several cases in turns: after `warmupMs` of untimed calls of each, `rounds` rounds in which
 * every case takes `samplesPerRound` samples of `batch` calls. A shared machine has slower and faster
 * spells of a second or more (another tenant's load on the memory); timed one after the other, one
 * row can fall wholly into a slow spell and the next into a fast one. In turns, every row spans the
 * whole run: its median is the typical speed, and a slow spell shows in its p95.
 */
export function measureInterleaved(
  cases: readonly BenchCase[],
  options: { rounds?: number; samplesPerRound?: number; batch?: number; warmupMs?: number } = {},
): BenchRow[] {
  const { rounds = 10, samplesPerRound = 10, batch = 200, warmupMs = 1000 } = options;
  let sink: unknown;
  for (const c of cases) {
    const start = performance.now();
    while (performance.now() - start < warmupMs) for (let j = 0; j < batch; j++) sink = c.fn();
  }
  const times = cases.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, k) => {
      for (let i = 0; i < samplesPerRound; i++) {
        const t0 = performance.now();
        for (let j = 0; j < batch; j++) sink = c.fn();
        times[k]!.push((performance.now() - t0) / batch);
      }
    });
  }
  if (sink === Symbol.for("never")) console.log(sink); // keeps the result alive so the call is not optimised away
  return cases.map((c, k) => summarise(c.name, times[k]!, c.target));
}
