import type { Amount } from "./amount.js";
import { canonical } from "./arithmetic.js";
import type { Decimal } from "decimal.js";
import { Dec } from "./decimal.js";
import { MoneyError, choiceArgument, decimalArgument, readArgument } from "./error.js";

/**
 * A named rounding mode. Every rounding in the library names one at its call site.
 * - `down`: toward −∞ (floor). A ceiling on a grant rounds down, so a cap is never exceeded.
 * - `up`: toward +∞ (ceiling).
 * - `halfUp`: to nearest, a half away from zero (the everyday rule).
 * - `halfEven`: to nearest, a half to the even neighbour (banker's rounding).
 */
export type RoundingMode = "down" | "up" | "halfUp" | "halfEven";

/** The unit to round to: the cent (0.01 €) or the whole euro (1 €). */
export type RoundingUnit = "cent" | "euro";

const UNITS: readonly RoundingUnit[] = ["cent", "euro"];

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  down: Dec.ROUND_FLOOR,
  up: Dec.ROUND_CEIL,
  halfUp: Dec.ROUND_HALF_UP,
  halfEven: Dec.ROUND_HALF_EVEN,
};

const MODE_NAMES = Object.keys(MODES) as RoundingMode[];

/** Rounds an exact value to the unit with the named mode; internal: takes a `Dec`. */
export function roundDec(value: Dec, unit: RoundingUnit, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(unit === "cent" ? 2 : 0, MODES[mode]);
}

/**
 * Rounds an amount to the cent or the whole euro with a named mode.
 *
 * @throws {MoneyError} `money.notAnAmount` when the amount is not a decimal string,
 * `money.invalidArgument` when the unit or the mode is not one of the named ones.
 *
 * @example
 * ```ts
 * roundAmount("1234.56", "euro", "down");   //=> "1234.00"
 * roundAmount("1234.50", "euro", "halfUp"); //=> "1235.00"
 * ```
 */
export function roundAmount(amount: Amount, unit: RoundingUnit, mode: RoundingMode): Amount {
  const value = decimalArgument(amount, "roundAmount");
  return canonical(roundDec(value, roundingUnit(unit, "roundAmount"), roundingMode(mode, "roundAmount")));
}

/**
 * The share `rate` of an amount, rounded with the named mode to the unit. Exact before rounding.
 *
 * @throws {MoneyError} `money.notAnAmount` when the amount or the rate is not a decimal string,
 * `money.invalidArgument` when the rounding is not an object with a named unit and mode.
 *
 * @example
 * ```ts
 * // 893/2019 4 §: the grant is at most 85 %, so the ceiling rounds down
 * applyRate("100000.01", "0.85", { unit: "cent", mode: "down" }); //=> "85000.00"
 * ```
 */
export function applyRate(
  amount: Amount,
  rate: string,
  rounding: { readonly unit: RoundingUnit; readonly mode: RoundingMode },
): Amount {
  const value = decimalArgument(amount, "applyRate").times(decimalArgument(rate, "applyRate"));
  if (typeof rounding !== "object" || rounding === null) {
    throw new MoneyError("money.invalidArgument", "applyRate", rounding, "not { unit, mode }");
  }
  const { unit, mode } = readArgument(() => ({ unit: rounding.unit, mode: rounding.mode }), "applyRate", rounding);
  return canonical(roundDec(value, roundingUnit(unit, "applyRate"), roundingMode(mode, "applyRate")));
}

/**
 * `part / whole` as a decimal string with the given number of decimals, rounded half up (a half
 * away from zero); zero, never `-0`, when the share rounds to zero or the whole is zero. For
 * reporting shares, never for money.
 *
 * @throws {MoneyError} `money.notAnAmount` when a part or the whole is not a decimal string,
 * `money.invalidArgument` when `decimals` is not a whole number from 0 to 20.
 *
 * @example
 * ```ts
 * ratio("200000.00", "250000.00", 4); //=> "0.8000"
 * ratio("1.00", "8.00", 2);            //=> "0.13"
 * ```
 */
export function ratio(part: Amount, whole: Amount, decimals: number): string {
  const p = decimalArgument(part, "ratio");
  const w = decimalArgument(whole, "ratio");
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new MoneyError("money.invalidArgument", "ratio", decimals, "decimals not in 0–20");
  }
  if (w.isZero()) return new Dec(0).toFixed(decimals);
  const share = p.dividedBy(w).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  // A tiny negative share rounds to zero, which is written without a minus sign.
  return (share.isZero() ? new Dec(0) : share).toFixed(decimals);
}

/** A rounding unit argument of `helper`; {@link MoneyError} when it is not one. */
function roundingUnit(unit: unknown, helper: string): RoundingUnit {
  return choiceArgument(unit, UNITS, helper);
}

/** A rounding mode argument of `helper`; {@link MoneyError} when it is not one. */
function roundingMode(mode: unknown, helper: string): RoundingMode {
  return choiceArgument(mode, MODE_NAMES, helper);
}
