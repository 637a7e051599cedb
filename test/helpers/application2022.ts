// The one standard test application: a clean, eligible application to the 2022 call. Every test
// that needs an application starts from it and states what it changes.
import type { ApplicationInput } from "../../src/application/schema.js";
import { parseAmount } from "../../src/money/amount.js";
import { maxAmount, subtractAmounts, sumAmounts } from "../../src/money/arithmetic.js";

type Input = ApplicationInput;
type Project = Input["project"];

/** The standard application as a test may edit it: the fields the clean application fills are always present. */
export interface Application2022 extends Input {
  id: string;
  participants: NonNullable<Input["participants"]>;
  project: Project & { declarations: NonNullable<Project["declarations"]> };
}

/**
 * A fresh, eligible 2022 application, changed by `edit` when given: Lohja (444) leads, Espoo (049)
 * takes part with a joint authority and two partners; 120 000,01 € of staff costs, so the maximum
 * grant is 102 000,00 € (85 %, rounded down), and that is what it asks for. Lohja states the
 * funding share the request leaves (893/2019 6 § 2 mom. 5 k.; 18 000,01 €): after `edit`, unless
 * the edit states a share of its own, the applicant states what the edited budget leaves (all costs
 * with VAT less the request, at least zero), so a changed budget stays clean; {@link withoutShares}
 * takes every share away. Each call builds a new object, so an edit never reaches another test.
 */
export function application2022(edit?: (a: Application2022) => void): Application2022 {
  const a: Application2022 = {
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
      declarations: { socialAndHealthCare: false, digitisationOnly: false, employerSanctions: false },
      start: "2022-08-01",
      end: "2024-09-30",
      objectives: "Tietoaineistojen laadun kuvaaminen ja arviointi.",
      measures: "Laatukriteerit, arviointi ja koulutus.",
      results: "Kuvatut ja arvioidut tietoaineistot.",
      disseminationPlan: "Mallit julkaistaan avoimesti muille kunnille.",
      schedule: "8/2022–9/2024.",
      organisation: "Lohja hallinnoi; ohjausryhmässä kaikki kunnat.",
      relatedProjects: "Jatkaa aiempia tiedolla johtamisen hankkeita.",
      operationalChange: "Laatukriteerit otetaan käyttöön tiedonhallinnan prosesseissa; esihenkilöt johtavat muutosta.",
    },
    budget: {
      lines: [
        { category: "staff", amount: "120000.01", vat: "0.00", description: "Projektipäällikkö ja asiantuntijat" },
      ],
      requestedGrant: "102000.00",
    },
  };
  edit?.(a);
  return statesShares(a);
}

type WithShare = { financing?: unknown };

/** Every party object of an application as a test left it. */
function partiesOf(a: Application2022): WithShare[] {
  const all: unknown[] = [a.applicant, ...(Array.isArray(a.participants) ? a.participants : [])];
  return all.filter((p): p is WithShare => typeof p === "object" && p !== null);
}

/** The applicant states what the budget leaves to finance, unless a party states a share already or an amount does not parse. */
function statesShares(a: Application2022): Application2022 {
  if (partiesOf(a).some((p) => "financing" in p)) return a;
  const amounts: string[] = [];
  const read = (value: unknown) => {
    const r = parseAmount(value ?? "0.00");
    if (r.success) amounts.push(r.data);
    return r.success;
  };
  const lines: unknown = a.budget?.lines;
  if (!Array.isArray(lines)) return a;
  for (const l of lines) {
    if (typeof l !== "object" || l === null || !read((l as WithAmount).amount) || !read((l as WithAmount).vat))
      return a;
  }
  const requested = parseAmount(a.budget.requestedGrant);
  if (!requested.success || typeof a.applicant !== "object" || a.applicant === null) return a;
  (a.applicant as WithShare).financing = maxAmount(subtractAmounts(sumAmounts(amounts), requested.data), "0.00");
  return a;
}

type WithAmount = { amount?: unknown; vat?: unknown };

/** The application with no party stating a funding share (`contents.funding` is then missing). */
export function withoutShares(a: Application2022): Application2022 {
  for (const p of partiesOf(a)) delete p.financing;
  return a;
}
