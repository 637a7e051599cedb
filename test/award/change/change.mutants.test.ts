// What the change assessment's other tests leave unsaid: the order and status of several parts, the
// exact invalid result, the language of nested issues, and the reallocation's owners and shares.
import { describe, expect, it } from "vitest";
import { assessChange } from "../../../src/award/change.js";
import type { ChangeApplicationInput } from "../../../src/award/changeSchema.js";
import type { DecisionTerms, TermsParty } from "../../../src/award/types.js";
import { application2022 } from "../../helpers/application2022.js";
import { terms2022 } from "../fixtures.js";

const terms = terms2022();
const at = "2024-06-03";
const reallocation = (lines: { category: "staff" | "services"; party?: string; amount: string }[]) => ({
  reallocation: { lines },
});

describe("assessChange: several parts at once (688/2001 14 §)", () => {
  it("lists the parts in the order extension, reallocation, content, consortium, whatever order they were decided in", () => {
    const r = assessChange(
      terms,
      {
        consortium: { application: application2022() },
        content: { application: application2022() },
        ...reallocation([
          { category: "staff", amount: "100000.01" },
          { category: "services", party: "049", amount: "20000.00" },
        ]),
        extension: { end: "2024-12-31" },
      },
      { at, locale: "en" },
    );
    expect(r.status).toBe("approvable");
    expect(r.parts.map((p) => [p.kind, p.outcome, p.proposal])).toEqual([
      ["extension", "pass", "approve"],
      ["reallocation", "pass", "approve"],
      ["content", "pass", "approve"],
      ["consortium", "pass", "approve"],
    ]);
  });

  const content = { content: { application: application2022() } };
  it.each([
    ["one rejected part rejects the change", { extension: { end: "2024-01-31" }, ...content }, "rejected"],
    [
      "one part for review puts the change up for review",
      { extension: { end: "2025-01-01" }, ...content },
      "needsReview",
    ],
    [
      "every part approvable makes the change approvable",
      { extension: { end: "2024-12-31" }, ...content },
      "approvable",
    ],
  ] as [string, ChangeApplicationInput, string][])("%s", (_, change, status) => {
    const r = assessChange(terms, change, { at });
    expect(r.parts.map((p) => p.kind)).toEqual(["extension", "content"]);
    expect(r.parts[1]!.proposal).toBe("approve");
    expect(r.status).toBe(status);
  });

  it.each([
    [
      "a focus area not stated is missing, for review",
      (a: { project: { focusArea?: unknown } }) => delete a.project.focusArea,
      "missing",
    ],
    [
      "employer sanctions declared are for review",
      (a: { project: { declarations: { employerSanctions?: unknown } } }) => {
        a.project.declarations.employerSanctions = true;
      },
      "review",
    ],
  ] as const)("a content part's outcome is its worst finding: %s", (_, edit, outcome) => {
    const r = assessChange(terms, { content: { application: application2022(edit as never) } }, { at });
    expect([r.parts[0]!.outcome, r.parts[0]!.proposal, r.status]).toEqual([outcome, "review", "needsReview"]);
  });
});

describe("assessChange: a consortium change's parties (688/2001 7 § 3 mom.)", () => {
  it("shares the maximum under the terms' own recipient model", () => {
    const joint = { ...terms, recipients: { ...terms.recipients, model: "joint" as const } };
    const r = assessChange(joint, { consortium: { application: application2022() } }, { at });
    expect(r.terms?.recipients.model).toBe("joint");
    expect(r.terms?.recipients.parties.map((p) => [p.key, p.receipt])).toEqual([
      ["444", "received"],
      ["049", "received"],
      ["0201256-6", "passedOn"],
      ["0123456-2", "passedOn"],
      [null, "passedOn"],
    ]);
  });

  it("keeps the parties when no pass-on plan of the decided maximum can be made from the changed application", () => {
    const smaller = application2022((a) => {
      a.budget.lines[0]!.amount = "50000.00";
    });
    const r = assessChange(terms, { consortium: { application: smaller } }, { at });
    expect(r.status).toBe("approvable");
    expect(r.terms?.recipients).toEqual(terms.recipients);
    expect(r.differences).toEqual([]);
  });
});

describe("assessChange: invalid results in full", () => {
  const invalid = (issues: unknown[], locale = "en") => ({
    id: null,
    edition: null,
    locale,
    status: "invalid",
    parts: [],
    terms: null,
    differences: [],
    issues,
  });

  it.each([
    ["not an object", () => "x", "change.notAnObject", "The change application must be a JSON object."],
    ["no part", () => ({}), "change.noParts", expect.any(String)],
    [
      "a getter that throws",
      () => ({
        get extension(): never {
          throw new Error("boom");
        },
      }),
      "change.failed",
      "The change application could not be assessed.",
    ],
  ])("%s gives the issue %s at the root", (_, change, code, message) => {
    const r = assessChange(terms, change() as never, { at, locale: "en" });
    expect(r).toEqual(invalid([{ path: [], code, params: {}, message }]));
  });

  it("gives the issues of the terms, of the changed application and of the amended terms in the caller's language", () => {
    const bad = assessChange({ ...terms, rate: "0.90" }, { extension: { end: "2024-12-31" } }, { at, locale: "en" });
    expect(bad.issues.map((i) => i.message)).toEqual([
      "The grant's share 0.90 exceeds the maximum share 0.85 of eligible costs of the 2022 call (893/2019 4 §).",
    ]);
    const app = application2022((a) => {
      a.project.focusArea = "nothing" as never;
    });
    const content = assessChange(terms, { content: { application: app } }, { at, locale: "en" });
    expect(content.issues[0]?.message).toMatch(/^The value "nothing" of project\.focusArea is not allowed\./);
    const amended = assessChange(terms, { extension: { end: "9999-12-31" } }, { at, locale: "en" });
    expect(amended).toEqual(
      invalid([
        {
          path: ["period", "end"],
          code: "application.invalid",
          params: { field: "period.end", input: "9999-12-31" },
          message: "The value 9999-12-31 of period.end is invalid.",
        },
      ]),
    );
  });
});

describe("assessChange: the owners of reallocated costs (893/2019 3 §; 688/2001 7 § 3 mom.)", () => {
  const party = (key: string | null, role: TermsParty["role"], name = `P ${key}`): TermsParty => ({
    key,
    role,
    type: "municipality",
    name,
    eligibleCosts: "0.00",
    share: "0.00",
    receipt: "passedOn",
  });
  const withParties = (parties: TermsParty[], more: Partial<DecisionTerms> = {}): DecisionTerms => ({
    ...terms,
    recipients: { ...terms.recipients, parties },
    ...more,
  });
  const partiesFinding = (t: DecisionTerms, lines: Parameters<typeof reallocation>[0]) =>
    assessChange(t, reallocation(lines), { at, locale: "en" }).parts[0]!.findings.find(
      (f) => f.rule === "change.reallocation.parties",
    );

  it("a line with no party is the applicant's, wherever the applicant stands in the list", () => {
    const [lohja, espoo, ...rest] = terms.recipients.parties;
    const t = withParties([espoo!, lohja!, ...rest]);
    const r = assessChange(
      t,
      reallocation([
        { category: "staff", amount: "100000.01" },
        { category: "services", party: "049", amount: "20000.00" },
      ]),
      { at },
    );
    expect(r.terms?.recipients.parties.slice(0, 2).map((p) => [p.key, p.eligibleCosts, p.share])).toEqual([
      ["049", "20000.00", "17000.00"],
      ["444", "100000.01", "85000.00"],
    ]);
  });

  it("a line with no party fails, named —, when the terms name no applicant", () => {
    const t = withParties(terms.recipients.parties.map((p) => ({ ...p, role: "participant" as const })));
    const f = partiesFinding(t, [{ category: "staff", amount: "120000.01" }]);
    expect([f?.outcome, f?.values, f?.message]).toEqual([
      "fail",
      { parties: ["—"] },
      "Parties the decision does not name: —.",
    ]);
  });

  it("a party the terms list as unnamed cannot bear costs", () => {
    const t = withParties([...terms.recipients.parties, party("999", "unnamed")]);
    const f = partiesFinding(t, [
      { category: "staff", amount: "100000.01" },
      { category: "services", party: "999", amount: "20000.00" },
    ]);
    expect([f?.outcome, f?.values]).toEqual(["fail", { parties: ["999"] }]);
  });

  it("shares the maximum in proportion to the new costs when every party bears some", () => {
    const t = withParties(terms.recipients.parties.slice(0, 4));
    const r = assessChange(
      t,
      reallocation([
        { category: "staff", amount: "60000.01" },
        { category: "services", party: "049", amount: "20000.00" },
        { category: "services", party: "0201256-6", amount: "20000.00" },
        { category: "services", party: "0123456-2", amount: "20000.00" },
      ]),
      { at },
    );
    expect(r.terms?.recipients.parties.map((p) => [p.key, p.eligibleCosts, p.share])).toEqual([
      ["444", "60000.01", "51000.00"],
      ["049", "20000.00", "17000.00"],
      ["0201256-6", "20000.00", "17000.00"],
      ["0123456-2", "20000.00", "17000.00"],
    ]);
  });

  it("gives the cents left over to the parties listed first, also past the tenth", () => {
    // 0,10 € over eleven equal costs: a cent each to the first ten, none to the eleventh.
    const keys = Array.from({ length: 11 }, (_, i) => String(100 + i));
    const t = withParties(
      keys.map((k, i) => party(k, i === 0 ? "applicant" : "participant")),
      { maximum: "0.10", eligibleCosts: "11.00" },
    );
    const r = assessChange(t, reallocation(keys.map((k) => ({ category: "staff", party: k, amount: "1.00" }))), { at });
    expect(r.status).toBe("approvable");
    expect(r.terms?.recipients.parties.map((p) => p.share)).toEqual([...Array(10).fill("0.01"), "0.00"]);
  });
});
