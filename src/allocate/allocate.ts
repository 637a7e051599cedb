import { readCanonicalApplication } from "../application/canonical.js";
import { type ParseIssue, parseApplication } from "../application/parse.js";
import { assessOpenFindings } from "../assess/assess.js";
import { type ResolvedOptions, resolveOptions } from "../assess/options.js";
import type { Locale } from "../messages/types.js";
import { type Result, fail } from "../result.js";
import { classify } from "./classify.js";
import { type Entry, MALFORMED, type Prepared } from "./entry.js";
import { issue, reason } from "./reason.js";
import { duplicateIds, report } from "./run.js";
import { type Settings, readLocale, readSettings, safeLocale } from "./settings.js";
import type {
  AllocateOptions,
  AllocationCandidate,
  AllocationIssue,
  AllocationReason,
  AllocationResult,
} from "./types.js";

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
    return {
      success: false,
      issues: checked.issues.map((i) => ({ code: i.code, params: i.params, message: i.message })),
    };
  }
  // The options of every assessment, checked once, in the allocation's language (the one the settings resolve).
  const own: ResolvedOptions = { ...checked, locale };
  const n = candidates.length;
  // Every candidate's id, score and application, each read once, before any is classified: the
  // ids used twice must be known first. A candidate that is not an object, or whose getter
  // throws, is malformed and has no id.
  const ids: unknown[] = new Array(n);
  const scores: unknown[] = new Array(n);
  const inputs: unknown[] = new Array(n);
  const malformed: boolean[] = new Array(n);
  for (let i = 0; i < n; i++)
    malformed[i] = !readCandidate((candidates as readonly unknown[])[i], i, ids, scores, inputs);
  const duplicates = duplicateIds(ids);

  // Each candidate is classified as soon as its application is assessed, so that nothing of it
  // but its entry outlives its turn (at 100 000 candidates, keeping every assessment until the
  // edition was known held 64 MB, which the garbage collector copied twice). With `options.edition`
  // the settings are known at once; without it, each application is classified under the edition
  // it names, and those that name another edition than the one most name are rejected at the end.
  const asked = typeof options === "object" && options !== null ? options.edition : undefined;
  let fixed: Settings | null = null;
  if (asked !== undefined) {
    const r = readSettings(options, []);
    if (!r.success) return r;
    fixed = r.data;
  }
  const tried = new Map<string, Settings | null>();
  const settingsOf = (edition: string): Settings | null => {
    let t = tried.get(edition);
    if (t === undefined) {
      const r = readSettings(options, [edition]);
      t = r.success ? r.data : null;
      tried.set(edition, t);
    }
    return t;
  };
  const entries: Entry[] = new Array(n);
  // The edition each valid application names; the rest wait for the settings, in `later`.
  const named: string[] = [];
  const editionOf: (string | undefined)[] = new Array(n);
  const later: (Prepared | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (malformed[i]) {
      later[i] = MALFORMED;
      continue;
    }
    try {
      // The usual application is read directly; zod parses the rest and reports what is wrong.
      let app = readCanonicalApplication(inputs[i]);
      if (app === undefined) {
        const parsed = parseApplication(inputs[i], { locale });
        if (!parsed.success) {
          later[i] = {
            id,
            assessment: null,
            rejection: invalidReasons(parsed.issues, locale),
            score: scores[i],
            malformed: false,
          };
          continue;
        }
        app = parsed.data;
      }
      const edition = app.edition;
      const s = fixed ?? settingsOf(edition);
      // No settings under this edition (a weight it has no criterion for): it cannot be the one chosen.
      if (s !== null) {
        const prepared: Prepared =
          edition === s.edition.id
            ? {
                id,
                assessment: assessOpenFindings(app, s.edition, own),
                rejection: null,
                score: scores[i],
                malformed: false,
              }
            : otherEdition(id, scores[i], edition, s);
        entries[i] = classify(prepared, s, duplicates);
      }
      named.push(edition);
      editionOf[i] = edition;
    } catch {
      // A defect of ours in assessing this one application: rejected as malformed, as for a throwing getter.
      later[i] = MALFORMED;
    }
  }
  let s = fixed;
  if (s === null) {
    const r = readSettings(options, named);
    if (!r.success) return r;
    s = r.data;
  }
  for (let i = 0; i < n; i++) {
    const waiting = later[i];
    if (waiting !== undefined) entries[i] = classify(waiting, s, duplicates);
    // Classified (or not) under the edition it names, which is not the allocation's: rejected for that.
    else if (entries[i] === undefined || (fixed === null && editionOf[i] !== s.edition.id)) {
      entries[i] = classify(otherEdition(ids[i], scores[i], editionOf[i]!, s), s, duplicates);
    }
  }
  return report(entries, s);
}

/** A candidate whose application names another call than the allocation's. */
function otherEdition(id: unknown, score: unknown, edition: string, s: Settings): Prepared {
  const other = reason("allocation.otherEdition", { edition, expected: s.edition.id }, s.locale);
  return { id, assessment: null, rejection: [other], score, malformed: false };
}

/**
 * Reads candidate `i`'s id, score and application (each property once) into the arrays; `false`
 * when it is not an object or a getter throws, and its id is then `undefined`. Never throws.
 */
function readCandidate(c: unknown, i: number, ids: unknown[], scores: unknown[], inputs: unknown[]): boolean {
  if (typeof c !== "object" || c === null || Array.isArray(c)) return false;
  try {
    const x = c as { id?: unknown; application?: unknown; score?: unknown };
    const { id, score, application } = x;
    ids[i] = id;
    scores[i] = score;
    inputs[i] = application;
    return true;
  } catch {
    // A getter or proxy that throws: the candidate is rejected as malformed.
    ids[i] = undefined;
    return false;
  }
}

/** Why an application that does not parse is rejected: the count, then each issue. */
function invalidReasons(parseIssues: readonly ParseIssue[], locale: Locale): AllocationReason[] {
  const issues = parseIssues.map(
    (i): AllocationReason => ({ code: i.code, message: i.message, params: { ...i.params, path: i.path.map(String) } }),
  );
  return [reason("allocation.invalidApplication", { issues: issues.length }, locale), ...issues];
}
