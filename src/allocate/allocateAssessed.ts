import { isRecord } from "../vocabulary/read.js";
import { type Result, fail } from "../vocabulary/result.js";
import type { AllocationIssue } from "../scoring/issue.js";
import { issue } from "../scoring/catalogueIssue.js";
import { MALFORMED, type Prepared, readCandidateList } from "./entry.js";
import { runAllocation } from "./run.js";
import { notAnObject, readLocale, safeLocale, snapshotOptions } from "./settings.js";
import type { AllocateOptions, AllocationResult, AssessedCandidate } from "./types.js";

/**
 * Allocates an appropriation over applications that `assess` has already assessed: the core of
 * {@link allocate}, for callers who assess once and then try several appropriations or strategies.
 * Each candidate is `{ id, assessment, score }`; everything else is as in {@link allocate} (the
 * limit of 1 000 000 candidates included). Never throws and never mutates its input.
 *
 * @example
 * ```ts
 * // assessedA and assessedB: eligible 2022 assessments; A can be granted 85 000 €, B 40 000 €.
 * const r = allocateAssessed(
 *   [{ id: "A", assessment: assessedA, score: 4 }, { id: "B", assessment: assessedB, score: 3 }],
 *   { edition: "2022", appropriation: "100000.00" },
 * );
 * r.success && r.data.allocations.map((a) => [a.id, a.status, a.amount]);
 * //=> [["A", "granted", "85000.00"], ["B", "reserve", "0.00"]] (15 000 € left is less than B's 40 000 €)
 * r.success && r.data.remaining; //=> "15000.00"
 * ```
 */
export function allocateAssessed(
  candidates: readonly AssessedCandidate[],
  options: AllocateOptions = {},
): Result<AllocationResult, AllocationIssue> {
  const asked = snapshotOptions(options);
  const locale = asked === null ? safeLocale(options) : readLocale(asked);
  try {
    const list = readCandidateList(candidates, locale);
    if (!list.success) return list;
    if (asked === null) return fail(notAnObject(locale));
    const named: string[] = [];
    const prepared = list.data.map((c) => prepare(c, named));
    const ids = prepared.map((p) => p.id);
    return runAllocation(named, asked, { ids, take: (i) => prepared[i]! });
  } catch {
    // A defect of ours: report it, never throw.
    return fail(issue("allocation.failed", {}, locale));
  }
}

/** The candidate as the pipeline takes it; the edition its assessment names (when valid) goes to `named`. */
function prepare(c: unknown, named: string[]): Prepared {
  try {
    if (!isRecord(c)) return MALFORMED;
    const x = c as { id?: unknown; assessment?: unknown; score?: unknown };
    const a =
      typeof x.assessment === "object" && x.assessment !== null ? (x.assessment as Prepared["assessment"]) : null;
    const edition = a !== null && a.status !== "invalid" && typeof a.edition === "string" ? a.edition : null;
    const p: Prepared = { id: x.id, assessment: a, rejection: null, score: x.score, malformed: false };
    if (edition !== null) named.push(edition);
    return p;
  } catch {
    // A getter or proxy that throws: rejected as malformed.
    return MALFORMED;
  }
}
