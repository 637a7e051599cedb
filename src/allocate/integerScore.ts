import type { ScoringModel } from "./types.js";

// Scores without decimal.js: a score is a fraction whose numerator and denominator are safe
// integers (a double holds every integer up to 2^53 − 1 exactly), so the four-decimal result can be
// found with integer arithmetic alone. Each function returns `null` when it cannot promise the same
// text as the decimal.js path in score.ts, which the caller then takes (a property test compares
// the two): when a value has too many digits, an intermediate leaves the safe range, or the mean
// lies exactly halfway between two four-decimal values.

/** A number or plain decimal string as digits and a count of decimals: 3.25 → 325 / 10^2. */
interface Scaled {
  digits: number;
  decimals: number;
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
/** At most 15 decimals: 10^15 is exact, and the products stay far from losing digits. */
const MAX_DECIMALS = 15;
/** 10^4: scores have four decimals (SCORE_DECIMALS). */
const SCORE_UNIT = 10_000;

/**
 * A score given as one number or decimal string (already checked to be one) with four decimals,
 * when it has at most four, written from its digits: `"3.5"` → `"3.5000"`, `"-0"` → `"0.0000"`.
 * `null` for more decimals (they need rounding) or exponent notation.
 */
export function fixedScoreText(value: number | string): string | null {
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 1e15) {
    // `-0` is zero, written without a sign.
    return `${value === 0 ? 0 : value}.0000`;
  }
  // A number is read from its shortest text, as decimal.js reads it.
  const text = typeof value === "number" ? String(value) : value;
  const padded = padded4(text);
  if (padded !== null) return padded;
  const m = PLAIN.exec(text);
  if (m === null) return null;
  const decimals = m[3] ?? "";
  if (decimals.length > 4) return null;
  let start = 0;
  const whole = m[2]!;
  while (start < whole.length - 1 && whole.charCodeAt(start) === 48 /* 0 */) start++;
  const int = whole.slice(start);
  const fraction = decimals.padEnd(4, "0");
  if (int === "0" && fraction === "0000") return "0.0000";
  return `${m[1]}${int}.${fraction}`;
}

const ZEROS = ["0000", "000", "00", "0", ""];

/**
 * The common case of {@link fixedScoreText} without a regular expression: `"3.4"` → `"3.4000"`,
 * for a text of digits with 1–4 decimals and no sign or leading zero (a lone `0` before the point
 * is fine); `null` for anything else.
 */
function padded4(text: string): string | null {
  const n = text.length;
  const dot = text.indexOf(".");
  const decimals = n - dot - 1;
  if (dot < 1 || decimals < 1 || decimals > 4) return null;
  if (dot > 1 && text.charCodeAt(0) === 48 /* 0 */) return null;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (i !== dot && (c < 48 || c > 57)) return null;
  }
  return `${text}${ZEROS[decimals]}`;
}

/** The weights of a model as integers over one power of ten, or `null` when they do not fit. */
export interface IntegerWeights {
  /** Each criterion's weight × 10^d, in the model's order. */
  readonly scaled: readonly number[];
  /** Their sum (never zero). */
  readonly sum: number;
}

/**
 * The model's weights as integers over a common power of ten: `["1", "0.5"]` → `[10, 5]`. `null`
 * when a weight is not a plain non-negative decimal with at most 15 decimals, a weight or the sum
 * is not a safe integer, or every weight is zero.
 */
export function integerWeights(model: ScoringModel): IntegerWeights | null {
  const parts: Scaled[] = [];
  let decimals = 0;
  for (const c of model.criteria) {
    if (typeof c.weight !== "string" || c.weight.startsWith("-")) return null;
    const s = scaled(c.weight);
    if (s === null) return null;
    parts.push(s);
    if (s.decimals > decimals) decimals = s.decimals;
  }
  const out: number[] = [];
  let sum = 0;
  for (const p of parts) {
    const w = p.digits * 10 ** (decimals - p.decimals);
    sum += w;
    if (!Number.isSafeInteger(w) || !Number.isSafeInteger(sum)) return null;
    out.push(w);
  }
  return sum === 0 ? null : { scaled: out, sum };
}

/**
 * The mean of the reviewers' weighted means, Σ_r Σ_c w_c·s_rc / (k·Σ_c w_c), rounded half up to
 * four decimals, from the complete reviewers' scores in the model's criteria order (each a finite
 * number or plain decimal string). `null` when the integer arithmetic cannot give the exact result.
 */
export function integerMean(rows: readonly (readonly unknown[])[], weights: IntegerWeights): string | null {
  // total / 10^scale = Σ_r Σ_c scaledWeight_c · score_rc
  let total = 0;
  let scale = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      let term: number;
      // A whole number (the usual 1–5 scale) is its own digits: no object per score.
      if (typeof value === "number" && Number.isSafeInteger(value)) term = value * 10 ** scale * weights.scaled[c]!;
      else {
        const s = scaledScore(value);
        if (s === null) return null;
        if (s.decimals > scale) {
          total *= 10 ** (s.decimals - scale);
          scale = s.decimals;
          if (!Number.isSafeInteger(total)) return null;
        }
        term = s.digits * 10 ** (scale - s.decimals) * weights.scaled[c]!;
      }
      total += term;
      if (!Number.isSafeInteger(term) || !Number.isSafeInteger(total)) return null;
    }
  }
  // The mean is total / (10^scale · k · Σ scaledWeight), the 10^d of the weights cancelling out.
  const denominator = 10 ** scale * rows.length * weights.sum;
  const numerator = Math.abs(total) * SCORE_UNIT;
  if (!Number.isSafeInteger(denominator) || !Number.isSafeInteger(numerator)) return null;
  // Exact integer division: the remainder first, then a quotient that leaves none.
  const rest = numerator % denominator;
  const quotient = (numerator - rest) / denominator;
  // Exactly halfway: decimal.js works with rounded quotients, so leave it the decision.
  if (rest * 2 === denominator) return null;
  const units = rest * 2 > denominator ? quotient + 1 : quotient;
  if (units === 0) return "0.0000";
  const fraction = units % SCORE_UNIT;
  return `${total < 0 ? "-" : ""}${(units - fraction) / SCORE_UNIT}.${String(fraction).padStart(4, "0")}`;
}

/** A reviewer's score as digits over a power of ten, or `null` when it has too many digits. */
function scaledScore(value: unknown): Scaled | null {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { digits: value, decimals: 0 };
    return scaled(String(value));
  }
  return typeof value === "string" ? scaled(value) : null;
}

function scaled(text: string): Scaled | null {
  const m = PLAIN.exec(text);
  if (m === null) return null;
  const fraction = m[3] ?? "";
  if (fraction.length > MAX_DECIMALS) return null;
  // More than 15 digits may round; the result is then not a safe integer.
  const digits = Number(m[2]! + fraction);
  if (!Number.isSafeInteger(digits)) return null;
  return { digits: m[1] === "-" ? -digits : digits, decimals: fraction.length };
}
