import type { EditionId } from "../../vocabulary/codes.js";
import type { CallEdition } from "../schema.js";
import { BUDGET_2019, BUDGET_2021, BUDGET_2023 } from "./sources.js";

/**
 * Values from the state budget (talousarvio), momentti 28.90.32. A budget year's values are shared
 * by the calls financed from it.
 */

const ITEM = "28.90.32";

/** Momentti 28.90.32 in the 2019 budget, which financed both 2019 calls. */
export const BUDGET_ITEM_2019: CallEdition["budgetItem"] = {
  value: ITEM,
  citation: BUDGET_2019,
  certainty: "sourced",
  note: {
    fi: "Vuoden 2019 talousarviossa (HE 123/2018) nimellä 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)'.",
    sv: "I budgeten för 2019 (RP 123/2018) med namnet 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)' (statsunderstöd till kommunernas incitamentssystem, reservationsanslag 3 år).",
    en: "Named 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)' in the 2019 budget (HE 123/2018).",
  },
};

/** Momentti 28.90.32 as the 2021 budget shows it, with the 2020 history lines. */
export const BUDGET_ITEM_2021: CallEdition["budgetItem"] = {
  value: ITEM,
  citation: BUDGET_2021,
  certainty: "sourced",
  note: {
    fi: "Nimellä 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)'; vuoden 2021 talousarviossa on myös momentin vuoden 2020 luvut.",
    sv: "Med namnet 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)' (statsunderstöd till kommunernas incitamentssystem, reservationsanslag 3 år); budgeten för 2021 anger också momentets siffror för 2020.",
    en: "Named 'Valtionavustus kuntien kannustinjärjestelmiin (siirtomääräraha 3 v)'; the 2021 budget also lists the 2020 figures of the item.",
  },
};

/** Momentti 28.90.32 for 2022, as the 2023 budget proposal's table shows it. */
export const BUDGET_ITEM_2022: CallEdition["budgetItem"] = {
  value: ITEM,
  citation: BUDGET_2023,
  certainty: "sourced",
  note: {
    fi: "Vuoden 2023 talousarvioesityksen taulukossa nimellä 'Valtionavustus kuntien digitalisaation kannustinjärjestelmään', ja siinä vuoden 2022 TA on 10 M€; vuoden 2022 talousarviosivua ei löytynyt.",
    sv: "Tabellen i budgetpropositionen för 2023 kallar det 'Valtionavustus kuntien digitalisaation kannustinjärjestelmään' (statsunderstöd till incitamentssystemet för kommunernas digitalisering) och visar 10 M€ i budgeten för 2022; själva budgetsidan för 2022 hittades inte.",
    en: "The 2023 budget proposal's table names it 'Valtionavustus kuntien digitalisaation kannustinjärjestelmään' and shows 2022 TA 10 M€; the 2022 budget page itself was not found.",
  },
};

/**
 * The 30 M€ of the 2019 budget, one pool for both 2019 calls. Each 2019 edition carries the whole
 * pool and names the other in `sharedWith`, so the two amounts must never be added together.
 */
export function pool2019(other: EditionId): CallEdition["appropriation"] {
  return {
    value: { amount: "30000000.00", sharedWith: [other] },
    citation: BUDGET_2019,
    certainty: "sourced",
    note: {
      fi: "Yksi 30 M€:n määräraha (siirtomääräraha 3 v) rahoitti molemmat vuoden 2019 haut; summa on yhteinen potti eikä se, mitä tämä haku yksin saattoi myöntää, eikä jakoa hakujen kesken julkaistu. Rahat siirrettiin momentilta 28.90.30 eli rahoitettiin leikkaamalla kunnan peruspalvelujen valtionosuutta (VaVM 28/2018).",
      sv: "Ett anslag på 30 M€ (reservationsanslag 3 år) finansierade båda utlysningarna 2019; beloppet är den gemensamma potten, inte vad denna utlysning ensam kunde bevilja, och fördelningen mellan utlysningarna publicerades inte. Medlen överfördes från moment 28.90.30, dvs. finansierades genom att statsandelen för kommunal basservice skars ned (FiUB 28/2018).",
      en: "One 30 M€ appropriation (siirtomääräraha 3 v) funded both 2019 calls; the amount is the shared pool, not what this call alone could grant, and the split between the calls was not published. The money was transferred from momentti 28.90.30, i.e. financed by cutting the municipal basic-services state share (VaVM 28/2018).",
    },
  };
}
