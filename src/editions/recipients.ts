import { deepFreeze } from "../vocabulary/freeze.js";
import type { LocalizedText } from "./cited.js";

/**
 * Who receives a joint project's grant (893/2019 3 §), the two models the statute allows:
 * - `administrator`: the municipality or joint municipal authority that answers for the whole
 *   project (hankehallinnoija, projektadministratör) receives the whole grant (3 § 2 mom.) and passes
 *   money on to the other implementers under an agreement (688/2001 7 § 3 mom.);
 * - `joint`: the municipalities named receive it together (3 § 1 mom.), jointly and severally liable
 *   for its return and recovery (688/2001 27 §).
 */
export const RECIPIENT_MODELS = Object.freeze(["administrator", "joint"] as const);

/** A recipient model: `administrator` (hankehallinnoija) or `joint` (yhteinen avustus). */
export type RecipientModel = (typeof RECIPIENT_MODELS)[number];

/** Whether a value is a {@link RecipientModel}. */
export function isRecipientModel(value: unknown): value is RecipientModel {
  return value === "administrator" || value === "joint";
}

/** Each model in a few words, for readers, with the provision it rests on. */
export const RECIPIENT_MODEL_TITLES: Readonly<Record<RecipientModel, LocalizedText>> = deepFreeze({
  administrator: {
    fi: "hankehallinnoija saa koko avustuksen ja siirtää siitä osan muille toteuttajille sopimuksella (893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.)",
    sv: "projektadministratören får hela understödet och överför en del av det till de andra genomförarna genom avtal (893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.)",
    en: "the administrator (hankehallinnoija) receives the whole grant and passes money on to the other implementers under an agreement (893/2019 3 § 2 mom.; 688/2001 7 § 3 mom.)",
  },
  joint: {
    fi: "hakemuksessa nimetyt kunnat saavat avustuksen yhdessä ja vastaavat sen palauttamisesta ja takaisinperinnästä yhteisvastuullisesti (893/2019 3 § 1 mom.; 688/2001 27 §)",
    sv: "de kommuner som nämns i ansökan får understödet tillsammans och har solidariskt ansvar för återbetalning och återkrav (893/2019 3 § 1 mom.; 688/2001 27 §)",
    en: "the municipalities named in the application receive the grant together, jointly and severally liable for its return and recovery (893/2019 3 § 1 mom.; 688/2001 27 §)",
  },
});
