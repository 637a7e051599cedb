import type { Assessment, PartyBudget } from "../assess/types.js";
import { findEdition } from "../editions/registry.js";
import { RECIPIENT_MODELS, type RecipientModel, isRecipientModel } from "../editions/recipients.js";
import type { CallEdition } from "../editions/schema.js";
import { type Amount, isAmount, parseAmount } from "../money/amount.js";
import { canonical, compareAmounts, isZeroAmount, subtractAmounts, sumAmounts } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";
import { splitLargestRemainder } from "../money/split.js";
import { formatterOf } from "../messages/formatter.js";
import { passOnMessages } from "../messages/passOn.js";
import { type AllocationIssue, issueMaker } from "../scoring/issue.js";
import { PARTY_TYPES, type PartyType } from "../vocabulary/codes.js";
import { LOCALES, type Locale, isLocale } from "../vocabulary/locale.js";
import { isRecord, readList } from "../vocabulary/read.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import type { ContractingEntityNote, PassOnIssue, PassOnOptions, PassOnPlan, PassOnShare, Receipt } from "./types.js";

// The pass-on plan gives only its own messages: the assess command loads no other part of the catalogue.
const formatPassOn = /* @__PURE__ */ formatterOf(passOnMessages);
const issue = /* @__PURE__ */ issueMaker<keyof typeof passOnMessages>(formatPassOn);

/** Contracting entities by law (hankintalaki 1397/2016 5 § 1 mom. 1 kohta): no procurement note for them. */
const MUNICIPAL: readonly (PartyType | null)[] = ["municipality", "jointAuthority"];
const ROLES = ["applicant", "participant", "onBehalfOf", "unnamed"] as const;
/** More parties than any application can name (400 participants, their members, 1 000 budget lines). */
const MAX_PARTIES = 200_000;
const PROCUREMENT_NOTICE = "procurement.nationalThreshold";

/** What the plan reads of one party of the assessment's `budget.parties`. */
type Party = Pick<PartyBudget, "key" | "role" | "type" | "name" | "eligibleCosts">;

/** What the plan reads of a procurement notice of `assessment.notices`. */
interface Procurement {
  readonly line: number;
  readonly party: string | null;
  readonly amount: Amount;
}

/**
 * Splits a granted amount among a joint project's parties in proportion to their eligible costs,
 * under the recipient model of the assessment's edition (or `options.recipientModel`):
 * - `administrator`: the hankehallinnoija (the applicant) keeps its share and passes each other
 *   party's share on under an agreement (688/2001 7 § 3 mom.; 893/2019 3 § 2 mom.);
 * - `joint`: every municipality named (a member a joint authority applies for included) receives its
 *   share as a recipient, jointly and severally liable (893/2019 3 § 1 mom.: "useammalle kunnalle
 *   yhdessä"; 688/2001 27 §); a joint authority receives a grant only as administrator (3 § 2 mom.),
 *   and an association, a company or another body never does: their shares are passed on.
 *
 * Shares are exact to the cent and add up exactly to the grant: the largest-remainder method, ties
 * to the party named first (the order of `budget.parties`), so the plan depends on nothing but the
 * parties' costs and, for ties, their order. A non-municipal party that would receive more than
 * half of a procurement's value (a procurement notice of `assessment.notices`) from the grant gets a
 * note: it becomes a contracting entity itself (hankintalaki 1397/2016 5 § 1 mom. 5 k.). The split
 * in proportion to costs is this library's proposal; the statute leaves it to the agreement.
 *
 * Never throws: an assessment that is not a parsed one, a granted amount that is not an amount or
 * exceeds the maximum grant, a missing recipient model or bad options give a coded issue in the
 * options' language.
 *
 * @example
 * ```ts
 * const a = assess(application); // 2022: Lohja leads; Lohja 60 000 €, Espoo 40 000 € of eligible costs
 * const plan = passOnPlan(a, "85000.00", { locale: "en" });
 * plan.success && plan.data.shares.map((s) => [s.name, s.receipt, s.amount]);
 * //=> [["Lohja", "kept", "51000.00"], ["Espoo", "passedOn", "34000.00"]]
 * plan.success && plan.data.passedOn; //=> "34000.00"
 * ```
 */
export function passOnPlan(
  assessment: Assessment,
  granted: Amount,
  options: PassOnOptions = {},
): Result<PassOnPlan, PassOnIssue> {
  let locale: Locale = "fi";
  try {
    const asked = readOptions(options);
    if (asked.kind === "issue") return fail(issue("passOn.invalidOption", asked.params, asked.locale));
    locale = asked.locale;
    return plan(assessment, granted, asked.model, locale);
  } catch {
    // A defect of ours, or a getter or proxy that throws where no check expected one: reported, never thrown.
    return fail(issue("passOn.failed", {}, locale));
  }
}

type ReadOptions =
  | { readonly kind: "options"; readonly locale: Locale; readonly model: RecipientModel | undefined }
  | { readonly kind: "issue"; readonly locale: Locale; readonly params: { option: string; expected: string } };

const NOT_AN_OBJECT: ReadOptions = {
  kind: "issue",
  locale: "fi",
  params: { option: "options", expected: "an object" },
};

/** The options, each read once from an own property; an inherited (polluted) key is never an option. */
function readOptions(options: unknown): ReadOptions {
  try {
    return readOwn(options);
  } catch {
    // A getter or proxy that throws: options that cannot be read are not an object to use.
    return NOT_AN_OBJECT;
  }
}

function readOwn(options: unknown): ReadOptions {
  if (options === undefined) return { kind: "options", locale: "fi", model: undefined };
  if (!isRecord(options)) return NOT_AN_OBJECT;
  const own = (key: string) => (Object.hasOwn(options, key) ? options[key] : undefined);
  const l = own("locale");
  if (l !== undefined && !isLocale(l)) {
    const expected = LOCALES.map((x) => `"${x}"`).join(" | ");
    return { kind: "issue", locale: "fi", params: { option: "locale", expected } };
  }
  const locale = l === undefined ? "fi" : (l as Locale);
  const m = own("recipientModel");
  if (m !== undefined && !isRecipientModel(m)) {
    const expected = RECIPIENT_MODELS.map((x) => `"${x}"`).join(" | ");
    return { kind: "issue", locale, params: { option: "recipientModel", expected } };
  }
  return { kind: "options", locale, model: m };
}

function plan(
  assessment: unknown,
  granted: unknown,
  asked: RecipientModel | undefined,
  locale: Locale,
): Result<PassOnPlan, AllocationIssue> {
  const read = readAssessment(assessment);
  if (read === null) return fail(issue("passOn.notAnAssessment", {}, locale));
  const { edition, maxGrant, eligibleCosts, parties, procurements } = read;
  const amount = parseAmount(granted);
  if (!amount.success) return fail(issue("passOn.invalidGranted", { input: amount.issues[0]!.input }, locale));
  const total = amount.data;
  if (compareAmounts(total, maxGrant) > 0)
    return fail(issue("passOn.exceedsMaximum", { granted: total, maxGrant }, locale));
  const model = asked ?? edition.recipients.value;
  if (model === null) return fail(issue("passOn.recipientModelMissing", { edition: edition.id }, locale));

  // Keys that encode the party order, so that among equal remainders the party named first gets the cent.
  const width = String(parties.length).length;
  const amounts = splitLargestRemainder(
    total,
    parties.map((p, i) => ({ key: String(i).padStart(width, "0"), weight: p.eligibleCosts })),
    "cent",
  );
  const shares = parties.map((p, i) => share(p, amounts[i]!, model, procurements, locale));
  const kept = sumAmounts(shares.filter((s) => s.receipt !== "passedOn").map((s) => s.amount));
  return ok({
    edition: edition.id,
    locale,
    granted: total,
    recipients: {
      model,
      source: asked === undefined ? "edition" : "option",
      certainty: asked === undefined ? edition.recipients.certainty : "sourced",
      citation: asked === undefined ? edition.recipients.citation : citationOf(model),
    },
    eligibleCosts,
    shares,
    kept,
    passedOn: subtractAmounts(total, kept),
    citation: `${citationOf(model)}; 688/2001 7 § 3 mom.`,
  });
}

/** The message of a party's line: how it gets its share under the model, or that it has none. */
export function shareMessageCode(receipt: Receipt, model: RecipientModel, eligibleCosts: Amount) {
  if (isZeroAmount(eligibleCosts)) return "passOn.noShare" as const;
  if (receipt === "kept") return "passOn.kept" as const;
  if (receipt === "received") return "passOn.received" as const;
  return model === "administrator"
    ? ("passOn.passedOnByAdministrator" as const)
    : ("passOn.passedOnByRecipients" as const);
}

/** The statute's provisions of a recipient model. */
function citationOf(model: RecipientModel): string {
  return model === "administrator" ? "893/2019 3 § 2 mom." : "893/2019 3 § 1 mom.; 688/2001 27 §";
}

function share(
  p: Party,
  amount: Amount,
  model: RecipientModel,
  procurements: readonly Procurement[],
  locale: Locale,
): PassOnShare {
  const receipt: Receipt =
    model === "administrator"
      ? p.role === "applicant"
        ? "kept"
        : "passedOn"
      : p.role !== "unnamed" && p.type === "municipality"
        ? "received"
        : "passedOn";
  const messageCode = shareMessageCode(receipt, model, p.eligibleCosts);
  const citation =
    receipt === "kept"
      ? "893/2019 3 § 2 mom."
      : receipt === "received"
        ? "893/2019 3 § 1 mom.; 688/2001 27 §"
        : "688/2001 7 § 3 mom.";
  const params = { name: p.name, amount, eligibleCosts: p.eligibleCosts };
  return {
    key: p.key,
    role: p.role,
    type: p.type,
    name: p.name,
    eligibleCosts: p.eligibleCosts,
    amount,
    receipt,
    citation,
    messageCode,
    params,
    message: formatPassOn(messageCode, params, locale),
    contractingEntity: MUNICIPAL.includes(p.type) || p.type === null ? [] : notes(p, amount, procurements, locale),
  };
}

/**
 * The procurements of a non-municipal party of which the grant would pay more than half: the grant
 * pays its share ÷ its eligible costs of each of its costs, so of a procurement worth `value`,
 * value × share ÷ eligible costs (hankintalaki 1397/2016 5 § 1 mom. 5 k.).
 */
function notes(
  p: Party,
  amount: Amount,
  procurements: readonly Procurement[],
  locale: Locale,
): ContractingEntityNote[] {
  const costs = new Dec(p.eligibleCosts);
  if (p.key === null || costs.isZero()) return [];
  const out: ContractingEntityNote[] = [];
  for (const procurement of procurements) {
    if (procurement.party !== p.key) continue;
    const value = new Dec(procurement.amount);
    const fromGrant = value.times(amount).dividedBy(costs);
    if (!fromGrant.times(2).greaterThan(value)) continue;
    const params = {
      name: p.name,
      line: procurement.line,
      value: procurement.amount,
      fromGrant: canonical(roundDec(fromGrant, "cent", "down")),
    };
    out.push({
      line: procurement.line,
      value: procurement.amount,
      fromGrant: params.fromGrant,
      citation: "1397/2016 5 § 1 mom. 5 kohta",
      messageCode: "passOn.contractingEntity",
      params,
      message: formatPassOn("passOn.contractingEntity", params, locale),
    });
  }
  return out;
}

interface ReadAssessment {
  readonly edition: CallEdition;
  readonly maxGrant: Amount;
  readonly eligibleCosts: Amount;
  readonly parties: readonly Party[];
  readonly procurements: readonly Procurement[];
}

/**
 * What the plan needs of an assessment that an untyped caller may send as anything: a parsed
 * assessment's edition, maximum grant, eligible costs, parties (whose eligible costs add up to the
 * whole) and procurement notices; `null` when it is not one.
 */
function readAssessment(a: unknown): ReadAssessment | null {
  try {
    return readParsed(a);
  } catch {
    // A getter or proxy that throws: not an assessment to read.
    return null;
  }
}

function readParsed(a: unknown): ReadAssessment | null {
  if (!isRecord(a) || !["eligible", "ineligible", "needsReview"].includes(a["status"] as string)) return null;
  const edition = findEdition(a["edition"]);
  const budget = a["budget"];
  if (!edition.success || !isRecord(budget)) return null;
  const { maxGrant, eligibleCosts } = budget;
  if (!isAmount(maxGrant) || !isAmount(eligibleCosts)) return null;
  const list = readList(budget["parties"], MAX_PARTIES);
  if (list.kind !== "list" || list.items.length === 0) return null;
  const parties: Party[] = [];
  for (const item of list.items) {
    const party = readParty(item);
    if (party === null) return null;
    parties.push(party);
  }
  if (compareAmounts(sumAmounts(parties.map((p) => p.eligibleCosts)), eligibleCosts) !== 0) return null;
  return { edition: edition.data, maxGrant, eligibleCosts, parties, procurements: readProcurements(a["notices"]) };
}

function readParty(x: unknown): Party | null {
  if (!isRecord(x)) return null;
  const { key, role, type, name, eligibleCosts } = x;
  if (key !== null && typeof key !== "string") return null;
  if (!(ROLES as readonly unknown[]).includes(role)) return null;
  if (type !== null && !(PARTY_TYPES as readonly unknown[]).includes(type)) return null;
  if (typeof name !== "string" || !isAmount(eligibleCosts)) return null;
  return { key, role: role as Party["role"], type: type as PartyType | null, name, eligibleCosts };
}

/** The procurement notices of an assessment; a notice that is not one is not read. */
function readProcurements(notices: unknown): Procurement[] {
  const list = readList(notices, MAX_PARTIES);
  if (list.kind !== "list") return [];
  const out: Procurement[] = [];
  for (const n of list.items) {
    if (!isRecord(n) || n["code"] !== PROCUREMENT_NOTICE || !isRecord(n["params"])) continue;
    const { line, party, amount } = n["params"];
    if (!Number.isSafeInteger(line) || (party !== null && typeof party !== "string") || !isAmount(amount)) continue;
    out.push({ line: line as number, party, amount });
  }
  return out;
}
