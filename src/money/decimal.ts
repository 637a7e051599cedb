import { Decimal } from "decimal.js";

/**
 * The library's private Decimal constructor. A clone, so the caller's global decimal.js
 * configuration is neither read nor changed (never `Decimal.set`). Precision is far beyond any
 * euro amount; exponent notation is switched off so `toFixed` never hides digits.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An instance of the private Decimal constructor. */
export type Dec = InstanceType<typeof Dec>;
