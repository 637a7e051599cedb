// Applications to the 2022 call that pass every rule, for allocating end to end through `assess`.
import type { ApplicationInput } from "../../src/application/schema.js";

/** A clean 2022 application: Lahti (398) with Heinola (111) and Porvoo (638), one staff line. */
export function application2022(name: string, staff: string, requested: string): ApplicationInput {
  return {
    edition: "2022",
    submittedAt: "2022-04-20T12:00:00+03:00",
    applicant: { type: "municipality", code: "398", name: "Lahti" },
    participants: [
      { type: "municipality", code: "111", name: "Heinola" },
      { type: "municipality", code: "638", name: "Porvoo" },
    ],
    project: {
      name,
      focusArea: "dataQuality",
      declarations: { socialAndHealthCare: false, digitisationOnly: false },
      start: "2022-09-01",
      end: "2024-06-30",
      objectives: "Kuntien tietoaineistojen laatu kuvataan, arvioidaan ja sitä kehitetään osana tiedonhallintaa.",
      measures: "Laatukriteerit, arviointi, korjaavat toimet ja henkilöstön koulutus.",
      results: "Yhteinen laatumalli ja parantunut tietojen laatu kaikissa kunnissa.",
      disseminationPlan: "Malli julkaistaan avoimesti; käsitteet julkaistaan yhteentoimiva.suomi.fi-palvelussa.",
      schedule: "9/2022–6/2024.",
      organisation: "Hankehallinnoija Lahti; ohjausryhmässä jokaisen kunnan edustaja.",
      relatedProjects: "Hyödyntää aiempien digikannustinhankkeiden tuloksia.",
    },
    budget: { lines: [{ category: "staff", amount: staff }], requestedGrant: requested },
  };
}
