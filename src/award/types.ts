import type { PartyBudget } from "../assess/types.js";
import type { RecipientModel } from "../editions/recipients.js";
import type { Amount } from "../money/amount.js";
import type { Receipt } from "../passOn/types.js";
import type { CalendarDate } from "../time/instant.js";
import type { BudgetCategory, ConditionCode, EditionId, PartyType } from "../vocabulary/codes.js";

/**
 * How the grant is paid (688/2001 12 §): `instalments` in one or more instalments by when the costs
 * fall (1 mom.), or `afterReport` on the realised costs once an acceptable report has been given (2 mom.).
 */
export type PaymentScheme = "instalments" | "afterReport";

/** One instalment of the payment scheme (maksuerä, 688/2001 12 § 1 mom.). */
export interface Instalment {
  /** The date from which the instalment may be paid. */
  readonly due: CalendarDate;
  /** Its amount, a decimal string. */
  readonly amount: Amount;
}

/** One party of the terms, in the assessment's party order. */
export interface TermsParty {
  /** How budget lines name it: a municipality code or a business ID; `null` for a party with neither. */
  readonly key: string | null;
  /** `applicant`, `participant`, `onBehalfOf` or `unnamed`. */
  readonly role: PartyBudget["role"];
  /** Its party type; `null` for an unnamed key. */
  readonly type: PartyType | null;
  /** Its name for readers. */
  readonly name: string;
  /** Its eligible VAT-free costs accepted in the decision. */
  readonly eligibleCosts: Amount;
  /** Its share of the maximum (the pass-on plan of the maximum). */
  readonly share: Amount;
  /** How it gets the share: `kept`, `received` or `passedOn` (688/2001 7 § 3 mom.). */
  readonly receipt: Receipt;
}

/**
 * What a grant decision fixes (valtionavustuspäätös, 688/2001 11 § 2–3 mom.; 893/2019 3–9 §). Plain
 * JSON data, every amount a decimal string, every date a calendar date `YYYY-MM-DD`.
 */
export interface DecisionTerms {
  /** The application's id; `null` when it had none. */
  readonly id: string | null;
  /** The call edition the grant was awarded in. */
  readonly edition: EditionId;
  /** The decision date; its year is the grant year of 688/2001 29 § 1 mom. */
  readonly decidedOn: CalendarDate;
  /** The recipients (valtionavustuksen saaja, 688/2001 11 § 2 mom. 1 k.). */
  readonly recipients: {
    /** `administrator` (the hankehallinnoija receives and passes on) or `joint`. */
    readonly model: RecipientModel;
    /** The parties, in the assessment's party order. */
    readonly parties: readonly TermsParty[];
  };
  /** The decided maximum (valtionavustuksen enimmäismäärä, 688/2001 11 § 2 mom. 3 k.). */
  readonly maximum: Amount;
  /** The eligible costs accepted in the decision (hyväksyttävät kustannukset, 688/2001 11 § 3 mom. 1 k.). */
  readonly eligibleCosts: Amount;
  /** The share of realised eligible costs the grant may cover, e.g. `"0.85"` (at most the edition's, 893/2019 4 §). */
  readonly rate: string;
  /** The cost categories that count: the edition's eligible and conditional ones (893/2019 5 §). */
  readonly categories: readonly BudgetCategory[];
  /** The effect of project income on the grant (688/2001 11 § 3 mom. 3 k.). */
  readonly income: "reducesCosts" | "noEffect";
  /** The period of use (käyttöaika, 688/2001 11 § 3 mom. 4 k.), both days included. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The conditions of use (893/2019 7 §). */
  readonly conditions: readonly ConditionCode[];
  /**
   * The report deadline in months from the end of the project (893/2019 9 §); `null` when the decision
   * set none (then 688/2001 29 § 1 mom. decides when the right to payment lapses).
   */
  readonly reportMonths: number | null;
  /** How the grant is paid (688/2001 12 §). */
  readonly payment: {
    /** The scheme. */
    readonly scheme: PaymentScheme;
    /** For `instalments`: by when costs fall, their sum at most the maximum; `[]` for `afterReport`. */
    readonly instalments: readonly Instalment[];
    /** An advance the decision allows (ennakko, 688/2001 12 § 3 mom.); `"0.00"` = none. */
    readonly advance: Amount;
  };
}

/** Something that happened to a granted grant, as plain data (#13 adds change and recovery events). */
export type GrantEvent =
  /** A payment of the grant or of an instalment. */
  | { readonly kind: "payment"; readonly on: CalendarDate; readonly amount: Amount }
  /** The final report (valtionavustusselvitys, 893/2019 9 §) was received. */
  | { readonly kind: "reportReceived"; readonly on: CalendarDate }
  /** Payment was suspended (maksatuksen keskeytys, 688/2001 19 §). */
  | { readonly kind: "suspended"; readonly on: CalendarDate }
  /** Payment was resumed after a suspension. */
  | { readonly kind: "resumed"; readonly on: CalendarDate }
  /** The grant was settled (lopputilitys) at its final amount. */
  | { readonly kind: "settled"; readonly on: CalendarDate; readonly finalGrant: Amount }
  /** A change was decided (688/2001 14 §): the amended terms apply from its date (`assessChange` gives them). */
  | { readonly kind: "changeDecided"; readonly on: CalendarDate; readonly terms: DecisionTerms }

  /** A decision to recover the grant, its principal (688/2001 21–22 §; `recover`). */
  | { readonly kind: "recoveryDecided"; readonly on: CalendarDate; readonly amount: Amount };

/** A payment made (the same shape as the payment event). */
export type Payment = { readonly on: CalendarDate; readonly amount: Amount };
