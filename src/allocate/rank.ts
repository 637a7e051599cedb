import type { Entry } from "./entry.js";
import { reason } from "./reason.js";

/** Orders two texts by their UTF-16 code units, as the funding order and the report order ids. */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The funding order (paremmuusjärjestys) of two competing applications, total and deterministic:
 * 1. the higher score first (893/2019 2 §: the ministry funds the projects that best meet the criteria);
 * 2. on equal scores, the smaller grantable amount first, so the same money funds more projects;
 * 3. then the id in code-unit order, so the order never depends on the order of the input.
 */
function compareRanked(a: Entry, b: Entry): number {
  return (
    b.scoreValue!.comparedTo(a.scoreValue!) ||
    a.grantableValue!.comparedTo(b.grantableValue!) ||
    compareText(a.id, b.id)
  );
}

/**
 * Sorts the scored competitors into funding order, in place (one sort: O(n log n)), numbers them
 * from 1 and tells every member of a tie how the tie was broken. Each must have a score and a
 * grantable amount.
 */
export function rank(scored: Entry[]): Entry[] {
  const ordered = scored.sort(compareRanked);
  let start = 0;
  for (let i = 0; i <= ordered.length; i++) {
    if (i < ordered.length) ordered[i]!.rank = i + 1;
    // A run of equal scores ends at i: each member says the score was shared.
    if (i === ordered.length || ordered[i]!.score !== ordered[start]!.score) {
      const count = i - start;
      if (count > 1) {
        for (let j = start; j < i; j++)
          ordered[j]!.tied = reason("allocation.tied", { score: ordered[j]!.score!, count });
      }
      start = i;
    }
  }
  return ordered;
}
