import { expect } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { AssessOptions, Assessment, Finding } from "../../src/assess/types.js";

/** The finding of a rule; fails the test when the rule gave none. */
export function findingOf(a: Assessment, rule: string): Finding {
  const f = a.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no finding for ${rule}; status ${a.status}; issues ${JSON.stringify(a.issues)}`);
  return f;
}

/** Assesses and returns the finding of one rule, checking that the input was valid. */
export function judge(
  input: unknown,
  rule: string,
  options?: AssessOptions,
): { assessment: Assessment; finding: Finding } {
  const assessment = assess(input, options);
  expect(assessment.issues).toEqual([]);
  return { assessment, finding: findingOf(assessment, rule) };
}
