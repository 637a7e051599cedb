import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { editions } from "../../src/editions/registry.js";
import { exampleCall2022 } from "../../src/examples/call2022.js";
import { defineRule } from "../../src/rules/defineRule.js";
import { applicationFacts, editionFacts } from "../../src/rules/facts.js";
import { rulesOf } from "../../src/rules/registry.js";

describe("defineRule", () => {
  it("lists each outcome of its verdicts once, in the order of the verdicts", () => {
    const rule = defineRule({
      id: "grant.example",
      family: "grant",
      citation: "893/2019 4 §",
      reads: ["money.maxGrantRate"],
      verdicts: {
        pass: { outcome: "pass", messageCode: "costs.vatExcluded.pass" },
        fail: { outcome: "fail", messageCode: "costs.hasEligibleCosts.fail" },
        none: { outcome: "pass", messageCode: "costs.vatExcluded.none" },
      },
      decide: () => "none",
      explain: (_, verdict) =>
        verdict === "fail"
          ? { verdict, values: {}, params: { eligible: "0.00", total: "0.00" } }
          : { verdict, values: {}, params: { vat: "0.00" } },
    });
    expect(rule.info).toEqual({
      id: "grant.example",
      family: "grant",
      citation: "893/2019 4 §",
      facts: ["money.maxGrantRate"],
      outcomes: ["pass", "fail"],
    });
  });

  it("every rule explains the very verdict it decided, under every edition", () => {
    const wrong: string[] = [];
    for (const edition of editions) {
      const ef = editionFacts(edition);
      for (const candidate of exampleCall2022.candidates) {
        const parsed = parseApplication(candidate.application);
        if (!parsed.success) throw new Error(`${candidate.id} does not parse`);
        const facts = applicationFacts(parsed.data, ef, null);
        for (const aland of ["allow", "review", "deny"] as const) {
          const ctx = { app: parsed.data, edition, aland, editionFacts: ef, facts };
          for (const rule of rulesOf(edition)) {
            const verdict = rule.decide(ctx);
            const explained = (rule.explain(ctx, verdict) as { verdict?: string }).verdict;
            if (!(verdict in rule.verdicts) || explained !== verdict)
              wrong.push(`${rule.info.id} on ${candidate.id} under ${edition.id}: ${verdict}, explained ${explained}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
