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
  return compareFixed(b.score!, a.score!) || compareFixed(a.grantableText!, b.grantableText!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
 * Sorts the scored competitors into funding order (one sort: O(n log n)), numbers them from 1
 * and tells every member of a tie how the tie was broken.
 */
export function rank(scored: Entry[], locale: Locale): Entry[] {
  const ordered = scored.sort(compareRanked);
  let start = 0;
  for (let i = 0; i <= ordered.length; i++) {
    if (i < ordered.length) ordered[i]!.rank = i + 1;
    // A run of equal scores ends at i: each member says the score was shared.
    if (i === ordered.length || ordered[i]!.score !== ordered[start]!.score) {
      const count = i - start;
      if (count > 1) {
        const score = ordered[start]!.score!;
        for (let j = start; j < i; j++) ordered[j]!.details.push(reason("allocation.tied", { score, count }, locale));
      }
      start = i;
    }
  }
  return ordered;
}
