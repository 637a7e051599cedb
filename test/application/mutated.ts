// Inputs near the input contract, for comparing two parsers of it: clean applications (the standard
// one, with an amount given as a number, and the first five of the example call) with a few values
// changed, deleted or added, own `__proto__` keys included.
import * as fc from "fast-check";
import { exampleCall2022 } from "../../src/examples/index.js";
import { application2022 } from "../helpers/application2022.js";

const withNumber = application2022((a) =>
  a.budget.lines.push({ category: "services", amount: 20000.5, vat: "4812.12" }),
);

export const clean = [withNumber, ...exampleCall2022.candidates.slice(0, 5).map((c) => c.application)];

/** Every path to a value of `value`, as keys and indexes. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (typeof value === "object" && value !== null) {
    for (const k of Object.keys(value))
      paths((value as Record<string, unknown>)[k], [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

const leaf = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 0.1, 12.345, 1e20, Number.NaN, "", "  x  ", [], {}),
  fc.constantFrom(
    "2022",
    "091",
    "49",
    "0201256-6",
    "0201256-5",
    "85000.00",
    "85000.001",
    "2022-02-30",
    "2022-04-25T15:30:00",
  ),
  fc.constantFrom("staff", "municipality", "jointAuthority", "association", "dataQuality", "x".repeat(501)),
  fc.string({ maxLength: 6 }),
);
const extraKey = fc.constantFrom(
  "type",
  "name",
  "code",
  "businessId",
  "vat",
  "necessary",
  "archiving",
  "extra",
  "__proto__",
  "constructor",
);

/** A clean application with up to six values changed, deleted or added (as own keys, `__proto__` too). */
export const mutated = fc
  .tuple(fc.nat(clean.length - 1), fc.array(fc.tuple(fc.nat(), fc.option(leaf), fc.option(extraKey)), { maxLength: 6 }))
  .map(([which, changes]) => {
    const input = structuredClone(clean[which]) as Record<string, unknown>;
    const all = paths(input).filter((p) => p.length > 0);
    for (const [n, value, key] of changes) {
      const path = all[n % all.length]!;
      let parent: unknown = input;
      for (const k of path.slice(0, -1))
        parent = typeof parent === "object" && parent !== null ? (parent as Record<string, unknown>)[k] : undefined;
      if (typeof parent !== "object" || parent === null) continue;
      const target = key === null ? parent : (parent as Record<string, unknown>)[path.at(-1)!];
      const name = key ?? path.at(-1)!;
      if (typeof target !== "object" || target === null) continue;
      if (value === null) delete (target as Record<string, unknown>)[name];
      else Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return input;
  });
