// How an allocation reports the findings of the assessments it rests on: in its own language, with
// the rule and citation, and in copies that share nothing with the caller's assessment.
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { allocateAssessed } from "../../src/allocate/allocateAssessed.js";
import type { Finding } from "../../src/assess/types.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { formatMessage } from "../../src/messages/catalogue.js";
import { assessment } from "./fixtures.js";

const late = {
  rule: "deadline.submittedInTime",
  outcome: "fail",
  citation: "https://vm.fi/digikannustin-2022",
  values: {},
  messageCode: "allocation.noScore",
  params: { list: ["a", "b"], n: 1 },
  message: "a text of the caller's own",
} as unknown as Finding; // another code's parameters: a finding made elsewhere, read back from JSON

function rejected(finding: Finding, locale: "fi" | "en") {
  const a = assessment("ineligible", { requested: "100.00", maxGrant: "100.00" }, { findings: [finding] });
  const r = allocateAssessed([{ id: "X", score: 1, assessment: a }], {
    edition: "2022",
    appropriation: "100.00",
    locale,
  });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return { reason: r.data.allocations[0]!.reasons[1]!, finding: a.findings[0]! };
}

describe("findings of an assessment made elsewhere", () => {
  it("are written again in the allocation's language, from their code and parameters", () => {
    const { reason } = rejected(late, "fi");
    expect(reason).toEqual({
      code: "allocation.noScore",
      message: formatMessage("allocation.noScore", {}, "fi"),
      params: { list: ["a", "b"], n: 1 },
      citation: late.citation,
      rule: late.rule,
    });
  });

  it("keep their own text when the code is not in the catalogue", () => {
    const { reason } = rejected({ ...late, messageCode: "no.such.code" } as unknown as Finding, "en");
    expect(reason.message).toBe("a text of the caller's own");
  });

  it("share no object with the assessment, and keep an own __proto__ key as a plain key", () => {
    const params = JSON.parse('{"__proto__": {"polluted": true}, "list": ["a"]}') as Finding["params"];
    const { reason, finding } = rejected({ ...late, params } as Finding, "en");
    expect(Object.getPrototypeOf(reason.params)).toBe(Object.prototype);
    expect(Object.keys(reason.params)).toEqual(["__proto__", "list"]);
    expect(JSON.stringify(reason.params)).toBe('{"__proto__":{"polluted":true},"list":["a"]}');
    expect(reason.params.list).toEqual(["a"]);
    expect(reason.params.list).not.toBe((finding.params as { list?: unknown }).list);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("findings of the assessments allocate makes itself", () => {
  it("are the assessment's own messages, in the allocation's language", () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const r = allocate(exampleCall2022.candidates, { locale, unit: "euro" });
      if (!r.success) throw new Error(JSON.stringify(r.issues));
      const findings = r.data.allocations.flatMap((a) => a.reasons.filter((x) => x.rule !== undefined));
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.message).toBe(formatMessage(f.code, f.params as never, locale));
    }
  });
});
