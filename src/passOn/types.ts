import type { PartyBudget } from "../assess/types.js";
import type { Certainty } from "../editions/cited.js";
import type { RecipientModel } from "../editions/recipients.js";
import type { Amount } from "../money/amount.js";
import type { MessageCode } from "../messages/catalogue.js";
import type { EditionId, PartyType } from "../vocabulary/codes.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { AllocationIssue } from "../scoring/issue.js";

/** Options of {@link passOnPlan}. */
export interface PassOnOptions {
  /** The language of the messages and issues; Finnish by default. */
  readonly locale?: Locale;
  /**
   * The recipient model: `administrator` (the hankehallinnoija receives and passes on) or `joint`
   * (the municipalities named receive together). Default the edition's `recipients`; required where
   * the edition's is not known (2019-1, 2019-2), and never guessed.
   */
  readonly recipientModel?: RecipientModel;
}

/** Why a pass-on plan could not be made: a coded issue in the caller's language. */
export type PassOnIssue = AllocationIssue;

/**
 * How a party gets its share: `kept` by the administrator for its own costs, `received` by a joint
 * recipient, or `passedOn` to it under an agreement (688/2001 7 § 3 mom.).
 */
export type Receipt = "kept" | "received" | "passedOn";

/**
 * A non-municipal party that would receive more than half of a procurement's value from the grant:
 * it becomes a contracting entity itself (hankintayksikkö, hankintalaki 1397/2016 5 § 1 mom. 5 k.).
 */
export interface ContractingEntityNote {
  /** The budget line of the procurement (its index in the application's `budget.lines`). */
  readonly line: number;
  /** The procurement's VAT-free value. */
  readonly value: Amount;
  /**
   * What of it the grant would pay: the value × the party's share ÷ its eligible costs, rounded down
   * to the cent; the procurement is counted as one of its eligible costs (a line left out of them,
   * such as services not used solely for the project, the grant does not pay, and the note overstates).
   */
  readonly fromGrant: Amount;
  /** `"1397/2016 5 § 1 mom. 5 kohta"`. */
  readonly citation: string;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The note in the plan's language. */
  readonly message: string;
}

/** One party's line of a pass-on plan. */
export interface PassOnShare {
  /** How budget lines name it: a municipality code or a business ID; `null` for a party with neither. */
  readonly key: string | null;
  /** `applicant`, `participant`, `onBehalfOf` (a member municipality a joint authority applies for) or `unnamed`. */
  readonly role: PartyBudget["role"];
  /** Its party type; `null` for an unnamed key. */
  readonly type: PartyType | null;
  /** Its name for readers. */
  readonly name: string;
  /** Its eligible VAT-free costs, which its share is in proportion to. */
  readonly eligibleCosts: Amount;
  /** Its share of the grant, exact to the cent. */
  readonly amount: Amount;
  /** How it gets the share. */
  readonly receipt: Receipt;
  /** The provision the line rests on. */
  readonly citation: string;
  /** The message code. */
  readonly messageCode: MessageCode;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The line in the plan's language. */
  readonly message: string;
  /** Procurements of this party that would make it a contracting entity; empty for most. */
  readonly contractingEntity: readonly ContractingEntityNote[];
}

/**
 * How a joint project's grant is shared among its parties: each party's share in proportion to its
 * eligible costs (largest remainder, ties to the party named first), what the recipients keep and
 * what is passed on. A proposal for the agreement of 688/2001 7 § 3 mom., not a decision.
 */
export interface PassOnPlan {
  /** The edition whose recipient model applies. */
  readonly edition: EditionId;
  /** The language of the messages. */
  readonly locale: Locale;
  /** The grant shared out. */
  readonly granted: Amount;
  /** The recipient model, where it comes from, and how certain it is. */
  readonly recipients: {
    readonly model: RecipientModel;
    /** `edition` (the edition's `recipients`) or `option` (the caller's `recipientModel`). */
    readonly source: "edition" | "option";
    /** The edition node's certainty; `sourced` when the caller gave the model. */
    readonly certainty: Certainty;
    /** The edition node's citation, or the statute's provision of the caller's model. */
    readonly citation: string;
  };
  /** The project's eligible costs, which the shares are in proportion to. */
  readonly eligibleCosts: Amount;
  /** One line per party, in party order; the amounts add up exactly to `granted`. */
  readonly shares: readonly PassOnShare[];
  /** What the recipients keep or receive themselves. */
  readonly kept: Amount;
  /** What is passed on to the other parties; `kept + passedOn = granted`. */
  readonly passedOn: Amount;
  /** The provisions of the plan. */
  readonly citation: string;
}
