import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { decisionRecord, decisionRecords } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";
import type { AllocationCandidate, AllocationResult } from "../../src/allocate/types.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { application2022 } from "../helpers/application2022.js";

/** The report deadline a decision must state (893/2019 9 §); the ministry's figure was not found. */
const MONTHS = { reportingMonths: 2 };

/** Lahti (398) leads, with Heinola (111) and Porvoo (638): the parties the records name. */
const lahti = (name: string, staff: string, requested: string) =>
  application2022((a) => {
    a.applicant = { type: "municipality", code: "398" };
    a.participants = [
      { type: "municipality", code: "111" },
      { type: "municipality", code: "638" },
    ];
    a.project.name = name;
    a.budget.lines = [{ category: "staff", amount: staff }];
    a.budget.requestedGrant = requested;
  });

const candidates: AllocationCandidate[] = [
  { id: "A", application: lahti("Laatumalli A", "700000.59", "595000.50"), score: 4.5 },
  { id: "B", application: lahti("Laatumalli B", "400000.00", "300000.00"), score: 4 },
];
const allocated = allocate(candidates, { appropriation: "800000.00", partial: "partial", unit: "euro" });
if (!allocated.success) throw new Error("allocation failed");
const result: AllocationResult = allocated.data;
const [a, b] = result.allocations as [(typeof result.allocations)[0], (typeof result.allocations)[0]];

describe("decisionRecord", () => {
  const r = decisionRecord(b, candidates[1]!, "2022", MONTHS);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  const d = r.data;

  it("names the administrator as recipient and the co-implementers, from the register of the call's year", () => {
    // 2022: the administrator model, inferred from the decision release.
    expect(d.recipients).toEqual({
      model: "administrator",
      source: "edition",
      certainty: "inferred",
      modelCitation:
        "https://vm.fi/sv/-/finansministeriet-beviljade-2020-ars-understod-for-kommunernas-digitaliseringsprojekt-1",
      parties: [
        { type: "municipality", code: "398", businessId: null, name: { fi: "Lahti", sv: "Lahtis", en: "Lahti" } },
      ],
      citation: "893/2019 3 § 2 mom.",
      liabilityCitation: null,
    });
    expect(d.coImplementers.parties.map((p) => p.name.sv)).toEqual(["Heinola", "Borgå"]);
  });

  it("states the purpose, the maximum amount and the maximum share of eligible costs", () => {
    expect(d.purpose.project).toBe("Laatumalli B");
    expect(d.purpose.focusArea?.code).toBe("dataQuality");
    expect(d.maximumAmount).toEqual({ amount: "205000.00", citation: "688/2001 11 §; 893/2019 4 §" });
    // 205 000 / 400 000 = 51.25 % of the eligible costs; the rule allows 85 %.
    expect(d.maximumShare).toEqual({
      rate: "0.85",
      eligibleCosts: "400000.00",
      grantedShare: "0.5125",
      citation: "893/2019 4 §",
      actualCostsCitation: "893/2019 4 §; 688/2001 12 § 1 mom.",
    });
  });

  it("lists the eligible cost categories with their conditions, the period of use, reporting, conditions and legal basis", () => {
    expect(d.costs.eligible.find((c) => c.category === "softwareLicences")).toMatchObject({
      treatment: "conditional",
      citation: "893/2019 5 § 3 mom.",
    });
    expect(d.costs.ineligible.map((c) => c.category)).toEqual(["equipment", "tangibleInvestment"]);
    expect(d.costs.vatEligible).toBe(false);
    expect(d.periodOfUse.until).toBe("2024-09-30");
    expect(d.reporting).toMatchObject({ auditorStatement: true, filedBy: "administrator", citation: "893/2019 9 §" });
    expect(d.conditionsOfUse.map((c) => [c.code, c.citation])).toEqual([
      ["shareExperiences", "893/2019 7 §"],
      ["reusableResults", "893/2019 7 §"],
      ["separateAccounting", "893/2019 7 §"],
    ]);
    expect(d.legalBasis.acts).toEqual(["893/2019", "688/2001"]);
    expect(d.legalBasis.budgetItem).toBe("28.90.32");
    expect(d.official).toBe(false);
  });

  it("is plain JSON data", () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("refuses what is not a granted allocation of this candidate, without throwing", () => {
    const reserve = { ...a, status: "reserve" as const, amount: "0.00" };
    const notGranted = decisionRecord(reserve, candidates[0]!, "2022", { locale: "en", reportingMonths: 2 });
    expect(!notGranted.success && notGranted.issues[0]!.message).toBe(
      "Application A was granted nothing (status reserve), so no grant decision is drawn up.",
    );
    const other = decisionRecord(a, candidates[1]!, "2022", MONTHS);
    expect(!other.success && other.issues[0]!.code).toBe("decision.otherCandidate");
    const edition = decisionRecord(a, candidates[0]!, "2021", MONTHS);
    expect(!edition.success && edition.issues[0]!.code).toBe("decision.otherEdition");
    const junk = decisionRecord(null as never, candidates[0]!, "2022", MONTHS);
    expect(!junk.success && junk.issues[0]!.code).toBe("decision.invalidApplication");
  });
});

describe("decisionRecords", () => {
  it("draws one record per granted allocation, in the result's order", () => {
    expect(decisionRecords(result, candidates, MONTHS).map((d) => [d.id, d.maximumAmount.amount])).toEqual([
      ["A", "595000.00"],
      ["B", "205000.00"],
    ]);
  });

  it("draws a record for every grant of the example call", () => {
    const r = allocate(exampleCall2022.candidates, { unit: "euro" });
    expect(r.success && decisionRecords(r.data, exampleCall2022.candidates, MONTHS).length).toBe(
      r.success && r.data.counts.granted,
    );
  });
});

describe("renderDecision", () => {
  const d = decisionRecord(b, candidates[1]!, "2022", MONTHS);
  if (!d.success) throw new Error("no record");

  it("writes the draft decision in Finnish", () => {
    const text = renderDecision(d.data, "fi");
    expect(text.split("\n")[0]).toBe(
      "# Avustuspäätöksen luonnos: Vuoden 2022 avustus kuntien digitalisaation edistämiseen",
    );
    expect(text).toContain("Lahti (398) (893/2019 3 § 2 mom.)");
    expect(text).toContain("205\u00a0000,00\u00a0€ (688/2001 11 §; 893/2019 4 §)");
    expect(text).toContain(
      "Myönnetty avustus on 51,25\u00a0% hakemuksen hyväksyttävistä kustannuksista (400\u00a0000,00\u00a0€).",
    );
    expect(text).toContain("Avustus on käytettävä ja hanke toteutettava viimeistään 30.9.2024.");
    expect(text).toContain("Selvitykseen liitetään tilintarkastajan lausunto avustuksen käytöstä.");
  });

  it("writes it in Swedish and English too, with every section", () => {
    const sv = renderDecision(d.data, "sv");
    expect(sv).toContain("## Understödstagare (projektadministratör)");
    expect(sv).toContain("Lahtis (398)");
    expect(sv).toContain("- Borgå (638)");
    const en = renderDecision(d.data, "en");
    for (const heading of [
      "Recipient (administrator, hankehallinnoija)",
      "Co-implementers (osatoteuttajat)",
      "Purpose",
      "Maximum amount",
      "Maximum share of eligible costs",
      "Eligible costs",
      "Period of use",
      "Reporting duty",
      "Conditions of use",
      "Legal basis",
    ]) {
      expect(en).toContain(`## ${heading}\n`);
    }
    expect(en).toContain("The grant must be used and the project carried out by 30 September 2024.");
    expect(en).toContain("The grant is 51.25% of the application's eligible costs (€400,000.00).");
  });
});
