/**
 * Freezes a plain data tree in place, every level, and returns it. Only for the module-local
 * example literals: nothing outside this package is touched.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
