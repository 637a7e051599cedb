import { parseApplication } from "../application/parse.js";
import type { Application } from "../application/schema.js";
import { assessOpenFindings } from "../assess/assess.js";
import { type ResolvedOptions, resolveOptions } from "../assess/options.js";
import type { Locale } from "../messages/types.js";
import { type Result, fail } from "../result.js";
import type { Assessment } from "../assess/types.js";
import type { EditionId } from "../editions/codes.js";
import { getEdition } from "../editions/registry.js";
import type { Prepared } from "./entry.js";
import { issue, reason } from "./reason.js";
import { runAllocation } from "./run.js";
import { type Settings, readLocale, safeLocale } from "./settings.js";
import type { AllocateOptions, AllocationCandidate, AllocationIssue, AllocationReason, AllocationResult } from "./types.js";

type Read =
  | { readonly kind: "malformed" }
  | { readonly kind: "invalid"; readonly id: unknown; readonly score: unknown; readonly reasons: readonly AllocationReason[] }
  | { readonly kind: "parsed"; readonly id: unknown; readonly score: unknown; readonly app: Application }
  | { readonly kind: "assessed"; readonly id: unknown; readonly score: unknown; readonly edition: EditionId; readonly assessment: Assessment };

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
 * The edition is `options.edition`, else the one most valid applications name (a tie between two
 * calls is an `allocation.ambiguousEdition` issue: pass `edition`); applications to another call
 * are rejected. The appropriation is `options.appropriation`, else the edition's: for a 2019
 * call that is the whole 30 M€ the two 2019 calls shared, so pass that call's part.
 *
 * Every candidate gets one allocation: the ranked in rank order, then the unranked by id. A bad
 * candidate (not an object, no usable id, an invalid application, an id used twice) is rejected
 * with its reasons; it never makes the call fail. Only bad options, a non-array, or an edition that
 * cannot be told give `{ success: false, issues }`. Never throws, never mutates its input.
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
  try {
    return allocateUnsafe(candidates, options);
  } catch {
    // A defect of ours or an options object whose getters throw: report it, never throw.
    return fail(issue("allocation.failed", {}, safeLocale(options)));
  }
}

function allocateUnsafe(
  candidates: readonly AllocationCandidate[],
  options: AllocateOptions,
): Result<AllocationResult, AllocationIssue> {
  const locale = readLocale(options);
  if (!Array.isArray(candidates)) return fail(issue("allocation.notAList", {}, locale));
  const assessOptions = typeof options === "object" && options !== null ? options.assess : undefined;
  // The assess options' issues speak the allocation's language.
  const checked = resolveOptions(assessOptions ?? {}, false, locale);
  if (checked.issues.length > 0) {
    return { success: false, issues: checked.issues.map((i) => ({ code: i.code, params: i.params, message: i.message })) };
  }
  // The options of every assessment, checked once, in the allocation's language (the one the settings resolve).
  const own: ResolvedOptions = { ...checked, locale };
  // The edition is known only once every application is read, unless the options name it by id.
  // Under the edition an application names (or the one asked for), it is assessed as soon as it is
  // parsed, and only what classify reads is kept: not the parsed application (some kilobytes, for
  // every candidate until the edition is known), nor the findings that passed.
  const asked = typeof options === "object" && options !== null ? options.edition : undefined;
  const early = (edition: string) => asked === undefined || asked === edition;
  const read: (Read | null)[] = (candidates as readonly unknown[]).map((c) => readCandidate(c, locale, early, own));
  const named: string[] = [];
  const ids: unknown[] = [];
  for (let i = 0; i < read.length; i++) {
    const r = read[i]!;
    if (r.kind === "parsed") named.push(r.app.edition);
    else if (r.kind === "assessed") named.push(r.edition);
    ids.push(r.kind === "malformed" ? undefined : r.id);
  }
  const take = (i: number, s: Settings): Prepared => {
    const r = read[i]!;
    // The pipeline takes each candidate once: let what was kept of it go.
    read[i] = null;
    if (r.kind === "malformed") return { id: undefined, assessment: null, rejection: null, score: undefined, malformed: true };
    if (r.kind === "invalid") return { id: r.id, assessment: null, rejection: r.reasons, score: r.score, malformed: false };
    const edition = r.kind === "assessed" ? r.edition : r.app.edition;
    if (edition !== s.edition.id) {
      const other = reason("allocation.otherEdition", { edition, expected: s.edition.id }, s.locale);
      return { id: r.id, assessment: null, rejection: [other], score: r.score, malformed: false };
    }
    // Only the findings that did not pass, unworded: classify words those it reports, in the allocation's language.
    const assessment = r.kind === "assessed" ? r.assessment : assessOpenFindings(r.app, s.edition, own);
    return { id: r.id, assessment, rejection: null, score: r.score, malformed: false };
  };
  return runAllocation(named, options, { ids, take });
}

/**
 * Reads one candidate and parses its application; assesses it at once when `early` says its
 * edition will be the allocation's or the candidate will be rejected for naming another. Never throws.
 */
function readCandidate(c: unknown, locale: Locale, early: (edition: string) => boolean, own: ResolvedOptions): Read {
  if (typeof c !== "object" || c === null || Array.isArray(c)) return { kind: "malformed" };
  try {
    const x = c as { id?: unknown; application?: unknown; score?: unknown };
    const { id, score } = x;
    const parsed = parseApplication(x.application, { locale });
    if (parsed.success) {
      const app = parsed.data;
      if (!early(app.edition)) return { kind: "parsed", id, score, app };
      return { kind: "assessed", id, score, edition: app.edition, assessment: assessOpenFindings(app, getEdition(app.edition), own) };
    }
    const issues = parsed.issues.map(
      (i): AllocationReason => ({ code: i.code, message: i.message, params: { ...i.params, path: i.path.map(String) } }),
    );
    return { kind: "invalid", id, score, reasons: [reason("allocation.invalidApplication", { issues: issues.length }, locale), ...issues] };
  } catch {
    // A getter or proxy that throws: the candidate is rejected as malformed.
    return { kind: "malformed" };
  }
}
