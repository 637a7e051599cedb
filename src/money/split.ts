import type { Amount } from "./amount.js";
import { canonical } from "./arithmetic.js";
import { Dec } from "./decimal.js";
import type { RoundingUnit } from "./rounding.js";

/** One claimant in a proportional split: a stable key (for ties) and its weight. */
export interface SplitShare {
  /** A unique key; among equal remainders the smaller key (code-unit order) gets the unit first. */
  readonly key: string;
  /** The weight, a non-negative amount (for a pro-rata split, the request). */
  readonly weight: Amount;
}

/**
 * Splits `total` in proportion to the weights with the largest-remainder (Hamilton) method:
 * each share is first rounded down to the unit, and the units left over go one each to the
 * largest remainders, ties to the smaller key. The parts add up exactly to the total (which must
 * be a whole number of units), and the result does not depend on the order of the shares.
 * With all weights zero, every part is zero and the total must be zero too.
 *
 * @throws {RangeError} When the total is not a whole number of units, a weight is negative, or a
 * non-zero total meets weights that are all zero.
 *
 * @example
 * ```ts
 * splitLargestRemainder("100.00", [
 *   { key: "a", weight: "1.00" }, { key: "b", weight: "1.00" }, { key: "c", weight: "1.00" },
 * ], "cent");
 * //=> ["33.34", "33.33", "33.33"]
 * ```
 */
export function splitLargestRemainder(total: Amount, shares: readonly SplitShare[], unit: RoundingUnit): Amount[] {
  const step = new Dec(unit === "cent" ? "0.01" : "1");
  const totalUnits = new Dec(total).dividedBy(step);
  if (!totalUnits.isInteger())
    throw new RangeError(`splitLargestRemainder: ${total} is not a whole number of ${unit}s`);
  // Weights in cents, so every share is an exact fraction `totalUnits × weight / weightSum` of
  // integers. Remainders are kept as exact numerators over `weightSum`: a rounded quotient would
  // make equal remainders differ in the last digit and break the tie rule.
  const weights = shares.map((s) => new Dec(s.weight).times(100));
  if (weights.some((w) => w.isNegative() && !w.isZero()))
    throw new RangeError("splitLargestRemainder: a weight is negative");
  const weightSum = weights.reduce((sum, w) => sum.plus(w), new Dec(0));
  if (weightSum.isZero()) {
    if (!totalUnits.isZero())
      throw new RangeError("splitLargestRemainder: cannot split a non-zero total by zero weights");
    return shares.map(() => "0.00");
  }
  const floors: Dec[] = [];
  const order: { index: number; remainder: Dec; key: string }[] = [];
  let assigned = new Dec(0);
  shares.forEach((s, index) => {
    const numerator = totalUnits.times(weights[index]!);
    const floor = numerator.dividedBy(weightSum).floor();
    floors.push(floor);
    assigned = assigned.plus(floor);
    order.push({ index, remainder: numerator.minus(floor.times(weightSum)), key: s.key });
  });
  order.sort((a, b) => b.remainder.comparedTo(a.remainder) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // A count of units, not money: at most shares.length − 1.
  const leftover = Number.parseInt(totalUnits.minus(assigned).toFixed(0), 10);
  for (let i = 0; i < leftover; i++) {
    const target = order[i]!;
    floors[target.index] = floors[target.index]!.plus(1);
  }
  return floors.map((units) => canonical(units.times(step)));
}
