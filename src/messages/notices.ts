// The notices' messages: cited advice beside the findings, which never changes the status.
import type { Amount } from "../money/amount.js";
import { formatAmount as eur } from "../money/format.js";
import type { BudgetCategory, PartyType } from "../vocabulary/codes.js";
import { defineMessages } from "../vocabulary/locale.js";
import { BUDGET_CATEGORY_WORDS, PARTY_TYPE_IN_SENTENCE, wordFor } from "../vocabulary/words.js";

/** A budget line that reaches the national procurement threshold (hankintalaki 1397/2016 25 §). */
type ThresholdP = {
  /** The index of the line in `budget.lines`. */
  readonly line: number;
  /** The key of the party that bears it; `null` for an applicant without a code or business ID. */
  readonly party: string | null;
  /** That party's name for readers. */
  readonly partyName: string;
  /** Its kind of party; `null` when no party of the application answers to the key. */
  readonly partyType: PartyType | null;
  /** Whether the party is a contracting entity by what it is (a municipality or joint authority, 5 § 1 mom. 1 k.). */
  readonly contractingEntity: boolean;
  readonly category: BudgetCategory;
  /** The line's VAT-free amount. */
  readonly amount: Amount;
  /** The national threshold for goods and services. */
  readonly threshold: Amount;
};

const what = (p: ThresholdP, locale: "fi" | "sv" | "en") =>
  p.partyType === null ? p.partyName : `${p.partyName} (${wordFor(PARTY_TYPE_IN_SENTENCE, p.partyType, locale)})`;

/** Messages of the notices. */
export const noticeMessages = defineMessages({
  "procurement.nationalThreshold": {
    fi: (p: ThresholdP) =>
      `Budjettirivi budget.lines[${p.line}] (${wordFor(BUDGET_CATEGORY_WORDS, p.category, "fi")}, ${eur(p.amount, "fi")} ilman arvonlisäveroa) yltää hankintalain kansalliseen kynnysarvoon ${eur(p.threshold, "fi")}. ${
        p.contractingEntity
          ? `Sen kantaja ${what(p, "fi")} on hankintayksikkö, joten hankinta on kilpailutettava hankintalain mukaan.`
          : `Sen kantaja ${what(p, "fi")} ei ole kunta eikä kuntayhtymä; siitä tulee hankintayksikkö, jos se saa hankinnan arvosta yli puolet tukena (1397/2016 5 § 1 mom. 5 kohta).`
      } Tämä on tiedoksi eikä vaikuta arvioon.`,
    sv: (p: ThresholdP) =>
      `Budgetraden budget.lines[${p.line}] (${wordFor(BUDGET_CATEGORY_WORDS, p.category, "sv")}, ${eur(p.amount, "sv")} utan mervärdesskatt) når upphandlingslagens nationella tröskelvärde ${eur(p.threshold, "sv")}. ${
        p.contractingEntity
          ? `Den som bär kostnaden, ${what(p, "sv")}, är en upphandlande enhet, så upphandlingen ska konkurrensutsättas enligt upphandlingslagen.`
          : `Den som bär kostnaden, ${what(p, "sv")}, är varken kommun eller samkommun; den blir en upphandlande enhet om den får mer än hälften av upphandlingens värde i stöd (1397/2016 5 § 1 mom. 5 punkten).`
      } Detta är för kännedom och påverkar inte bedömningen.`,
    en: (p: ThresholdP) =>
      `Budget line budget.lines[${p.line}] (${wordFor(BUDGET_CATEGORY_WORDS, p.category, "en")}, ${eur(p.amount, "en")} without VAT) reaches the national procurement threshold of ${eur(p.threshold, "en")} (Act on Public Procurement and Concession Contracts 1397/2016). ${
        p.contractingEntity
          ? `The party that bears it, ${what(p, "en")}, is a contracting entity, so the procurement must be put out to tender under that Act.`
          : `The party that bears it, ${what(p, "en")}, is neither a municipality nor a joint municipal authority; it becomes a contracting entity if it receives more than half of the procurement's value as support (1397/2016 5 § 1 mom. 5 kohta).`
      } This is for information and does not change the assessment.`,
  },
});
