// Benchmark helpers: medians of wall-clock samples, taken with tinybench. Benchmarks print figures;
// they never fail a build.
import { Bench } from "tinybench";

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
  /** Anything else worth printing beside the times (memory), as `label: value` text. */
  readonly note?: string;
}

/** One line of the ratio table: the library against the hand-written baseline of the same work. */
export interface RatioRow {
  /** What is compared. */
  readonly name: string;
  /** The library's figure, in `unit`. */
  readonly library: number;
  /** The hand-written baseline's figure, in `unit`. */
  readonly baseline: number;
  /** "ms" or "MB". */
  readonly unit: "ms" | "MB";
  /** The ratio the issue allows, library / baseline. */
  readonly target: number;
}

/** What a benchmark file reports: its rows, and the ratio rows that lead the output. */
export interface SuiteResult {
  readonly rows: readonly BenchRow[];
  readonly ratios?: readonly RatioRow[];
  /** Lines to print after the rows (growth factors and the like). */
  readonly lines?: readonly string[];
}

/** A benchmark file's default export: runs its cases and reports them. */
export type BenchSuite = () => Promise<SuiteResult> | SuiteResult;

/** A row from sample times in milliseconds: their median and 95th percentile. */
export function summarise(name: string, times: readonly number[], target?: string): BenchRow {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, samples: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), ...(target ? { target } : {}) };
}

/** One case of {@link measure}. */
export interface BenchCase {
  /** What is measured. */
  readonly name: string;
  /** One call of the work. */
  readonly fn: () => unknown;
  /** The target from the issue, if any. */
  readonly target?: string;
}

/**
 * Times several cases with tinybench, in turns: `rounds` rounds in which every case runs for
 * `timeMs` (the first round after `warmupMs` of untimed calls of each). A shared machine has
 * slower and faster spells of a second or more; timed one after the other, one case could fall
 * wholly into a slow spell and the next into a fast one, which would skew the ratio of a library
 * row to its baseline. In turns, every case spans the whole run: its median is the typical speed,
 * and a slow spell shows in its p95. Each sample is one call, less tinybench's estimate of the cost
 * of reading the clock. A row's median is the median of its rounds' medians; its p95 is the highest
 * p95 of a round (the rounds of microsecond work hold too many samples to keep them all at once).
 */
export function measure(
  cases: readonly BenchCase[],
  options: { rounds?: number; timeMs?: number; warmupMs?: number } = {},
): BenchRow[] {
  const { rounds = 10, timeMs = 200, warmupMs = 1000 } = options;
  const rows = cases.map(() => ({ medians: [] as number[], p95: 0, samples: 0 }));
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench({
      time: timeMs,
      warmupTime: r === 0 ? warmupMs : 20,
      subtractTimerOverhead: true,
      retainSamples: true,
      throws: true,
    });
    for (const c of cases) bench.add(c.name, c.fn, { async: false });
    bench.runSync().forEach((task, k) => {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
      const row = rows[k]!;
      row.medians.push(result.latency.p50);
      const sorted = result.latency.samples!;
      row.p95 = Math.max(row.p95, sorted[Math.floor(0.95 * (sorted.length - 1))]!);
      row.samples += result.latency.samplesCount;
    });
  }
  return cases.map((c, k) => {
    const { medians, p95, samples } = rows[k]!;
    const { medianMs } = summarise(c.name, medians);
    return { name: c.name, samples, medianMs, p95Ms: p95, ...(c.target ? { target: c.target } : {}) };
  });
}
