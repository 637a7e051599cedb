import type { Locale } from "../messages/types.js";
import type { Entry } from "./entry.js";
import { reason } from "./reason.js";

/**
 * The funding order (paremmuusjärjestys) of two competing applications, total and deterministic:
 * 1. the higher score first (893/2019 2 §: the ministry funds the projects that best meet the criteria);
 * 2. on equal scores, the smaller grantable amount first, so the same money funds more projects;
 * 3. then the id in code-unit order, so the order never depends on the order of the input.
 * Both entries must have a score and a grantable amount.
 */
export function compareRanked(a: Entry, b: Entry): number {
  return (
    compareFixed(b.score!, a.score!) ||
    compareFixed(a.grantableText!, b.grantableText!) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Compares two decimal strings with the same number of decimals and no leading zeros (a score
 * `"-1.2500"`, an amount `"85000.00"`) by their digits alone: exact, and without building a
 * number per comparison, which keeps sorting 100 000 candidates fast.
 */
export function compareFixed(a: string, b: string): number {
  const negA = a.startsWith("-");
  const negB = b.startsWith("-");
  if (negA !== negB) return negA ? -1 : 1;
  const magnitude = a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return negA ? -magnitude : magnitude;
}

/**
 * A four-decimal score as an integer of 10^-4 units (`"3.2500"` → 32500) for sorting by numbers;
 * `NaN` when that is not a safe integer.
 */
export function scoreKey(score: string): number {
  const dot = score.length - 5;
  const key = Number(score.slice(0, dot) + score.slice(dot + 1));
  return Number.isSafeInteger(key) ? key : Number.NaN;
}

/**
 * {@link compareRanked} on the numbers kept for it: the score key and the grantable cents. Only
 * for entries that have both.
 */
function compareRankedKeys(a: Entry, b: Entry): number {
  return b.scoreKey - a.scoreKey || a.grantableCents! - b.grantableCents! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sorts the scored competitors into funding order (one sort: O(n log n)), numbers them from 1
 * and tells every member of a tie how the tie was broken.
 */
export function rank(scored: Entry[], locale: Locale): Entry[] {
  // Numbers compare faster than digits; scores or amounts too large for them are compared as digits.
  const numeric = scored.every((e) => !Number.isNaN(e.scoreKey) && e.grantableCents !== null);
  const ordered = scored.sort(numeric ? compareRankedKeys : compareRanked);
  let start = 0;
  for (let i = 0; i <= ordered.length; i++) {
    if (i < ordered.length) ordered[i]!.rank = i + 1;
    // A run of equal scores ends at i: each member says the score was shared.
    if (i === ordered.length || ordered[i]!.score !== ordered[start]!.score) {
      const count = i - start;
      if (count > 1) {
        const score = ordered[start]!.score!;
        // One message for the whole run; each member gets its own reason object.
        const tied = reason("allocation.tied", { score, count }, locale);
        for (let j = start; j < i; j++)
          ordered[j]!.tied = { code: tied.code, message: tied.message, params: { score, count } };
      }
      start = i;
    }
  }
  return ordered;
}
