// Where the time of parse + assess goes, part by part, against the hand-written check of the same
// application (handwritten.ts), each part timed in turns (the best of 40 rounds of 4 000 calls), so
// that a slow spell of a shared machine falls on every part alike. Run: `npx tsx bench/floor.ts`.
// The parts that the contract requires (parse, the budget's decimal strings, explaining and wording
// every finding) set a floor under the ratio of `npm run bench` that no speed-up of the rest can pass.
import { parseApplication, assess, getEdition } from "../src/index.js";
import { resolveOptions } from "../src/assess/options.js";
import { applicationFacts, editionFacts } from "../src/rules/facts.js";
import { budgetFacts } from "../src/rules/budget.js";
import { rulesOf } from "../src/rules/registry.js";
import { formatAssessmentMessage } from "../src/messages/assessment.js";
import { APPLICATION } from "./assess.bench.js";
import { checkApplication } from "./handwritten.js";
// Four copies that differ in their submission minute, as in assess.bench.ts.
const APPS = [0, 1, 2, 3].map((m) => ({ ...APPLICATION, submittedAt: `2022-04-25T15:3${m}:00+03:00` }));
const PARSED = APPS.map((a) => {
  const p = parseApplication(a);
  if (!p.success) throw new Error("the benchmark application must parse");
  return p.data;
});
const ed = getEdition("2022");
const ef = editionFacts(ed);
const o = resolveOptions(undefined, false);
const rules = rulesOf(ed);
const ctxs = PARSED.map((app) => ({
  app,
  edition: ed,
  aland: o.aland,
  editionFacts: ef,
  facts: applicationFacts(app, ef, null),
}));
const verdicts = ctxs.map((ctx) => rules.map((r) => r.decide(ctx as never)));
const explained = ctxs.map((ctx, i) => rules.map((r, k) => r.explain(ctx as never, verdicts[i]![k]!)));
const cases: [string, (i: number) => unknown][] = [
  ["hand-written check", (i) => checkApplication(APPS[i])],
  ["assess (parse + assess)", (i) => assess(APPS[i])],
  ["parseApplication", (i) => parseApplication(APPS[i])],
  ["applicationFacts", (i) => applicationFacts(PARSED[i]!, ef, null)],
  ["  of which budgetFacts", (i) => budgetFacts(PARSED[i]!, ef)],
  [`decide ${rules.length} rules`, (i) => rules.map((r) => r.decide(ctxs[i] as never))],
  [`explain ${rules.length} findings`, (i) => rules.map((r, k) => r.explain(ctxs[i] as never, verdicts[i]![k]!))],
  [
    `word ${rules.length} messages (fi)`,
    (i) =>
      rules.map((r, k) =>
        formatAssessmentMessage(
          r.verdicts[verdicts[i]![k]!]!.messageCode as never,
          explained[i]![k]!.params as never,
          "fi",
        ),
      ),
  ],
];
const best = cases.map(() => Infinity);
for (let round = 0; round < 40; round++) {
  cases.forEach(([, fn], c) => {
    const t = performance.now();
    for (let i = 0; i < 4000; i++) fn(i & 3);
    best[c] = Math.min(best[c]!, ((performance.now() - t) / 4000) * 1000);
  });
}
const hand = best[0]!;
for (const [c, [name]] of cases.entries()) {
  const ratio = best[c]! / hand;
  console.log(`${name.padEnd(30)} ${best[c]!.toFixed(2).padStart(6)} µs  ${ratio.toFixed(2).padStart(5)}× the check`);
}
