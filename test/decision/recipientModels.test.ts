// The decision record of a joint project in each recipient model (893/2019 3 §), pinned in file
// snapshots in Finnish and Swedish: under `administrator` (2022, inferred from the release) Lohja
// receives the grant, keeps its share and passes the others on under a 7 § 3 mom. agreement with the
// amounts; under `joint` (the caller's model) every municipality named receives it, jointly and
// severally liable (893/2019 3 § 1 mom.; 688/2001 27 §), and the joint authority's and the
// association's shares are passed on. Where the edition's model is unknown (2019-1, 2019-2) the caller must give one.
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { decisionRecord } from "../../src/decision/decision.js";
import { renderDecision } from "../../src/decision/renderDecision.js";
import { application2022 } from "../helpers/application2022.js";

/** Lohja leads; Espoo, the joint authority and Kuntaliitto bear lines of their own. */
const application = application2022((a) => {
  a.budget.lines = [
    { category: "staff", amount: "60000.00", description: "Lohjan projektipäällikkö" },
    { category: "staff", amount: "30000.00", party: "049", description: "Espoon asiantuntija" },
    { category: "travel", amount: "20000.00", party: "0201256-6", description: "Kuntayhtymän matkat" },
    {
      category: "services",
      amount: "10000.00",
      vat: "2400.00",
      party: "0123456-2",
      solelyForProject: true,
      description: "Kuntaliiton koulutus",
    },
  ];
  a.budget.requestedGrant = "102000.00";
});
const allocated = allocate([{ id: "J-1", application, score: 4 }], { unit: "euro" });
if (!allocated.success) throw new Error("allocation failed");
const [grant] = allocated.data.allocations;
const candidate = { id: "J-1", application };
const MONTHS = { reportingMonths: 2 };

function recordOf(options: Parameters<typeof decisionRecord>[3]) {
  const r = decisionRecord(grant!, candidate, "2022", options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("the decision record of a joint project under the administrator model (2022)", () => {
  const record = recordOf(MONTHS);

  it("names the administrator alone as recipient, states the shares and the amounts to pass on", () => {
    expect(record.recipients.model).toBe("administrator");
    expect(record.recipients.parties.map((p) => p.name.fi)).toEqual(["Lohja"]);
    expect(record.recipients.liabilityCitation).toBeNull();
    expect(record.shares.parties.map((s) => [s.name.sv, s.receipt, s.amount])).toEqual([
      ["Lojo", "kept", "51000.00"],
      ["Esbo", "passedOn", "25500.00"],
      ["Länsi-Uudenmaan tietohallintokuntayhtymä", "passedOn", "17000.00"],
      ["Kuntaliitto", "passedOn", "8500.00"],
      ["Data Oy", "passedOn", "0.00"],
    ]);
    expect(record.agreement).toEqual({
      by: "administrator",
      citation: "688/2001 7 § 3 mom.",
      supervisionCitation: "688/2001 15–16 §",
    });
    expect(record.reporting.filedBy).toBe("administrator");
  });

  it.each(["fi", "sv"] as const)("in %s", async (locale) => {
    const text = renderDecision(record, locale);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/joint.administrator.${locale}.md`);
    expect(text).toContain(locale === "fi" ? "Lohja (444) (893/2019 3 § 2 mom.)" : "Lojo (444) (893/2019 3 § 2 mom.)");
    expect(text).toContain(
      locale === "fi" ? "- Espoo (049): 25\u00a0500,00\u00a0€" : "- Esbo (049): 25\u00a0500,00\u00a0€",
    );
  });
});

describe("the decision record of the same project under the joint model (the caller's)", () => {
  const record = recordOf({ ...MONTHS, recipientModel: "joint" });

  it("names every municipality as a recipient, liable jointly; the joint authority's and the association's shares are passed on", () => {
    expect(record.recipients).toMatchObject({
      model: "joint",
      source: "option",
      certainty: "sourced",
      modelCitation: "893/2019 3 § 1 mom.; 688/2001 27 §",
      citation: "893/2019 3 § 1 mom.",
      liabilityCitation: "688/2001 27 §",
    });
    expect(record.recipients.parties.map((p) => [p.name.fi, p.code, p.businessId])).toEqual([
      ["Lohja", "444", null],
      ["Espoo", "049", null],
    ]);
    expect(record.shares.parties.map((s) => s.receipt)).toEqual([
      "received",
      "received",
      "passedOn",
      "passedOn",
      "passedOn",
    ]);
    expect(record.agreement?.by).toBe("recipients");
    expect(record.reporting.filedBy).toBe("recipients");
  });

  it.each(["fi", "sv"] as const)("in %s", async (locale) => {
    const text = renderDecision(record, locale);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/joint.joint.${locale}.md`);
    expect(text).toContain(
      locale === "fi"
        ? "Avustuksen saajat vastaavat avustuksen palauttamisesta ja takaisinperinnästä yhteisvastuullisesti. (688/2001 27 §)"
        : "Understödstagarna har solidariskt ansvar för återbetalning och återkrav av understödet. (688/2001 27 §)",
    );
  });
});

describe("an edition whose recipient model is not known", () => {
  const app2019 = { id: "J-1", application: { ...application, edition: "2019-2" } };

  it.each([
    ["fi", "Hakukierroksen 2019-2 lähteet eivät kerro"],
    ["sv", "Källorna för omgången 2019-2 säger inte"],
    ["en", "The sources of the 2019-2 call do not say"],
  ] as const)("in %s, needs the caller's model: no record on a guess", (locale, start) => {
    const r = decisionRecord(grant!, app2019, "2019-2", { ...MONTHS, locale });
    expect(r.success).toBe(false);
    expect(!r.success && r.issues[0]!.code).toBe("passOn.recipientModelMissing");
    expect(!r.success && r.issues[0]!.message.startsWith(start)).toBe(true);
    const given = decisionRecord(grant!, app2019, "2019-2", { ...MONTHS, locale, recipientModel: "joint" });
    expect(given.success && given.data.recipients.source).toBe("option");
  });

  it("a model that is not one is a coded issue too", () => {
    const r = decisionRecord(grant!, candidate, "2022", { ...MONTHS, recipientModel: "lead" as never });
    expect(!r.success && r.issues[0]!.code).toBe("passOn.invalidOption");
  });
});

describe("a joint project that names no municipality of its own", () => {
  it("under the joint model says it has no recipient, and passes every share on", () => {
    const noMunicipality = application2022((a) => {
      a.applicant = { type: "jointAuthority", businessId: "0201256-6", name: "Kuntayhtymä" };
      a.participants = [{ type: "association", name: "Kuntaliitto", businessId: "0123456-2" }];
    });
    const r = allocate([{ id: "K", application: noMunicipality, score: 4 }], {
      unit: "euro",
      include: "eligibleAndReview",
    });
    const [k] = r.success ? r.data.allocations : [];
    const d = decisionRecord(k!, { id: "K", application: noMunicipality }, "2022", {
      ...MONTHS,
      recipientModel: "joint",
    });
    if (!d.success) throw new Error(JSON.stringify(d.issues));
    expect(d.data.recipients.parties).toEqual([]);
    expect(d.data.shares.parties.map((s) => s.receipt)).toEqual(["passedOn", "passedOn"]);
    expect(renderDecision(d.data, "en")).toContain("## Recipients (jointly)\n\nnone\n");
  });
});
