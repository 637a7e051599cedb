// Until h12a's milestone: the shared contract's types of issue #12, verbatim (/work/briefs/h12-contract.md).
import type { PartyBudget } from "../assess/types.js";
import type { RecipientModel } from "../editions/recipients.js";
import type { Amount } from "../money/amount.js";
import type { Receipt } from "../passOn/types.js";
import type { CalendarDate } from "../time/instant.js";
import type { BudgetCategory, ConditionCode, EditionId, PartyType } from "../vocabulary/codes.js";

export type PaymentScheme = "instalments" | "afterReport";
export interface Instalment {
  readonly due: CalendarDate;
  readonly amount: Amount;
}
export interface DecisionTerms {
  readonly id: string | null;
  readonly edition: EditionId;
  readonly decidedOn: CalendarDate;
  readonly recipients: { readonly model: RecipientModel; readonly parties: readonly TermsParty[] };
  readonly maximum: Amount;
  readonly eligibleCosts: Amount;
  readonly rate: string;
  readonly categories: readonly BudgetCategory[];
  readonly income: "reducesCosts" | "noEffect";
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly conditions: readonly ConditionCode[];
  readonly reportMonths: number | null;
  readonly payment: {
    readonly scheme: PaymentScheme;
    readonly instalments: readonly Instalment[];
    readonly advance: Amount;
  };
}
export interface TermsParty {
  readonly key: string | null;
  readonly role: PartyBudget["role"];
  readonly type: PartyType | null;
  readonly name: string;
  readonly eligibleCosts: Amount;
  readonly share: Amount;
  readonly receipt: Receipt;
}
export type Payment = { readonly on: CalendarDate; readonly amount: Amount };
