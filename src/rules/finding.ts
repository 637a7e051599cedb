// What a rule concludes and the money it reads: the rules' own vocabulary, re-exported by the assessment.
import type { AssessmentMessageCode } from "../messages/assessment.js";
import type { ParamsOf } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";

/** What one rule concluded: passed, failed, needs a human (`review`), or lacks an answer (`missing`). */
export type Outcome = "pass" | "fail" | "review" | "missing";

/** A JSON value, for the values a finding read. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The finding of one verdict of one rule: its rule id, outcome and message code are literals, and
 * its parameters are those of that message code.
 */
export interface FindingOf<R extends string, O extends Outcome, C extends AssessmentMessageCode> {
  /** The stable rule id, `family.name`, e.g. `"consortium.minMunicipalities"`. */
  readonly rule: R;
  /** What the rule concluded. */
  readonly outcome: O;
  /** The provision or call page the rule rests on, e.g. `"893/2019 4 §"`. */
  readonly citation: string;
  /** The values the rule read, e.g. `{ municipalities: 1, minimum: 2 }`. */
  readonly values: { readonly [key: string]: JsonValue };
  /** The message code, so callers can render their own text. */
  readonly messageCode: C;
  /** The message parameters, typed by the message code. */
  readonly params: ParamsOf<C>;
  /** The message in the chosen language. */
  readonly message: string;
}

/** The money of an application under an edition's rules; every amount a decimal string. */
export interface BudgetSummary {
  /** All VAT-free costs of the budget lines. */
  readonly totalCosts: Amount;
  /** The VAT-free costs that count toward the grant, conditional ones included (893/2019 5 §). */
  readonly eligibleCosts: Amount;
  /** Of the eligible costs, those whose eligibility a human must confirm (software licences, internal charges). */
  readonly conditionalCosts: Amount;
  /** The VAT-free costs that never count (equipment, tangible investments: 893/2019 5 § 2 mom.). */
  readonly ineligibleCosts: Amount;
  /** VAT on all lines; never eligible (893/2019 4 §). */
  readonly vat: Amount;
  /** The rate used, e.g. `"0.85"`. */
  readonly rate: string;
  /** The maximum grant: `rate` × eligible costs, rounded down to the cent. */
  readonly maxGrant: Amount;
  /** The grant applied for. */
  readonly requestedGrant: Amount;
  /** The applicants' own financing (omarahoitus): all costs, VAT included, less the grant that can be awarded (min(requested, maxGrant)); never negative. */
  readonly ownShare: Amount;
}

/**
 * How to treat a municipality of Åland (Ahvenanmaa). No call says whether Åland's municipalities
 * may take part (the editions' `eligibility.alandMunicipalities` is not found), so the caller chooses:
 * - `review` (default): a human decides; the finding is `review`, and they make up the minimum
 *   number of municipalities only with a `review`;
 * - `allow`: they count like any other municipality;
 * - `deny`: they cannot take part: `consortium.members` fails, and they do not count.
 */
export type AlandPolicy = "allow" | "review" | "deny";
