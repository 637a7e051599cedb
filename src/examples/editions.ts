import type { ApplicationInput } from "../application/schema.js";
import type { EditionId } from "../vocabulary/codes.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { ExampleApplication } from "./types.js";

// The texts 893/2019 6 § 2 mom. requires, and how the changes in operations are carried out (which
// the 2020–2022 calls ask for; the 2019 calls ignore it), written once per fictional project.
function contents(goal: string, organiser: string, start: string, end: string) {
  return {
    objectives: `Hankkeen tavoitteena on ${goal}.`,
    measures:
      "1) Nykytilan kartoitus. 2) Yhteisen toimintamallin suunnittelu. 3) Pilotointi ja käyttöönotto. 4) Arviointi.",
    results: "Uudistettu toimintamalli on käytössä kaikissa osallistuvissa kunnissa, ja muutos on mitattu.",
    disseminationPlan:
      "Tulokset ja mallit julkaistaan avoimesti muiden kuntien käyttöön, ja ne esitellään kuntien yhteisissä verkostoissa.",
    schedule: `${start} – ${end}: kartoitus, pilotit, käyttöönotto ja arviointi.`,
    organisation: `Hankehallinnoija on ${organiser}; ohjausryhmässä on edustaja jokaisesta osallistujasta.`,
    relatedProjects: "Hanke hyödyntää kansallisia Suomi.fi-palveluja ja aiempien digikannustinhankkeiden tuloksia.",
    operationalChange:
      "Uusi toimintamalli otetaan käyttöön vaiheittain; esihenkilöt vastaavat muutoksesta, ja henkilöstö koulutetaan ennen käyttöönottoa.",
  };
}

const NONE_EXCLUDED = {
  socialAndHealthCare: false,
  digitisationOnly: false,
  builtEnvironment: false,
  archiving: false,
  caseManagement: false,
  employerSanctions: false,
} as const;

/** A municipality of a consortium with its estimated funding share (893/2019 6 § 2 mom. 5 k.). */
function municipality(code: string, name: string, financing?: string) {
  return { type: "municipality", code, name, ...(financing === undefined ? {} : { financing }) } as const;
}

const kerava2019: ApplicationInput = {
  id: "EX-2019-1-01",
  edition: "2019-1",
  submittedAt: "2019-09-18T14:20:00+03:00",
  applicant: municipality("245", "Kerava", "28830.00"),
  participants: [],
  project: {
    name: "Tiedolla johtamisen työpöytä (fiktiivinen)",
    focusArea: "knowledgeManagement",
    declarations: NONE_EXCLUDED,
    start: "2019-12-01",
    end: "2021-11-30",
    ...contents("koota kaupungin johdon keskeiset tiedot yhteen näkymään", "Kerava", "2019-12-01", "2021-11-30"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "70000.00", description: "Projektipäällikön työaika" },
      {
        category: "services",
        amount: "47000.00",
        vat: "11280.00",
        description: "Tietovarastoinnin asiantuntijapalvelut",
      },
    ],
    requestedGrant: "99450.00",
  },
};

const lahti2019: ApplicationInput = {
  id: "EX-2019-1-02",
  edition: "2019-1",
  submittedAt: "2019-09-19T11:02:00+03:00",
  applicant: municipality("398", "Lahti", "48650.00"),
  participants: [municipality("111", "Heinola", "20000.00"), municipality("098", "Hollola", "20000.00")],
  project: {
    name: "Ostolaskujen automaattinen tiliöinti (fiktiivinen)",
    focusArea: "financialAdministrationAutomation",
    declarations: NONE_EXCLUDED,
    start: "2020-01-01",
    end: "2021-10-31",
    ...contents("automatisoida ostolaskujen tiliöinti ja tarkastus", "Lahti", "2020-01-01", "2021-10-31"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "120000.00" },
      { category: "services", amount: "180000.00", vat: "43200.00" },
      { category: "travel", amount: "3000.00" },
    ],
    requestedGrant: "257550.00",
  },
};

const cities2019: ApplicationInput = {
  id: "EX-2019-2-01",
  edition: "2019-2",
  // Winter time: Helsinki is UTC+2 in December.
  submittedAt: "2019-12-18T11:00:00+02:00",
  applicant: municipality("091", "Helsinki", "126000.00"),
  participants: [
    municipality("049", "Espoo", "60000.00"),
    municipality("853", "Turku", "45000.00"),
    municipality("564", "Oulu", "45000.00"),
  ],
  project: {
    name: "Yhteiset tietomäärittelyt suurille kaupungeille (fiktiivinen)",
    focusArea: "sharedDataDefinitions",
    declarations: NONE_EXCLUDED,
    start: "2020-06-01",
    end: "2021-11-30",
    ...contents("määritellä kaupunkien yhteiset käsitteet ja tietomallit", "Helsinki", "2020-06-01", "2021-11-30"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "160000.00", description: "Helsingin asiantuntijat" },
      { category: "staff", amount: "80000.00", description: "Espoon asiantuntijat", party: "049" },
      { category: "staff", amount: "80000.00", description: "Turun asiantuntijat", party: "853" },
      { category: "staff", amount: "80000.00", description: "Oulun asiantuntijat", party: "564" },
      { category: "services", amount: "550000.00", vat: "132000.00" },
      { category: "travel", amount: "10000.00" },
    ],
    requestedGrant: "816000.00",
  },
};

const caseManagement2019: ApplicationInput = {
  id: "EX-2019-2-02",
  edition: "2019-2",
  submittedAt: "2019-12-19T09:40:00+02:00",
  applicant: municipality("179", "Jyväskylä", "20000.00"),
  participants: [municipality("410", "Laukaa", "5000.00"), municipality("500", "Muurame", "5000.00")],
  project: {
    name: "Yhteinen asianhallintajärjestelmä (fiktiivinen)",
    focusArea: "customerOrientedProcesses",
    // Case management (asianhallinta) was excluded in 2019 call 2 only.
    declarations: { ...NONE_EXCLUDED, caseManagement: true },
    start: "2020-06-01",
    end: "2021-11-30",
    ...contents("siirtyä yhteiseen asianhallintaan", "Jyväskylä", "2020-06-01", "2021-11-30"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "90000.00" },
      { category: "services", amount: "110000.00" },
    ],
    requestedGrant: "170000.00",
  },
};

const honkajoki2020: ApplicationInput = {
  id: "EX-2020-01",
  edition: "2020",
  submittedAt: "2020-10-02T13:45:00+03:00",
  applicant: municipality("609", "Pori", "25400.00"),
  // Honkajoki (099) still existed in 2020; it merged into Kankaanpää on 1.1.2021.
  participants: [municipality("214", "Kankaanpää", "7000.00"), municipality("099", "Honkajoki", "3000.00")],
  project: {
    name: "Sähköiset kokoukset seutukunnassa (fiktiivinen)",
    focusArea: "electronicMeetings",
    declarations: NONE_EXCLUDED,
    start: "2021-01-01",
    end: "2022-10-31",
    ...contents("siirtää toimielinten kokoukset sähköisiksi", "Pori", "2021-01-01", "2022-10-31"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "80000.00" },
      { category: "services", amount: "60000.00", vat: "14400.00" },
    ],
    requestedGrant: "119000.00",
  },
};

const lahti2020: ApplicationInput = {
  id: "EX-2020-02",
  edition: "2020",
  submittedAt: "2020-10-05T12:30:00+03:00",
  applicant: municipality("398", "Lahti", "44000.00"),
  participants: [municipality("111", "Heinola", "15000.00"), municipality("638", "Porvoo", "15000.00")],
  project: {
    name: "Päätösvalmistelun rutiinien automatisointi (fiktiivinen)",
    focusArea: "electronicDecisionMaking",
    declarations: NONE_EXCLUDED,
    start: "2021-01-01",
    end: "2022-10-31",
    ...contents("automatisoida sähköisen päätösvalmistelun rutiinit", "Lahti", "2021-01-01", "2022-10-31"),
  },
  // A request below the cap: 200 000 € of 250 000 € is 80 %.
  budget: {
    lines: [
      { category: "staff", amount: "150000.00" },
      { category: "services", amount: "100000.00", vat: "24000.00" },
    ],
    requestedGrant: "200000.00",
  },
};

const builtEnvironment2021: ApplicationInput = {
  id: "EX-2021-01",
  edition: "2021",
  submittedAt: "2021-05-04T10:30:00+03:00",
  applicant: municipality("179", "Jyväskylä", "73800.00"),
  participants: [
    municipality("410", "Laukaa", "20000.00"),
    municipality("500", "Muurame", "20000.00"),
    municipality("992", "Äänekoski", "20000.00"),
  ],
  project: {
    name: "Sähköinen rakennuslupaprosessi (fiktiivinen)",
    focusArea: "builtEnvironmentServices",
    // A built-environment project: in scope in 2021, excluded in 2019 call 2 and 2020.
    declarations: { ...NONE_EXCLUDED, builtEnvironment: true },
    start: "2021-09-01",
    end: "2023-10-31",
    ...contents("uudistaa rakennuslupaprosessi sähköiseksi ja yhtenäiseksi", "Jyväskylä", "2021-09-01", "2023-10-31"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "120000.00", description: "Jyväskylän rakennusvalvonnan asiantuntijat" },
      { category: "staff", amount: "30000.00", description: "Laukaan rakennusvalvonta", party: "410" },
      { category: "staff", amount: "30000.00", description: "Muuramen rakennusvalvonta", party: "500" },
      { category: "staff", amount: "30000.00", description: "Äänekosken rakennusvalvonta", party: "992" },
      { category: "services", amount: "260000.00", vat: "62400.00" },
      { category: "travel", amount: "6000.00" },
    ],
    requestedGrant: "404600.00",
  },
};

const security2021: ApplicationInput = {
  id: "EX-2021-02",
  edition: "2021",
  submittedAt: "2021-05-04T15:58:00+03:00",
  applicant: municipality("111", "Heinola", "33100.00"),
  participants: [municipality("398", "Lahti", "10000.00"), municipality("016", "Asikkala", "10000.00")],
  project: {
    name: "Kohti digitaalista turvallisuutta (fiktiivinen)",
    focusArea: "digitalSecurity",
    declarations: NONE_EXCLUDED,
    start: "2021-09-01",
    end: "2023-10-31",
    ...contents(
      "varmistaa kuntien toiminnan jatkuvuus digitaalisissa häiriötilanteissa",
      "Heinola",
      "2021-09-01",
      "2023-10-31",
    ),
  },
  budget: {
    lines: [
      { category: "staff", amount: "120000.00" },
      { category: "services", amount: "90000.00", vat: "21600.00" },
    ],
    requestedGrant: "178500.00",
  },
};

const digitisation2021: ApplicationInput = {
  id: "EX-2021-03",
  edition: "2021",
  submittedAt: "2021-05-03T09:15:00+03:00",
  applicant: municipality("740", "Savonlinna", "12000.00"),
  participants: [municipality("491", "Mikkeli", "6000.00")],
  project: {
    name: "Karttakokoelman digitointi (fiktiivinen)",
    focusArea: "builtEnvironmentServices",
    // A project that only digitises material: excluded in 2021 and 2022.
    declarations: { ...NONE_EXCLUDED, digitisationOnly: true },
    start: "2021-09-01",
    end: "2023-06-30",
    ...contents("digitoida kaupunkien karttakokoelmat", "Savonlinna", "2021-09-01", "2023-06-30"),
  },
  budget: {
    lines: [
      { category: "staff", amount: "40000.00" },
      { category: "services", amount: "80000.00" },
    ],
    requestedGrant: "102000.00",
  },
};

/**
 * Example applications to the editions before 2022, two or three each, chosen to show what changed
 * between the calls. Deep-frozen. The 2022 examples are added in `index.ts` from the example call.
 */
export const earlierEditionExamples: { readonly [E in Exclude<EditionId, "2022">]: readonly ExampleApplication[] } =
  /* @__PURE__ */ deepFreeze({
    "2019-1": [
      {
        scenario: "crossEdition",
        note: "A single municipality could apply in 2019 call 1; under the 2022 rules the same application fails.",
        application: kerava2019,
      },
      {
        scenario: "clean",
        note: "A joint project under the financial-administration focus area of 2019 call 1.",
        application: lahti2019,
      },
    ],
    "2019-2": [
      {
        scenario: "clean",
        note: "A joint project of four cities; sent in winter time (UTC+2).",
        application: cities2019,
      },
      {
        scenario: "excludedInEdition",
        note: "Case management (asianhallinta) was excluded in 2019 call 2 only.",
        application: caseManagement2019,
      },
    ],
    "2020": [
      {
        scenario: "crossEdition",
        note: "Honkajoki (099) existed in 2020; under 2021 or 2022 its code fails.",
        application: honkajoki2020,
      },
      { scenario: "clean", note: "A request below the cap: 200 000 € of 250 000 € (80 %).", application: lahti2020 },
    ],
    "2021": [
      {
        scenario: "crossEdition",
        note: "A built-environment project: in scope in 2021, excluded in 2019 call 2 and 2020.",
        application: builtEnvironment2021,
      },
      { scenario: "clean", note: "A digital-security project: 85 % of 210 000 €.", application: security2021 },
      {
        scenario: "digitisationOnly",
        note: "A project that only digitises material, excluded in 2021.",
        application: digitisation2021,
      },
    ],
  });
