/**
 * Freezes a plain data tree in place, depth first, and returns it. Shared data (call editions, the
 * examples, the message and rule catalogues) is frozen once, when its module loads, so no consumer
 * can change "the 2022 rules" for another. Values shared
 * between editions (the 893/2019 rules) are frozen once and reached again harmlessly.
 *
 * @example
 * ```ts
 * const e = deepFreeze({ window: { closesAt: "2022-04-25T16:15:00+03:00" } });
 * Object.isFrozen(e.window); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
