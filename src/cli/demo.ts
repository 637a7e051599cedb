// The demo: what the kernels do, until the assessment exists.
import { applyRate, formatAmount, formatHelsinkiTime, helsinkiInstant, parseInstant, splitLargestRemainder } from "../index.js";

const closesAt = helsinkiInstant("2022-04-25", "16:15");
const at = parseInstant(closesAt);
console.log(`2022 call closes ${closesAt} (${at.success ? formatHelsinkiTime(at.data, "fi") : "?"})`);
console.log(`85 % of 100 000,01 € rounded down: ${formatAmount(applyRate("100000.01", "0.85", { unit: "cent", mode: "down" }), "fi")}`);
console.log(`10 M€ split 1:1:1 →`, splitLargestRemainder("10000000.00", ["a", "b", "c"].map((key) => ({ key, weight: "1.00" })), "cent"));
