// Reading values an untyped caller hands in, which may be anything: a revoked proxy, on which even
// `Array.isArray` throws, or a proxy or getter that throws on a read. Shared by every entry point
// that promises never to throw.

/** Whether a value is an object and not an array; `false` for a revoked proxy, on which `Array.isArray` throws. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A list read once, element by element, into a plain array: `notAList` when the value is not an
 * array (a revoked proxy, or one whose `length` throws, included), `tooLong` when it holds more than
 * `limit` elements, checked before any element is read. A hole, or an element whose read throws,
 * is `undefined`.
 */
export type ListRead =
  | { readonly kind: "list"; readonly items: unknown[] }
  | { readonly kind: "notAList" }
  | { readonly kind: "tooLong"; readonly length: number };

/** Reads a list that may be anything; see {@link ListRead}. */
export function readList(value: unknown, limit: number): ListRead {
  let length: number;
  try {
    if (!Array.isArray(value)) return { kind: "notAList" };
    length = value.length;
  } catch {
    return { kind: "notAList" };
  }
  if (length > limit) return { kind: "tooLong", length };
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) {
    try {
      items.push(value[i]);
    } catch {
      // A proxy whose element throws: that element is unreadable, the others are not.
      items.push(undefined);
    }
  }
  return { kind: "list", items };
}
