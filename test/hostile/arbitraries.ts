// Hostile inputs for the entry points: arbitrary JSON and JavaScript values, mutated valid
// applications, objects whose getters throw, proxies whose every trap throws, revoked proxies and
// sparse arrays. `plainJson` marks the values that are plain JSON data, for which no entry point may
// answer with its internal-failure code.
import * as fc from "fast-check";
import { mutated } from "../application/mutated.js";

/** How many runs each property makes: a few in `npm test`, many with `HOSTILE_RUNS` (`npm run test:hostile`). */
export const RUNS = Number(process.env["HOSTILE_RUNS"] ?? 20);

/** The error every hostile getter and trap throws, so that a test can tell it from ours. */
export class HostileError extends Error {}

const TRAPS = [
  "get",
  "set",
  "has",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "defineProperty",
  "deleteProperty",
  "getPrototypeOf",
  "setPrototypeOf",
  "isExtensible",
  "preventExtensions",
  "apply",
  "construct",
] as const;

/** A proxy of an object or an array whose every trap throws. */
function throwingProxy(target: object): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new HostileError(trap);
    };
  }
  return new Proxy(target, handler);
}

function revokedProxy(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** A copy of an object with one own property turned into a getter that throws. */
function withThrowingGetter(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      throw new HostileError(key);
    },
  });
  return copy;
}

/**
 * A hostile value, made afresh for each call (fast-check itself must never touch a proxy or a
 * throwing getter), and whether it is plain JSON data.
 */
export interface Hostile {
  readonly make: () => unknown;
  readonly plainJson: boolean;
}

/** A value that fast-check may hold itself. */
export function held(value: unknown, plainJson: boolean): Hostile {
  return { make: () => value, plainJson, [fc.toStringMethod]: () => fc.stringify(value) } as Hostile;
}

const json = fc.jsonValue({ maxDepth: 4 }).map((value) => held(value, true));
const anything = fc
  .anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  })
  .map((value) => held(value, false));
const application = mutated.map((value) => held(value, true));
const sparse = fc
  .sparseArray(fc.oneof(mutated, fc.jsonValue({ maxDepth: 2 })), { maxLength: 20, noTrailingHole: false })
  .map((value) => held(value, false));
const trapping = fc
  .tuple(
    fc.oneof(mutated, fc.constant([] as unknown), fc.array(mutated, { maxLength: 2 })),
    fc.constantFrom("throwingProxy", "revokedProxy", "throwingGetter"),
    fc.constantFrom("id", "edition", "applicant", "budget", "project", "locale", "at", "score", "application"),
  )
  .map(
    ([target, kind, key]): Hostile =>
      ({
        make: () =>
          kind === "throwingProxy"
            ? throwingProxy(structuredClone(target) as object)
            : kind === "revokedProxy"
              ? revokedProxy(structuredClone(target) as object)
              : Array.isArray(target)
                ? Object.defineProperty([...target], 0, {
                    enumerable: true,
                    get() {
                      throw new HostileError("0");
                    },
                  })
                : withThrowingGetter(target as Record<string, unknown>, key),
        plainJson: false,
        [fc.toStringMethod]: () => `${kind}(${key}) of ${fc.stringify(target)}`,
      }) as Hostile,
  );

/** Any hostile value. */
export const hostile: fc.Arbitrary<Hostile> = fc.oneof(json, anything, application, sparse, trapping);

/** A hostile value or a plausible one among `plausible`. */
export function hostileOr<T>(...plausible: T[]): fc.Arbitrary<Hostile> {
  return fc.oneof(
    hostile,
    fc.constantFrom(...plausible).map((value) => held(value, true)),
  );
}

/** A list of candidates: mostly plausible ones around mutated applications, some hostile. */
export const candidates: fc.Arbitrary<Hostile> = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.oneof(fc.string({ maxLength: 4 }), fc.constant("A")),
          mutated,
          fc.oneof(fc.double(), fc.integer({ min: 0, max: 5 }), fc.constant("4.5")),
        )
        .map(([id, application, score]) => held({ id, application, score }, Number.isFinite(Number(score)))),
      hostile,
    ),
    { maxLength: 5 },
  )
  .map((list): Hostile => ({ make: () => list.map((h) => h.make()), plainJson: list.every((h) => h.plainJson) }));
