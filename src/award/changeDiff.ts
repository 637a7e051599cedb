import type { JsonValue } from "../assess/types.js";
import type { TermsDifference } from "./changeTypes.js";
import type { DecisionTerms } from "./types.js";

/**
 * What moves between two versions of the terms: one entry per leaf value that differs, in the order
 * of the old terms' fields (new fields after), each with its dot-separated path, as `diffEditions`
 * reports an edition's values. The parties compare by their key, else their name
 * (`"recipients.parties.049.share"`); another list compares item by item. An item only on one side
 * is `null` on the other.
 *
 * @example
 * ```ts
 * termsDifferences(terms, { ...terms, period: { ...terms.period, end: "2024-12-31" } });
 * //=> [{ path: "period.end", before: "2024-09-30", after: "2024-12-31" }]
 * ```
 */
export function termsDifferences(before: DecisionTerms, after: DecisionTerms): TermsDifference[] {
  const out: TermsDifference[] = [];
  walk(before as unknown as JsonValue, after as unknown as JsonValue, [], out);
  return out;
}

function walk(before: JsonValue, after: JsonValue, path: readonly (string | number)[], out: TermsDifference[]): void {
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
    for (const key of keys) walk(before[key] ?? null, after[key] ?? null, [...path, key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const ids = [...before, ...after].map(partyId);
    if (ids.every((id) => id !== null) && new Set(ids.slice(0, before.length)).size === before.length) {
      // Parties compare party by party, so that one leaving does not shift every later one.
      const byId = (list: readonly JsonValue[]) => new Map(list.map((item) => [partyId(item)!, item]));
      const old = byId(before);
      const now = byId(after);
      for (const id of new Set(ids as string[])) walk(old.get(id) ?? null, now.get(id) ?? null, [...path, id], out);
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i] ?? null, after[i] ?? null, [...path, i], out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path: path.join("."), before, after });
}

function isObject(value: JsonValue): value is { readonly [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A party's identity in a list of parties: its key, else its name; `null` for anything else. */
function partyId(item: JsonValue): string | null {
  if (!isObject(item) || !Object.hasOwn(item, "role")) return null;
  const id = item["key"] ?? item["name"];
  return typeof id === "string" ? id : null;
}
