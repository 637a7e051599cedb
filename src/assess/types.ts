import type { ParseIssue } from "../application/parse.js";
import type { EditionId } from "../editions/codes.js";
import type { MessageCode } from "../messages/catalogue.js";
import type { Locale, MessageParams } from "../messages/types.js";
import type { Amount } from "../money/amount.js";
import type { Instant } from "../time/instant.js";

/** What one rule concluded: passed, failed, needs a human (`review`), or lacks an answer (`missing`). */
export type Outcome = "pass" | "fail" | "review" | "missing";

/**
 * The verdict on an application:
 * - `invalid`: the input did not parse; `issues` says why;
 * - `ineligible`: at least one finding failed;
 * - `needsReview`: none failed, but some need a human or an answer;
 * - `eligible`: every finding passed.
 */
export type AssessmentStatus = "invalid" | "ineligible" | "needsReview" | "eligible";

/** A JSON value, for the values a finding read. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The conclusion of one rule on one application. Plain, JSON-serialisable data. */
export interface Finding {
  /** The stable rule id, `family.name`, e.g. `"consortium.minMunicipalities"`. */
  readonly rule: string;
  /** What the rule concluded. */
  readonly outcome: Outcome;
  /** The provision or call page the rule rests on, e.g. `"893/2019 4 §"`. */
  readonly citation: string;
  /** The values the rule read, e.g. `{ municipalities: 1, minimum: 2 }`. */
  readonly values: { readonly [key: string]: JsonValue };
  /** The message code, so callers can render their own text. */
  readonly messageCode: MessageCode;
  /** The message parameters. */
  readonly params: MessageParams;
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
  /** The applicants' own share of the eligible costs: eligible costs − requested grant (negative when over-requested). */
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

/** Options of `assess` and `assessApplication`. Every option is checked at run time too. */
export interface AssessOptions {
  /** Assess under this edition instead of the application's own (for cross-year comparisons). */
  readonly edition?: EditionId;
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
  /**
   * The instant to assess the deadline at when the application has no `submittedAt`, e.g. the
   * moment a portal validates a draft: an ISO 8601 instant with an offset. The library never reads
   * the clock, so without either the deadline finding is `missing`.
   */
  readonly at?: Instant;
  /** How to treat municipalities of Åland; `"review"` by default. */
  readonly alandMunicipalities?: AlandPolicy;
}

/** The assessment of one application under one edition. Plain, JSON-serialisable data. */
export interface Assessment {
  /** The caller's id of the application, if it had one. */
  readonly id: string | null;
  /**
   * The edition whose rules were applied. When the input is `invalid`, the edition asked for in
   * the options or the input, if it names one; otherwise the latest edition.
   */
  readonly edition: EditionId;
  /** The verdict. */
  readonly status: AssessmentStatus;
  /** The language of the messages. */
  readonly locale: Locale;
  /** One finding per rule evaluated, in a stable order; empty when `invalid`. */
  readonly findings: readonly Finding[];
  /** Why the input did not parse; empty unless `invalid`. */
  readonly issues: readonly ParseIssue[];
  /** The money, or `null` when `invalid`. */
  readonly budget: BudgetSummary | null;
}
