import { expect } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { AssessOptions, Assessment, Finding } from "../../src/assess/types.js";

/**
 * A typical, eligible 2022 application, as a caller sends it: Lohja leads, Espoo takes part, a
 * joint authority and two partners; 120 000,01 € of staff costs, so the maximum grant is
 * 102 000,00 € (85 %, rounded down), and that is what it asks for.
 */
export const BASE_2022 = {
  id: "T-2022-1",
  edition: "2022",
  submittedAt: "2022-04-25T15:30:00+03:00",
  applicant: { type: "municipality", code: "444", name: "Lohja" },
  participants: [
    { type: "municipality", code: "049", name: "Espoo" },
    { type: "jointAuthority", businessId: "0201256-6", name: "Länsi-Uudenmaan tietohallintokuntayhtymä" },
    { type: "association", name: "Kuntaliitto", businessId: "0123456-2" },
    { type: "company", name: "Data Oy" },
  ],
  project: {
    name: "Tiedon laatu kuntien tiedonhallinnassa",
    focusArea: "dataQuality",
    declarations: { socialAndHealthCare: false, digitisationOnly: false },
    start: "2022-08-01",
    end: "2024-09-30",
    objectives: "Tietoaineistojen laadun kuvaaminen ja arviointi.",
    measures: "Laatukriteerit, arviointi ja koulutus.",
    results: "Kuvatut ja arvioidut tietoaineistot.",
    disseminationPlan: "Mallit julkaistaan avoimesti muille kunnille.",
    schedule: "8/2022–9/2024.",
    organisation: "Lohja hallinnoi; ohjausryhmässä kaikki kunnat.",
    relatedProjects: "Jatkaa aiempia tiedolla johtamisen hankkeita.",
  },
  budget: {
    lines: [{ category: "staff", amount: "120000.01", vat: "0.00", description: "Projektipäällikkö ja asiantuntijat" }],
    requestedGrant: "102000.00",
  },
};

/** A deep copy of the base application (or another one), changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the tests reshape the input freely, as an untyped caller would.
export function variant<T extends object = typeof BASE_2022>(edit: (a: any) => void, base: T = BASE_2022 as T): T {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

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
