// Helpers of the immutability tests.

/** The paths under `value` of every object or array that is not frozen (zod schemas excepted). */
export function unfrozenPaths(value: unknown, path = "", seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  // A zod schema caches its parsers lazily; it is library machinery, not shared data.
  if ("_zod" in value) return [];
  const out = Object.isFrozen(value) ? [] : [path || "(root)"];
  for (const key of Reflect.ownKeys(value)) {
    out.push(...unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen));
  }
  return out;
}

/** Every path to a leaf (a non-object) under `value`, each with the object holding it. */
export function leaves(value: unknown, path = ""): { path: string; holder: object; key: PropertyKey }[] {
  if (typeof value !== "object" || value === null) return [];
  const out: { path: string; holder: object; key: PropertyKey }[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (typeof child === "object" && child !== null) out.push(...leaves(child, `${path}.${String(key)}`));
    else out.push({ path: `${path}.${String(key)}`, holder: value, key });
  }
  return out;
}
