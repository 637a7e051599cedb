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

/**
 * Whether a value is plain JSON data, which `JSON.parse(JSON.stringify(value))` gives back whole:
 * `null`, a boolean, a string, a finite number other than −0, or an array or a plain object (its
 * prototype `Object.prototype` or `null`) of such values, at most `maxDepth` levels deep (a cycle
 * is deeper than any depth); an object's member may also be `undefined`, which JSON leaves out.
 * `false` for anything else: `NaN`, `Infinity`, a bigint, a function, a `Date`, a hole or
 * `undefined` in an array, a member JSON does not write (a symbol key, a name beside a list's
 * elements), and a value whose reading throws (a revoked proxy, a throwing getter).
 *
 * @example
 * ```ts
 * isPlainJson({ amount: "100.00", lines: [1, true, null] }); //=> true
 * isPlainJson({ type: Number.NaN });                          //=> false
 * ```
 */
export function isPlainJson(value: unknown, maxDepth = 32): boolean {
  try {
    return plainJson(value, maxDepth);
  } catch {
    return false;
  }
}

function plainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object" || depth === 0) return false;
  // A member JSON does not write (a symbol key, or a name beside a list's elements) is not plain data.
  if (Object.getOwnPropertySymbols(value).some((k) => Object.prototype.propertyIsEnumerable.call(value, k)))
    return false;
  if (Array.isArray(value)) {
    if (Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !plainJson(value[i], depth - 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    // JSON leaves out a member that is undefined, as an optional field the input did not give.
    if (member !== undefined && !plainJson(member, depth - 1)) return false;
  }
  return true;
}
