import { isRecord } from "../vocabulary/read.js";
import { type ParseIssue, parseApplication } from "../application/parse.js";
import type { Application } from "../application/schema.js";
import { assessOpenFindings } from "../assess/assess.js";
import { type ResolvedOptions, resolveOptions } from "../assess/options.js";
import type { Locale } from "../vocabulary/locale.js";
import { type Result, fail } from "../vocabulary/result.js";
import type { AllocationIssue } from "../scoring/issue.js";
import { issue } from "../scoring/catalogueIssue.js";
import { MALFORMED, type Prepared, readCandidateList } from "./entry.js";
import { type Reason, reason } from "./reason.js";
import { runAllocation } from "./run.js";
import { type Settings, notAnObject, readLocale, safeLocale, snapshotOptions } from "./settings.js";
import type { AllocateOptions, AllocationCandidate, AllocationResult } from "./types.js";

/**
 * Allocates a call's appropriation (määräraha) over its applications, exactly to the cent, with a
 * reason for every euro. Each candidate is `{ id, application, score }`: the application as sent
 * (it is parsed and assessed under the edition's rules), and its score: a number, or reviewers'
 * scores aggregated with `options.scoreModel` (equal weights by default; the ministry published no
 * weights, so the result says `weightsOfficial: false`).
 *
 * Who competes: applications assessed `eligible` (with `include: "eligibleAndReview"`, also
 * `needsReview`), with a score when ranking, at or above `minScore` when set. The grantable amount of
 * each is min(requested, maximum grant = 85 % of eligible costs, 893/2019 4 §), rounded down to the
 * `unit`.
 *
 * The funding order: higher score first; on equal scores (compared at four decimals) the smaller
 * grantable amount first, so the same money funds more projects; then the id. Strategies:
 * - `ranked` (default): in that order, each gets its whole grantable amount while it fits; at the
 *   first that does not, `partial: "skip"` (default) gives it nothing and goes on to later, cheaper
 *   ones, `partial: "partial"` gives it what is left and stops. Unfunded ranked ones are `reserve`.
 * - `proRata`: when all grantable amounts fit, each gets its own; otherwise the appropriation,
 *   rounded down to the unit, is split in proportion to them by the largest-remainder method.
 *
 * The edition is `options.edition`, else the one the first valid application names; applications
 * to another call are rejected. The appropriation is `options.appropriation`, else the edition's: for a 2019
 * call that is the whole 30 M€ the two 2019 calls shared, so pass that call's part.
 *
 * Every candidate gets one allocation: the ranked in rank order, then the unranked by id. A bad
 * candidate (not an object, no usable id, an invalid application, an id used twice) is rejected
 * with its reasons; it never makes the call fail, nor does a hole in a sparse list or an element
 * whose read throws (rejected as malformed). Only bad options (options whose getters throw
 * included), a non-array, more than 1 000 000 candidates (`allocation.tooManyCandidates`, checked
 * before any work) or an edition that cannot be told give `{ success: false, issues }`. Never
 * throws, never mutates its input.
 *
 * @example
 * ```ts
 * const r = allocate(
 *   [
 *     { id: "A", application: applicationA, score: 4.5 }, // grantable 595 000.00 €
 *     { id: "B", application: applicationB, score: 4 },   // grantable 300 000.00 €
 *     { id: "C", application: applicationC, score: 3.5 }, // grantable 200 000.00 €
 *   ],
 *   { appropriation: "800000.00", strategy: "ranked", partial: "partial", unit: "euro", locale: "en" },
 * );
 * r.success && r.data.allocations.map((a) => [a.id, a.status, a.amount]);
 * //=> [["A", "granted", "595000.00"], ["B", "granted", "205000.00"], ["C", "reserve", "0.00"]]
 * r.success && [r.data.totalGranted, r.data.remaining]; //=> ["800000.00", "0.00"]
 * r.success && r.data.allocations[1].reasons[0].message;
 * //=> "The appropriation was exhausted at rank 2: granted the remaining €205,000.00 of the €300,000.00 it could have been granted."
 * ```
 */
export function allocate(
  candidates: readonly AllocationCandidate[],
  options: AllocateOptions = {},
): Result<AllocationResult, AllocationIssue> {
  const asked = snapshotOptions(options);
  const locale = asked === null ? safeLocale(options) : readLocale(asked);
  try {
    const list = readCandidateList(candidates, locale);
    if (!list.success) return list;
    if (asked === null) return fail(notAnObject(locale));
    return allocateUnsafe(list.data, asked, locale);
  } catch {
    // A defect of ours: report it, never throw.
    return fail(issue("allocation.failed", {}, locale));
  }
}

/** A candidate as given: its id, score and application, each read once. */
interface Given {
  readonly id: unknown;
  readonly score: unknown;
  readonly application: unknown;
}

function allocateUnsafe(
  candidates: readonly unknown[],
  asked: AllocateOptions,
  locale: Locale,
): Result<AllocationResult, AllocationIssue> {
  // The options of every assessment, checked once, in the allocation's language.
  const checked = resolveOptions(asked.assess ?? {}, false, locale);
  if (checked.issues.length > 0) {
    return {
      success: false,
      issues: checked.issues.map((i) => ({ code: i.code, params: i.params, message: i.message })),
    };
  }
  const assessOptions: ResolvedOptions = { ...checked, locale };
  const given = candidates.map(readCandidate);
  // Without an edition among the options, the first application that parses names it.
  const parsed: (ParsedApplication | undefined)[] = [];
  const named: string[] = [];
  if (asked.edition === undefined) {
    for (let i = 0; i < given.length && named.length === 0; i++) {
      const g = given[i]!;
      const p = g === null ? undefined : parse(g, locale);
      parsed.push(p);
      if (p?.success) named.push(p.data.edition);
    }
  }
  const take = (i: number, s: Settings): Prepared => {
    const g = given[i]!;
    if (g === null) return MALFORMED;
    try {
      const p = parsed[i] ?? parse(g, locale);
      // Nothing of a candidate outlives its turn but its entry.
      parsed[i] = undefined;
      return prepare(g, p, s, assessOptions);
    } catch {
      // A defect of ours in assessing this one application: rejected as malformed, as for a throwing getter.
      return MALFORMED;
    }
  };
  return runAllocation(named, asked, { ids: given.map((g) => g?.id), take });
}

type ParsedApplication = ReturnType<typeof parseApplication>;

function parse(g: Given, locale: Locale): ParsedApplication {
  return parseApplication(g.application, { locale });
}

/** The candidate for the pipeline: its application assessed under the allocation's edition, or why it is not. */
function prepare(g: Given, p: ParsedApplication, s: Settings, options: ResolvedOptions): Prepared {
  const { id, score } = g;
  if (!p.success) return { id, assessment: null, rejection: invalidReasons(p.issues), score, malformed: false };
  const app: Application = p.data;
  if (app.edition !== s.edition.id) {
    const other = reason("allocation.otherEdition", { edition: app.edition, expected: s.edition.id });
    return { id, assessment: null, rejection: [other], score, malformed: false };
  }
  return { id, assessment: assessOpenFindings(app, s.edition, options), rejection: null, score, malformed: false };
}

/** A candidate's id, score and application, each read once; `null` when it is not an object or a getter throws. */
function readCandidate(c: unknown): Given | null {
  try {
    if (!isRecord(c)) return null;
    const { id, score, application } = c as Partial<Given>;
    return { id, score, application };
  } catch {
    // A getter or proxy that throws: rejected as malformed.
    return null;
  }
}

/** Why an application that does not parse is rejected: the count, then each issue. */
function invalidReasons(parseIssues: readonly ParseIssue[]): Reason[] {
  const issues = parseIssues.map(
    (i): Reason => ({ code: i.code, params: { ...i.params, path: i.path.map(String) }, given: i.message }),
  );
  return [reason("allocation.invalidApplication", { issues: issues.length }), ...issues];
}
