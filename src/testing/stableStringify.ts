/**
 * JSON with object keys sorted (by UTF-16 code unit) and a two-space indent, so a snapshot of a
 * result does not change when the library builds an object in another key order. Like
 * `JSON.stringify`: `toJSON` is honoured, `undefined` members are dropped and `undefined` array
 * items become `null`. Throws a `TypeError` on a circular structure or a `bigint`.
 *
 * @example
 * ```ts
 * stableStringify({ b: 1, a: { d: [true], c: null } });
 * //=> '{\n  "a": {\n    "c": null,\n    "d": [\n      true\n    ]\n  },\n  "b": 1\n}'
 * ```
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value, []), null, 2) ?? "undefined";
}

function sortKeys(value: unknown, ancestors: unknown[]): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null || typeof value !== "object") return value;
  if (ancestors.includes(value)) throw new TypeError("stableStringify: the value is circular");
  ancestors.push(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item) => sortKeys(item, ancestors));
  } else {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = sortKeys((value as Record<string, unknown>)[key], ancestors);
      // defineProperty, so an own `__proto__` key is kept as a key and never sets the prototype.
      Object.defineProperty(sorted, key, { value: member, enumerable: true, writable: true, configurable: true });
    }
    out = sorted;
  }
  ancestors.pop();
  return out;
}
