import type { JsonValue, Outcome } from "../assess/types.js";
import { APPROPRIATION_USE } from "../editions/appropriationUse.js";
import { type MessageCode, type ParamsOf, formatMessage } from "../messages/catalogue.js";
import type { Amount } from "../money/amount.js";
import { compareAmounts, minAmount, sumAmounts } from "../money/arithmetic.js";
import { applyRate } from "../money/rounding.js";
import { splitLargestRemainder } from "../money/split.js";
import { type CalendarDate, compareDates } from "../time/instant.js";
import type { Locale } from "../vocabulary/locale.js";
import type { ChangeApplication } from "./changeSchema.js";
import type { ChangeFinding, ChangePart, ChangePartKind, ChangeProposal } from "./changeTypes.js";
import type { DecisionTerms, TermsParty } from "./types.js";

/** A part's findings and the terms as the part, if approved, would leave them. */
export interface PartResult {
  /** The part. */
  readonly part: ChangePart;
  /** The terms with this part applied. */
  readonly amended: DecisionTerms;
}

/** A finding of a change check in the caller's language. */
export function changeFinding<C extends MessageCode>(
  rule: string,
  outcome: Outcome,
  citation: string,
  values: { readonly [key: string]: JsonValue },
  code: C,
  params: ParamsOf<C>,
  locale: Locale,
): ChangeFinding {
  const message = formatMessage(code, params, locale);
  return { rule, outcome, citation, values, messageCode: code, params: params as ChangeFinding["params"], message };
}

/** A part from its findings: its worst outcome (fail, missing, review, pass) and the proposal that follows. */
export function partOf(kind: ChangePartKind, findings: readonly ChangeFinding[]): ChangePart {
  const has = (o: Outcome) => findings.some((f) => f.outcome === o);
  const outcome: Outcome = has("fail") ? "fail" : has("missing") ? "missing" : has("review") ? "review" : "pass";
  const proposal: ChangeProposal = outcome === "fail" ? "reject" : outcome === "pass" ? "approve" : "review";
  return { kind, outcome, proposal, findings };
}

/** 688/2001 14 §: the recipient notifies the change; 11 § 3 mom. 4 k.: the period of use is the decision's. */
const PERIOD = "688/2001 11 § 3 mom. 4 k.; 14 §";

/**
 * The extension of the period of use: the new end must be after the current end (else `fail`); a
 * new end after the last year the edition's appropriation can be used (siirtomääräraha 3 v) is
 * `review`, cited with the budget; an extension asked after the period has ended is `review`
 * (688/2001 14 §: a change is notified without delay).
 */
export function extensionPart(
  terms: DecisionTerms,
  extension: NonNullable<ChangeApplication["extension"]>,
  at: CalendarDate,
  locale: Locale,
): PartResult {
  const current = terms.period.end;
  const { end } = extension;
  const findings: ChangeFinding[] = [];
  const values = { end, current };
  if (compareDates(end, current) <= 0) {
    findings.push(
      changeFinding("change.extension.later", "fail", PERIOD, values, "change.extension.notLater", values, locale),
    );
  } else {
    findings.push(
      changeFinding("change.extension.later", "pass", PERIOD, values, "change.extension.pass", values, locale),
    );
  }
  const use = APPROPRIATION_USE[terms.edition];
  const { budgetYear, lastYear } = use.value;
  const beyond = Number(end.slice(0, 4)) > lastYear;
  const useValues = { end, budgetYear, lastYear, certainty: use.certainty };
  findings.push(
    beyond
      ? changeFinding(
          "change.extension.appropriation",
          "review",
          use.citation,
          useValues,
          "change.extension.beyondAppropriation",
          { end, budgetYear, lastYear },
          locale,
        )
      : changeFinding(
          "change.extension.appropriation",
          "pass",
          use.citation,
          useValues,
          "change.extension.withinAppropriation",
          { end, budgetYear, lastYear },
          locale,
        ),
  );
  if (compareDates(at, current) > 0) {
    findings.push(
      changeFinding(
        "change.extension.notified",
        "review",
        "688/2001 14 §",
        { at, current },
        "change.extension.afterEnd",
        { at, current },
        locale,
      ),
    );
  }
  return { part: partOf("extension", findings), amended: { ...terms, period: { ...terms.period, end } } };
}

/**
 * The reallocation of the eligible costs between categories and parties: the total must stay the
 * decided eligible costs, every line must be in a category the terms count (893/2019 5 §) and borne
 * by a party the terms name (`null` = the applicant); the grant is never raised: the amended maximum
 * is the smaller of the decided one and the rate × the new eligible costs rounded down to the cent
 * (893/2019 4 §), `review` when that is lower. The amended terms carry the new eligible costs per
 * party and the maximum shared in proportion to them (largest remainder, to the cent).
 */
export function reallocationPart(
  terms: DecisionTerms,
  reallocation: NonNullable<ChangeApplication["reallocation"]>,
  locale: Locale,
): PartResult {
  const { lines } = reallocation;
  const findings: ChangeFinding[] = [];
  const total = sumAmounts(lines.map((l) => l.amount));
  const totals = { total, eligibleCosts: terms.eligibleCosts };
  const same = compareAmounts(total, terms.eligibleCosts) === 0;
  findings.push(
    changeFinding(
      "change.reallocation.total",
      same ? "pass" : "fail",
      "688/2001 11 § 3 mom. 1 k.; 14 §",
      totals,
      same ? "change.reallocation.total.pass" : "change.reallocation.total.fail",
      totals,
      locale,
    ),
  );
  const categories = [...new Set(lines.map((l) => l.category).filter((c) => !terms.categories.includes(c)))];
  findings.push(
    changeFinding(
      "change.reallocation.categories",
      categories.length === 0 ? "pass" : "fail",
      "893/2019 5 §; 688/2001 11 § 3 mom. 1 k.",
      { categories },
      categories.length === 0 ? "change.reallocation.categories.pass" : "change.reallocation.categories.fail",
      { categories },
      locale,
    ),
  );
  const owner = (key: string | null) =>
    key === null
      ? terms.recipients.parties.findIndex((p) => p.role === "applicant")
      : terms.recipients.parties.findIndex((p) => p.key === key && p.role !== "unnamed");
  const parties = [...new Set(lines.filter((l) => owner(l.party) < 0).map((l) => l.party ?? "—"))];
  findings.push(
    changeFinding(
      "change.reallocation.parties",
      parties.length === 0 ? "pass" : "fail",
      "893/2019 3 §; 688/2001 7 § 3 mom.",
      { parties },
      parties.length === 0 ? "change.reallocation.parties.pass" : "change.reallocation.parties.fail",
      { parties },
      locale,
    ),
  );
  // 893/2019 4 §: never above the decided maximum, nor above the share of the new eligible costs.
  const amended = minAmount(terms.maximum, applyRate(total, terms.rate, { unit: "cent", mode: "down" }));
  const grant = { maximum: terms.maximum, amended };
  const kept = compareAmounts(amended, terms.maximum) === 0;
  findings.push(
    changeFinding(
      "change.reallocation.grant",
      kept ? "pass" : "review",
      "893/2019 4 §; 688/2001 11 § 3 mom. 2 k.",
      grant,
      kept ? "change.reallocation.grant.pass" : "change.reallocation.grant.review",
      grant,
      locale,
    ),
  );
  const part = partOf("reallocation", findings);
  if (part.proposal === "reject") return { part, amended: terms };
  return {
    part,
    amended: { ...terms, maximum: amended, eligibleCosts: total, recipients: reshared(terms, lines, amended, owner) },
  };
}

/** The parties with their new eligible costs and the maximum shared in proportion to them. */
function reshared(
  terms: DecisionTerms,
  lines: NonNullable<ChangeApplication["reallocation"]>["lines"],
  maximum: Amount,
  owner: (key: string | null) => number,
): DecisionTerms["recipients"] {
  const costs = terms.recipients.parties.map((_, i) =>
    sumAmounts(lines.filter((l) => owner(l.party) === i).map((l) => l.amount)),
  );
  const weights = costs.map((weight, i) => ({ key: String(i).padStart(6, "0"), weight }));
  const allZero = costs.every((c) => compareAmounts(c, "0.00") === 0);
  const shares = allZero ? costs : splitLargestRemainder(maximum, weights, "cent");
  const parties: TermsParty[] = terms.recipients.parties.map((p, i) => ({
    ...p,
    eligibleCosts: costs[i]!,
    share: shares[i]!,
  }));
  return { ...terms.recipients, parties };
}
