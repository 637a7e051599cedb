// What a rule concludes and the money it reads: the rules' own vocabulary, re-exported by the assessment.
import type { AssessmentMessageCode } from "../messages/assessment.js";
import type { ParamsOf } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import type { PartyType } from "../vocabulary/codes.js";

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
  /**
   * The same money party by party (893/2019 6 § 2 mom. 4–5 k.: the participants and their funding
   * shares), in the party order: the applicant, the participants in input order, the member
   * municipalities a joint authority applies for that are not already named, then keys of lines
   * that name no party, in the order of their first line. Every column sums exactly to the figure above.
   */
  readonly parties: readonly PartyBudget[];
}

// A type, not an interface, so that it is a JSON value as the rest of the summary is.
/**
 * One party's share of the budget (osallistujatahon kustannukset ja rahoitusosuus). A line belongs to
 * the party its `party` key names (the first one, if two share the key), a line without one to the applicant.
 */
export type PartyBudget = {
  /** How lines name it: a municipality code or a business ID; `null` for a party with neither (it bears no line). */
  readonly key: string | null;
  /**
   * Where it stands: `applicant` (hakija), `participant` (osatoteuttaja), `onBehalfOf` (a member
   * municipality a joint authority applies for) or `unnamed` (a line's key that no party answers to).
   */
  readonly role: "applicant" | "participant" | "onBehalfOf" | "unnamed";
  /** Its kind of party; `"municipality"` for `onBehalfOf`; `null` for `unnamed`. */
  readonly type: PartyType | null;
  /** The name for readers: the register's Finnish name of a municipality when known, else the stated name, else the key. */
  readonly name: string;
  /** All VAT-free costs of its lines (eligible + ineligible). */
  readonly totalCosts: Amount;
  /** Its VAT-free costs that count toward the grant, conditional ones included (893/2019 5 §). */
  readonly eligibleCosts: Amount;
  /** Its VAT-free costs that never count, and those left out by an answer `false` to their condition. */
  readonly ineligibleCosts: Amount;
  /** The VAT on its lines; never eligible (893/2019 4 §). */
  readonly vat: Amount;
  /** Its stated own financing share (893/2019 6 § 2 mom. 5 k.); `null` when it stated none. */
  readonly financing: Amount | null;
  /**
   * Its share of the maximum grant, in proportion to its eligible costs: a largest-remainder split to
   * the cent, ties to the party named first, so the shares sum exactly to `maxGrant`.
   */
  readonly maxGrantShare: Amount;
};

/**
 * How to treat a municipality of Åland (Ahvenanmaa). No call says whether Åland's municipalities
 * may take part (the editions' `eligibility.alandMunicipalities` is not found), so the caller chooses:
 * - `review` (default): a human decides; the finding is `review`, and they make up the minimum
 *   number of municipalities only with a `review`;
 * - `allow`: they count like any other municipality;
 * - `deny`: they cannot take part: `consortium.members` fails, and they do not count.
 */
export type AlandPolicy = "allow" | "review" | "deny";
