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
  return b.scoreDec!.comparedTo(a.scoreDec!) || a.grantable!.comparedTo(b.grantable!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
