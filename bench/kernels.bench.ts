import { applyRate, parseAmount, parseInstant, splitLargestRemainder, sumAmounts } from "../src/index.js";
import { type BenchSuite, measure } from "./measure.js";

// Eight different texts in turn, so that no call can reuse the reading of the one before it.
const INSTANTS = Array.from({ length: 8 }, (_, i) => `2022-04-25T15:3${i}:00+03:00`);
let n = 0;

const suite: BenchSuite = () => {
  const shares = Array.from({ length: 49 }, (_, i) => ({ key: `a${i}`, weight: `${100000 + i * 1234}.00` }));
  const twenty = shares.slice(0, 20).map((s) => s.weight);
  const rows = measure(
    [
      { name: "money: parseAmount", fn: () => parseAmount("120000.50") },
      { name: "money: applyRate 85 % down", fn: () => applyRate("123456.78", "0.85", { unit: "cent", mode: "down" }) },
      { name: "money: sum of 20 lines", fn: () => sumAmounts(twenty) },
      { name: "money: split 10 M€ over 49", fn: () => splitLargestRemainder("10000000.00", shares, "euro") },
      { name: "time: parseInstant (a new text each call)", fn: () => parseInstant(INSTANTS[n++ & 7]!) },
    ],
    { timeMs: 100, warmupMs: 300 },
  );
  return { rows };
};
export default suite;
