import { applyRate, parseAmount, splitLargestRemainder, sumAmounts } from "../src/money/index.js";
import { parseInstant } from "../src/time/index.js";
import { type BenchSuite, measure } from "./measure.js";

const INSTANTS = Array.from({ length: 8 }, (_, i) => `2022-04-25T15:3${i}:00+03:00`);
let n = 0;

const suite: BenchSuite = () => {
  const shares = Array.from({ length: 49 }, (_, i) => ({ key: `a${i}`, weight: `${100000 + i * 1234}.00` }));
  return [
    measure("money: parseAmount", () => parseAmount("120000.50"), { batch: 1000 }),
    measure("money: applyRate 85 % down", () => applyRate("123456.78", "0.85", { unit: "cent", mode: "down" }), {
      batch: 1000,
    }),
    measure("money: sum of 20 lines", () => sumAmounts(shares.slice(0, 20).map((s) => s.weight)), { batch: 100 }),
    measure("money: split 10 M€ over 49", () => splitLargestRemainder("10000000.00", shares, "euro"), { batch: 10 }),
    // Eight different texts in turn: parseInstant remembers the last text it read (for the rules,
    // which read a submission time again), and one text repeated would time that memo instead.
    measure("time: parseInstant (a new text each call)", () => parseInstant(INSTANTS[n++ & 7]!), { batch: 1000 }),
  ];
};
export default suite;
