export {
  type Amount,
  type MoneyIssue,
  type MoneyIssueCode,
  type ParseAmountOptions,
  MAX_AMOUNT,
  isAmount,
  parseAmount,
} from "./amount.js";
export {
  addAmounts,
  compareAmounts,
  isZeroAmount,
  maxAmount,
  minAmount,
  subtractAmounts,
  sumAmounts,
} from "./arithmetic.js";
export { MoneyError, type MoneyErrorCode } from "./error.js";
export { formatAmount } from "./format.js";
export { type RoundingMode, type RoundingUnit, applyRate, ratio, roundAmount } from "./rounding.js";
export { type SplitShare, splitLargestRemainder } from "./split.js";
