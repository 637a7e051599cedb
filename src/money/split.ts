import type { Amount } from "./amount.js";
import { canonical } from "./arithmetic.js";
import { Dec } from "./decimal.js";
import { MoneyError, choiceArgument, decimalArgument, listArgument, readArgument } from "./error.js";
import type { RoundingUnit } from "./rounding.js";

const UNITS: readonly RoundingUnit[] = ["cent", "euro"];

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
 * @throws {MoneyError} (a `RangeError`) `money.notAnAmount` when the total or a weight is not a
 * decimal string; `money.invalidArgument` when the shares are not a list of `{ key, weight }`, the
 * unit is not `"cent"` or `"euro"`, the total is not a whole number of units, a weight is negative,
 * or a non-zero total meets weights that are all zero.
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
  const helper = "splitLargestRemainder";
  const step = new Dec(choiceArgument(unit, UNITS, helper) === "cent" ? "0.01" : "1");
  const totalUnits = decimalArgument(total, helper).dividedBy(step);
  if (!totalUnits.isInteger()) {
    const detail = `${total.slice(0, 40)} is not a whole number of ${unit}s`;
    throw new MoneyError("money.invalidArgument", helper, total, detail);
  }
  // Weights in cents, so every share is an exact fraction `totalUnits × weight / weightSum` of
  // integers. Remainders are kept as exact numerators over `weightSum`: a rounded quotient would
  // make equal remainders differ in the last digit and break the tie rule.
  const list = listArgument(shares, helper);
  const weights: Dec[] = [];
  // By index, so a hole in a sparse list is met (and refused) where it stands.
  const length = readArgument(() => list.length, helper, shares);
  const read: SplitShare[] = [];
  for (let i = 0; i < length; i++) {
    const s = readArgument(() => list[i], helper, shares);
    // Each share read once, whole: its key and its weight.
    const share = readArgument(
      () =>
        typeof s === "object" && s !== null ? { key: (s as SplitShare).key, weight: (s as SplitShare).weight } : null,
      helper,
      s,
    );
    if (share === null || typeof share.key !== "string") {
      throw new MoneyError("money.invalidArgument", helper, s, "not { key, weight }");
    }
    const weight = decimalArgument(share.weight, helper);
    if (weight.isNegative() && !weight.isZero()) {
      throw new MoneyError("money.invalidArgument", helper, share.weight, "a weight is negative");
    }
    read.push(share);
    weights.push(weight.times(100));
  }
  const weightSum = weights.reduce((sum, w) => sum.plus(w), new Dec(0));
  if (weightSum.isZero()) {
    if (!totalUnits.isZero()) {
      throw new MoneyError("money.invalidArgument", helper, total, "a total over zero weights");
    }
    return read.map(() => "0.00");
  }
  const floors: Dec[] = [];
  const order: { index: number; remainder: Dec; key: string }[] = [];
  let assigned = new Dec(0);
  read.forEach((s, index) => {
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
