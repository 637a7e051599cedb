// Notices: cited advice beside the findings, which never changes the status. One function per kind
// of notice, reading the same context as the rules; hankintalaki 1397/2016 is the first.
import type { Cited } from "../editions/cited.js";
import type { Amount } from "../money/amount.js";
import type { ParamsOf } from "../messages/catalogue.js";
import { formatAssessmentMessage } from "../messages/assessment.js";
import type { noticeMessages } from "../messages/notices.js";
import { Dec } from "../money/decimal.js";
import type { BudgetCategory } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import type { PartyBudget } from "./finding.js";
import type { RuleContext } from "./types.js";

/** The code of a notice, e.g. `"procurement.nationalThreshold"`. */
export type NoticeCode = keyof typeof noticeMessages;

/** A notice with a given code: its parameters are those of that code's message. */
export interface NoticeOf<C extends NoticeCode> {
  /** The stable code, so callers can render their own text. */
  readonly code: C;
  /** The provision the advice rests on, e.g. `"1397/2016 25 §; 1397/2016 5 § 1 mom. 1 kohta"`. */
  readonly citation: string;
  /** The values the message is built from. */
  readonly params: ParamsOf<C>;
  /** The message in the chosen language. */
  readonly message: string;
}

/**
 * Cited advice beside the findings: a fact of the law worth telling the applicant or the official
 * that decides nothing, so it never changes the status (a finding decides; a notice informs).
 * Plain, JSON-serialisable data, discriminated on `code`.
 */
export type Notice = { readonly [C in NoticeCode]: NoticeOf<C> }[NoticeCode];

/**
 * The national threshold for procurements of goods and services, VAT-free (1397/2016 25 §, the
 * original text, in force from 1.1.2017): from this value a contracting entity must put the
 * procurement out to tender under the Act.
 */
export const NATIONAL_PROCUREMENT_THRESHOLD: Cited<Amount> = {
  value: "60000.00",
  citation: "1397/2016 25 §",
  certainty: "sourced",
};

/** The budget categories that are procurements of goods or services: bought services, software licences, materials. */
const PROCUREMENT_CATEGORIES: readonly BudgetCategory[] = ["services", "softwareLicences", "materials"];

/** Municipalities and joint authorities are contracting entities (1397/2016 5 § 1 mom. 1 kohta); another body only when mostly funded by support (5 kohta). */
const ENTITY_CITATION = "1397/2016 5 § 1 mom. 1 kohta";
const FUNDED_CITATION = "1397/2016 5 § 1 mom. 5 kohta";

/**
 * Whether a party is a contracting entity by what it is: a municipality or a joint authority
 * (1397/2016 5 § 1 mom. 1 kohta). A key of three digits that no party answers to is still a
 * municipality's code.
 */
function isMunicipal(party: PartyBudget): boolean {
  if (party.type === null) return /^\d{3}$/.test(party.key ?? "");
  return party.type === "municipality" || party.type === "jointAuthority";
}

/**
 * `procurement.nationalThreshold`: one notice per services, software-licence or materials line
 * whose VAT-free amount reaches the national threshold, naming the party that bears it. For a
 * municipality or joint authority the procurement must be put out to tender; for another party,
 * only if more than half of its value comes to it as support. The library informs: compliance is
 * the contracting entity's to decide, and the status never depends on a notice.
 */
export function procurementNotices(
  ctx: RuleContext,
  locale: Locale | null,
): NoticeOf<"procurement.nationalThreshold">[] {
  const out: NoticeOf<"procurement.nationalThreshold">[] = [];
  const threshold = NATIONAL_PROCUREMENT_THRESHOLD.value;
  const parties = ctx.facts.budget.summary.parties;
  ctx.app.budget.lines.forEach((line, index) => {
    if (!PROCUREMENT_CATEGORIES.includes(line.category) || new Dec(line.amount).lessThan(threshold)) return;
    // The line's party: the first that answers to its key, the applicant for a line without one.
    const party = line.party === undefined ? parties[0]! : parties.find((p) => p.key === line.party)!;
    const contractingEntity = isMunicipal(party);
    const params = {
      line: index,
      party: party.key,
      partyName: party.name,
      partyType: party.type,
      contractingEntity,
      category: line.category,
      amount: line.amount,
      threshold,
    };
    const code = "procurement.nationalThreshold" as const;
    out.push({
      code,
      citation: `${NATIONAL_PROCUREMENT_THRESHOLD.citation}; ${contractingEntity ? ENTITY_CITATION : FUNDED_CITATION}`,
      params,
      message: locale === null ? "" : formatAssessmentMessage(code, params, locale),
    });
  });
  return out;
}

/**
 * The notices of an assessment: cited advice beside the findings, in a stable order (by kind, then
 * by budget line). Each kind of notice is a function of the same context the rules read; a notice
 * never changes the status. Messages in `locale`, none (empty) when `null`.
 */
export function noticesOf(ctx: RuleContext, locale: Locale | null): Notice[] {
  return [...procurementNotices(ctx, locale)];
}
