import type { EditionId } from "../vocabulary/codes.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { Cited } from "./cited.js";
import { BUDGET_2019, BUDGET_2021, BUDGET_2023 } from "./data/sources.js";

/**
 * How long the appropriation that financed a call can be used: momentti 28.90.32 is a three-year
 * transferable appropriation (siirtomääräraha 3 v), usable in its budget year and the two years
 * after it (valtion talousarviosta annettu laki 423/1988 7 § 2 mom.).
 */
export interface AppropriationUse {
  /** The budget year (talousarviovuosi) whose appropriation financed the call. */
  readonly budgetYear: number;
  /** The last year in which that appropriation can be used: the budget year + 2. */
  readonly lastYear: number;
}

/** The provision of the three-year transferable appropriation. */
export const TRANSFERABLE_3V = "423/1988 7 § 2 mom.";

const STATUTE_NOTE = {
  fi: "Siirtomääräraha 3 v: talousarviovuosi ja kaksi sitä seuraavaa vuotta. Lain 423/1988 alkuperäinen sanamuoto (7 § 3 mom.) oli toinen; voimassa olevaa sanamuotoa ei luettu tallennetusta lähteestä.",
  sv: "Reservationsanslag 3 år: budgetåret och de två följande åren. Den ursprungliga lydelsen av lag 423/1988 (7 § 3 mom.) var en annan; den gällande lydelsen lästes inte ur en lagrad källa.",
  en: "Transferable appropriation 3 v: the budget year and the two following years. The original wording of 423/1988 (7 § 3 mom.) differed; the wording in force was not read from a stored source.",
};

/**
 * The last year of use of each edition's appropriation, cited. The "3 v" of momentti 28.90.32 is in
 * the 2019 and 2021 budgets (sourced); for 2020 (shown only as history lines of the 2021 budget) and
 * 2022 (its budget page was not found) it is inferred.
 */
export const APPROPRIATION_USE: Readonly<Record<EditionId, Cited<AppropriationUse>>> = deepFreeze({
  "2019-1": {
    value: { budgetYear: 2019, lastYear: 2021 },
    citation: `${TRANSFERABLE_3V}; ${BUDGET_2019}`,
    certainty: "sourced",
    note: STATUTE_NOTE,
  },
  "2019-2": {
    value: { budgetYear: 2019, lastYear: 2021 },
    citation: `${TRANSFERABLE_3V}; ${BUDGET_2019}`,
    certainty: "sourced",
    note: STATUTE_NOTE,
  },
  "2020": {
    value: { budgetYear: 2020, lastYear: 2022 },
    citation: `${TRANSFERABLE_3V}; ${BUDGET_2021}`,
    certainty: "inferred",
    note: {
      fi: "Vuoden 2021 talousarvio näyttää vuoden 2020 luvut mutta ei vuoden 2020 momentin tekstiä; siirtomääräraha 3 v on päätelty vuosista 2019 ja 2021.",
      sv: "Budgeten för 2021 visar siffrorna för 2020 men inte momentets text för 2020; reservationsanslag 3 år är härlett ur åren 2019 och 2021.",
      en: "The 2021 budget shows the 2020 figures but not the item's 2020 text; the 3 v is inferred from 2019 and 2021.",
    },
  },
  "2021": {
    value: { budgetYear: 2021, lastYear: 2023 },
    citation: `${TRANSFERABLE_3V}; ${BUDGET_2021}`,
    certainty: "sourced",
    note: STATUTE_NOTE,
  },
  "2022": {
    value: { budgetYear: 2022, lastYear: 2024 },
    citation: `${TRANSFERABLE_3V}; ${BUDGET_2023}`,
    certainty: "inferred",
    note: {
      fi: "Vuoden 2022 talousarviosivua ei löytynyt; siirtomääräraha 3 v on päätelty vuosista 2019 ja 2021, ja se selittää käyttöajan päättymisen syyskuussa 2024.",
      sv: "Budgetsidan för 2022 hittades inte; reservationsanslag 3 år är härlett ur åren 2019 och 2021 och förklarar att användningstiden slutar i september 2024.",
      en: "The 2022 budget page was not found; the 3 v is inferred from 2019 and 2021, and explains the end of use in September 2024.",
    },
  },
});
