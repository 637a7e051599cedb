// One builder of the standard 2022 terms and final report of the report and settlement tests.
import { readFileSync } from "node:fs";
import type { DecisionTerms } from "../../src/award/types.js";
import type { FinalReportInput } from "../../src/index.js";

const terms = JSON.parse(readFileSync(new URL("./settlement/terms-2022.json", import.meta.url), "utf8"));

/** The 2022 terms of test/award/settlement/terms-2022.json (Lohja and Espoo, 85 000 €, 85 %), with changes. */
export function terms2022(changes: Partial<DecisionTerms> = {}): DecisionTerms {
  return { ...structuredClone(terms), ...changes };
}

/** A complete final report under {@link terms2022}: 100 000 € of accepted costs, given in time. */
export function report2022(changes: Partial<FinalReportInput> = {}): FinalReportInput {
  return {
    submittedOn: "2024-11-29",
    results: "Sähköinen päätöksenteko otettiin käyttöön.",
    waysOfWorking: "Kokoukset pidetään etänä.",
    usability: "Mallit on julkaistu muiden kuntien käyttöön.",
    implementation: "Hanke toteutettiin suunnitelman mukaan.",
    costs: [
      { category: "staff", amount: "40000.00", date: "2023-03-31", party: "444" },
      { category: "services", amount: "20000.00", vat: "4800.00", date: "2024-05-31", party: "444" },
      { category: "staff", amount: "40000.00", date: "2023-12-31", party: "049" },
    ],
    auditorStatement: { present: true, auditor: "KPMG Oy Ab", date: "2024-11-20" },
    separateAccounting: true,
    dissemination: ["https://kuntaliitto.fi/esimerkki"],
    ...changes,
  };
}
