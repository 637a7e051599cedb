import { describe, expect, it } from "vitest";
import { editions, getEdition } from "../../src/editions/registry.js";
import { catalogue } from "../../src/messages/catalogue.js";
import { ruleCatalogue, rulesFor } from "../../src/rules/catalogue.js";
import type { RuleInfo } from "../../src/rules/types.js";
import { RULES } from "../../src/rules/registry.js";
import { RULE_FAMILIES } from "../../src/rules/types.js";

function resolve(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

// The rules every edition evaluates, in the order of their findings, before and after the exclusions an
// edition names.
const head = [
  "applicant.type",
  "applicant.municipalityExists",
  "consortium.minMunicipalities",
  "consortium.members",
  "consortium.partners",
  "deadline.submittedInTime",
  "focusArea.oneOfEdition",
];
const tail = [
  "exclusion.employerSanctions",
  "costs.services",
  "costs.ineligibleExcluded",
  "costs.softwareLicences",
  "costs.internalCharges",
  "costs.vatExcluded",
  "costs.hasEligibleCosts",
  "grant.withinMaximum",
  "period.startBeforeEnd",
  "period.endsByLatestEnd",
  "contents.objectives",
  "contents.measures",
  "contents.results",
  "contents.disseminationPlan",
  "contents.schedule",
  "contents.organisation",
  "contents.parties",
  "contents.funding",
  "contents.relatedProjects",
];

describe("ruleCatalogue", () => {
  it("has unique, stable ids of the form family.name, grouped by family in order", () => {
    const ids = ruleCatalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ruleCatalogue) {
      expect(r.id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(r.id.split(".")[0]).toBe(r.family);
    }
    const familyOrder = ruleCatalogue.map((r) => RULE_FAMILIES.indexOf(r.family));
    expect(familyOrder).toEqual([...familyOrder].sort((a, b) => a - b));
    // Each entry is its rule's spec with the family's title and description, and nothing else.
    expect(ruleCatalogue.map(({ title, description, ...spec }) => spec)).toEqual(RULES.map((r) => r.info));
  });

  it("names every rule the issue asks for", () => {
    const ids = ruleCatalogue.map((r) => r.id);
    const exclusions = ["socialAndHealthCare", "digitisationOnly", "builtEnvironment", "archiving", "caseManagement"];
    expect(ids).toEqual([
      ...head,
      ...exclusions.map((code) => `exclusion.${code}`),
      ...tail,
      "contents.operationalChange",
    ]);
  });

  it("describes every rule in Finnish, Swedish and English, and cites an act or the call text", () => {
    for (const r of ruleCatalogue) {
      for (const text of [r.title, r.description]) {
        expect(Object.keys(text).sort()).toEqual(["en", "fi", "sv"]);
        for (const v of Object.values(text)) expect(v.trim().length).toBeGreaterThan(3);
        expect(new Set(Object.values(text)).size).toBe(3);
      }
      // What a call sets itself rests on its text and the budget item 28.90.32; the rest on the acts.
      expect(r.citation).toMatch(/^((893\/2019|688\/2001) \d+ §|hakuilmoitus; TA 28\.90\.32$)/);
      expect(r.outcomes.length).toBeGreaterThan(0);
    }
  });

  it("reads only facts the editions have", () => {
    for (const r of ruleCatalogue) {
      for (const fact of r.facts) {
        const inSome = editions.some((e) => resolve(e, fact) !== undefined);
        expect(inSome, `${r.id} reads ${fact}`).toBe(true);
        if (r.appliesWhen === undefined) {
          for (const e of editions) expect(resolve(e, fact), `${e.id}: ${r.id} reads ${fact}`).not.toBeUndefined();
        }
      }
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(ruleCatalogue))).toEqual(ruleCatalogue);
  });
});

describe("messages of the rules", () => {
  it("exist for every code a rule can name, in every language", () => {
    const codes = Object.keys(catalogue).filter((c) => RULE_FAMILIES.some((f) => c.startsWith(`${f}.`)));
    // Exclusion and contents rules share their family's codes; every other rule has codes of its own.
    for (const r of ruleCatalogue) {
      const shared = r.family === "exclusion" || r.family === "contents";
      expect(
        codes.some((c) => c.startsWith(shared ? `${r.family}.` : `${r.id}.`)),
        r.id,
      ).toBe(true);
    }
    for (const c of codes) {
      const entry = catalogue[c as keyof typeof catalogue] as unknown as Record<string, unknown>;
      expect(Object.keys(entry).sort()).toEqual(["en", "fi", "sv"]);
    }
  });
});

function entry(id: string): RuleInfo {
  const found = ruleCatalogue.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule ${id} in the catalogue`);
  return found;
}

describe("ruleCatalogue entries", () => {
  it.each([
    [
      "applicant.type",
      "893/2019 3 §",
      "Hakija voi hakea avustusta",
      "Sökanden kan söka understöd",
      "The applicant may apply",
    ],
    [
      "consortium.minMunicipalities",
      "893/2019 3 §",
      "Hankkeessa on riittävästi kuntia",
      "Projektet har tillräckligt många kommuner",
      "The project has enough municipalities",
    ],
    [
      "deadline.submittedInTime",
      "893/2019 6 § 1 mom.",
      "Hakemus saapui määräaikaan mennessä",
      "Ansökan kom in inom tidsfristen",
      "The application arrived in time",
    ],
    [
      "focusArea.oneOfEdition",
      "hakuilmoitus; TA 28.90.32",
      "Painopiste kuuluu hakuun",
      "Tyngdpunkten hör till ansökningsomgången",
      "The focus area belongs to the call",
    ],
    [
      "exclusion.socialAndHealthCare",
      "hakuilmoitus; TA 28.90.32",
      "Rajaus: Sosiaali- ja terveydenhuollon kehittämishankkeet",
      "Avgränsning: Utvecklingsprojekt inom social- och hälsovården",
      "Exclusion: Social and health care development projects",
    ],
    [
      "exclusion.archiving",
      "hakuilmoitus; TA 28.90.32",
      "Rajaus: Arkistointi",
      "Avgränsning: Arkivering",
      "Exclusion: Archiving",
    ],
    [
      "exclusion.caseManagement",
      "hakuilmoitus; TA 28.90.32",
      "Rajaus: Asianhallinta",
      "Avgränsning: Ärendehantering",
      "Exclusion: Case management",
    ],
    [
      "costs.softwareLicences",
      "893/2019 5 § 3 mom.",
      "Ohjelmistolisenssien välttämättömyys",
      "Programvarulicensernas nödvändighet",
      "Software licences are necessary",
    ],
    [
      "costs.vatExcluded",
      "893/2019 4 §",
      "Arvonlisävero ei ole hyväksyttävä kustannus",
      "Mervärdesskatt är inte en godtagbar kostnad",
      "VAT is not an eligible cost",
    ],
    [
      "grant.withinMaximum",
      "893/2019 4 §",
      "Avustus on enintään 85 % kustannuksista",
      "Understödet är högst 85 % av kostnaderna",
      "The grant is at most 85 % of the costs",
    ],
    [
      "period.startBeforeEnd",
      "893/2019 6 § 2 mom. 3 kohta",
      "Hanke alkaa ennen kuin se päättyy",
      "Projektet börjar innan det slutar",
      "The project starts before it ends",
    ],
    [
      "period.endsByLatestEnd",
      "688/2001 11 §",
      "Hanke päättyy avustuksen käyttöajan puitteissa",
      "Projektet slutar inom understödets användningstid",
      "The project ends within the period of use",
    ],
    ["contents.schedule", "893/2019 6 § 2 mom.", "Toteuttamisen aikataulu", "Tidsplan", "Schedule of implementation"],
    [
      "contents.relatedProjects",
      "893/2019 6 § 2 mom.",
      "Suhde muihin kohdealueen keskeisiin hankkeisiin ja niiden toteutukseen",
      "Förhållandet till andra centrala projekt inom området",
      "Relation to other key projects in the field and their implementation",
    ],
  ])("%s cites %s and is titled %s / %s / %s", (id, citation, fi, sv, en) => {
    const r = entry(id);
    expect(r.citation).toBe(citation);
    expect(r.title).toEqual({ fi, sv, en });
  });

  it("describes a rule of a hand-written family in its family's words", () => {
    expect(entry("period.endsByLatestEnd").description).toEqual({
      fi: "Hankkeen päättymispäivä ei saa olla haun viimeisen käyttöpäivän jälkeen, jos päivä julkaistiin haun yhteydessä (vuoden 2019 haut: 30.11.2021). Jos päivä tunnetaan vain avustuspäätöksistä (2020 ja 2022), myöhempi päättyminen ohjataan käsittelijälle, koska ministeriö voi lyhentää käyttöaikaa päätöksessään.",
      sv: "Projektets slutdag får inte infalla efter ansökningsomgångens sista användningsdag, om dagen publicerades med utlysningen (2019 års omgångar: 30.11.2021). Om dagen är känd bara från understödsbesluten (2020 och 2022), går ett senare slut till handläggaren, eftersom ministeriet kan förkorta användningstiden i sitt beslut.",
      en: "The project's last day must not be after the call's last day of use where that day was published with the call (the 2019 calls: 30 November 2021). Where it is known only from the grant decisions (2020 and 2022), a later end goes to a case handler, since the ministry can shorten the period of use in its decision.",
    });
    expect(entry("applicant.type").description.en).toBe(
      "The lead applicant and administrator must be a municipality or a joint municipal authority. A company, association or other body cannot apply, even if a municipality owns it; it may take part as a partner.",
    );
  });

  it("describes an exclusion rule in the edition's words for the excluded kind, naming the declaration to answer", () => {
    expect(entry("exclusion.builtEnvironment").description).toEqual({
      fi: "Avustusta ei voinut hakea rakennetun ympäristön toimialaan liittyviin hankkeisiin. Hakemus ilmoittaa kohdassa project.declarations.builtEnvironment, onko hanke tällainen: kyllä hylkää hakemuksen, ei hyväksyy, ja vastaamatta jättäminen jää täydennettäväksi.",
      sv: "Projekt inom sektorn för den byggda miljön var uteslutna från denna ansökningsomgång. Ansökan anger i project.declarations.builtEnvironment om projektet är ett sådant: ja underkänner ansökan, nej godkänner, och ett obesvarat fält ska kompletteras.",
      en: "Projects in the built environment sector were excluded from this call. The application states in project.declarations.builtEnvironment whether the project is one: yes fails the application, no passes, and no answer leaves it to be completed.",
    });
    expect(entry("exclusion.digitisationOnly").description.en).toBe(
      "Projects that consist solely of digitising material were not funded. The application states in project.declarations.digitisationOnly whether the project is one: yes fails the application, no passes, and no answer leaves it to be completed.",
    );
  });

  it("describes a text content as a section the application must give at project.<code>", () => {
    const objectives = entry("contents.objectives");
    expect(objectives.title).toEqual({
      fi: "Hankkeen tavoitteet",
      sv: "Projektets mål",
      en: "The project's objectives",
    });
    expect(objectives.description).toEqual({
      fi: "Hakemuksessa on oltava kohta ”Hankkeen tavoitteet” (project.objectives), eikä se saa olla tyhjä.",
      sv: "Ansökan ska innehålla avsnittet ”Projektets mål” (project.objectives), och det får inte vara tomt.",
      en: `The application must contain "The project's objectives" (project.objectives), and it must not be blank.`,
    });
    expect(entry("contents.disseminationPlan").description.en).toBe(
      `The application must contain "Plan for using and disseminating the results" (project.disseminationPlan), and it must not be blank.`,
    );
  });

  it("describes a structured content as given by the application's structure, which other rules judge", () => {
    expect(entry("contents.parties").description.en).toBe(
      `"The applicant, the other participating parties, and the administrator (hankehallinnoija) if a joint project names one" is given by the application's structured data (applicant, participants), which is always there; other rules judge its substance.`,
    );
  });

  it("describes what contents.funding checks of the stated funding shares (issue #11)", () => {
    expect(entry("contents.funding").description.en).toBe(
      "The application must state the participants' estimated funding shares (each party's financing). If no party states one, the content is missing. The shares must add up to what the grant applied for leaves to finance: all costs with VAT (as in the own share) less the grant applied for, never below zero; otherwise the official asks for the estimate to be corrected, which is not a ground for rejection. A budget line whose party is not in the application also goes to the official.",
    );
    for (const locale of ["fi", "sv"] as const)
      expect(entry("contents.funding").description[locale]).toContain("financing");
  });

  it("lists the facts a rule reads and the outcomes it can give", () => {
    expect(entry("grant.withinMaximum")).toMatchObject({
      facts: ["money.maxGrantRate", "money.vatEligible", "money.costCategories"],
      outcomes: ["pass", "fail"],
    });
    expect(entry("consortium.minMunicipalities").outcomes).toEqual(["pass", "fail", "review", "missing"]);
    expect(entry("period.startBeforeEnd").facts).toEqual([]);
    expect(entry("contents.funding")).toMatchObject({
      facts: ["requiredContents.funding"],
      outcomes: ["pass", "missing", "review"],
    });
  });

  it("keeps its fields in the reference's order, and names appliesWhen only for a rule that not every edition evaluates", () => {
    const fields = ["id", "family", "citation", "title", "description", "facts", "outcomes"];
    expect(Object.keys(entry("applicant.type"))).toEqual(fields);
    expect(Object.keys(entry("period.endsByLatestEnd"))).toEqual(fields);
    expect(Object.keys(entry("exclusion.archiving"))).toEqual([...fields, "appliesWhen"]);
    expect(entry("exclusion.archiving").appliesWhen).toBe("exclusions.archiving");
    expect(entry("contents.schedule").appliesWhen).toBe("requiredContents.schedule");
    expect(ruleCatalogue.filter((r) => "appliesWhen" in r).map((r) => r.family)).toEqual([
      ...Array(5).fill("exclusion"),
      ...Array(10).fill("contents"),
    ]);
  });
});

describe("rulesFor", () => {
  // The 2020–2022 calls also ask how the changes in operations are carried out.
  const operationalChange = ["contents.operationalChange"];

  it.each([
    ["2019-1", [], []],
    ["2019-2", ["socialAndHealthCare", "builtEnvironment", "archiving", "caseManagement"], []],
    ["2020", ["socialAndHealthCare", "builtEnvironment", "archiving"], operationalChange],
    ["2021", ["socialAndHealthCare", "digitisationOnly"], operationalChange],
    ["2022", ["socialAndHealthCare", "digitisationOnly"], operationalChange],
  ] as const)(
    "lists the rules of %s in the order of their findings, with the exclusions %j",
    (id, exclusions, more) => {
      expect(rulesFor(getEdition(id)).map((r) => r.id)).toEqual([
        ...head,
        ...exclusions.map((code) => `exclusion.${code}`),
        ...tail,
        ...more,
      ]);
    },
  );

  it("gives the catalogue's own entries", () => {
    for (const r of rulesFor(getEdition("2020"))) expect(r).toBe(entry(r.id));
  });
});
