import type { Application, Party } from "../application/schema.js";
import type { BudgetSummary, PartyBudget } from "./finding.js";
import type { BudgetCategory, CostTreatment, RegisterYear } from "../vocabulary/codes.js";
import type { Amount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import { roundDec } from "../money/rounding.js";
import { splitLargestRemainder } from "../money/split.js";
import { findMunicipality } from "../reference/municipalities.js";

/**
 * How one budget line counted: by its category's treatment in the edition, except that a line
 * whose condition (see {@link CONDITION_FLAGS}) the applicant answered `false` is `excluded`.
 */
export type LineTreatment = CostTreatment | "excluded";

/** One budget line as the costs rules report it. */
export interface LineFact {
  /** The index of the line in `budget.lines`. */
  readonly index: number;
  /** Its category. */
  readonly category: BudgetCategory;
  /** Its VAT-free amount. */
  readonly amount: Amount;
  /** The same amount, exact, read once for every sum the costs rules make of it. */
  readonly value: Dec;
  /** How it counted. */
  readonly treatment: LineTreatment;
}

/**
 * The money of an application under an edition: the public summary, and the exact values and
 * lines the costs and grant rules read. Built once per assessment.
 */
export interface BudgetFacts {
  /** The public summary, every amount a decimal string. */
  readonly summary: BudgetSummary;
  /** The lines that did not simply count: ineligible, conditional or excluded ones. */
  readonly notPlain: readonly LineFact[];
  /** Whether the grant applied for is zero. */
  readonly nothingRequested: boolean;
  /** How much the grant applied for exceeds the maximum grant; `null` when it does not. */
  readonly excess: Amount | null;
  /** The maximum grant if no conditional cost were accepted; `null` when there are none. */
  readonly maxGrantWithoutConditional: Amount | null;
  /** The sum of the financing shares the parties state; `null` when none states one. */
  readonly statedFinancing: Amount | null;
  /** What the grant applied for leaves the parties to finance: see {@link leftToFinanceOf}. */
  readonly leftToFinance: Amount;
}

/**
 * The flag on a line that states its category's condition (893/2019 5 § 1 mom. 4 k., 3–4 mom.):
 * `false` keeps the line out of the eligible costs; `true` or no answer counts it (a conditional
 * category's line then goes to a human; a services line is checked at settlement).
 */
export const CONDITION_FLAGS: Partial<Record<BudgetCategory, "solelyForProject" | "necessary" | "actualCosts">> = {
  services: "solelyForProject",
  softwareLicences: "necessary",
  internalCharges: "actualCosts",
};

type Line = Application["budget"]["lines"][number];

/** What the budget reads of an edition: how each category counts and the maximum grant rate (893/2019 4–5 §). */
export interface BudgetRules {
  /** How each budget category counts. */
  readonly treatments: Readonly<Record<BudgetCategory, CostTreatment>>;
  /** The maximum grant rate as the edition writes it, e.g. `"0.85"`. */
  readonly rateText: string;
  /** The same rate, exact. */
  readonly rate: Dec;
  /** The year of the municipality register, for the names of the parties. */
  readonly registerYear: RegisterYear;
}

/** The treatment of a line: its category's, except a line whose condition was answered `false`. */
function treatmentOf(line: Line, ef: BudgetRules): LineTreatment {
  const treatment = ef.treatments[line.category];
  if (treatment === "ineligible") return treatment;
  const flag = CONDITION_FLAGS[line.category];
  return flag && line[flag] === false ? "excluded" : treatment;
}

/** 893/2019 4 §: the grant is "at most" `rate` × the eligible costs, so it is rounded down to the cent. */
function maxGrantOf(eligible: Dec, rate: Dec): Dec {
  return roundDec(eligible.times(rate), "cent", "down");
}

/**
 * The applicants' own financing: the total costs, VAT and ineligible costs included, less the
 * grant that can be awarded, the request at most the maximum (893/2019 4 §). A request is never
 * negative and the maximum is at most 85 % of the costs, so the share is never negative.
 */
function ownShareOf(total: Dec, requested: Dec, maxGrant: Dec): Dec {
  return total.minus(Dec.min(requested, maxGrant));
}

/** Zero euros; a decimal is immutable, so every sum may start from this one. */
const ZERO = new Dec(0);

/** A party as the budget sums it: who it is, and its money so far. */
interface PartyTally {
  readonly key: string | null;
  readonly role: PartyBudget["role"];
  readonly type: PartyBudget["type"];
  readonly name: string;
  readonly financing: Amount | null;
  eligible: Dec;
  ineligible: Dec;
  vat: Dec;
}

/** The key by which budget lines name a party: its municipality code or business ID, else none. */
function keyOf(party: Party): string | null {
  return party.type === "municipality" ? party.code : (party.businessId ?? null);
}

/** A municipality's name for readers: the register's Finnish name when known, else the stated name, else the code. */
function municipalityName(code: string, stated: string | undefined, year: RegisterYear): string {
  return findMunicipality(code, year)?.nameFi ?? stated ?? code;
}

function tally(
  key: string | null,
  role: PartyBudget["role"],
  type: PartyBudget["type"],
  name: string,
  financing: Amount | null,
): PartyTally {
  return { key, role, type, name, financing, eligible: ZERO, ineligible: ZERO, vat: ZERO };
}

/**
 * The parties of an application in the party order (which also breaks the ties of every split):
 * the applicant, the participants in input order, then the member municipalities a joint
 * authority applies for that are not already named (893/2019 3 §), in input order. `byKey` gives
 * the first party that answers to a key: a key that occurs twice belongs to its first party.
 */
function partiesOf(app: Application, year: RegisterYear): { tallies: PartyTally[]; byKey: Map<string, number> } {
  const tallies: PartyTally[] = [];
  const byKey = new Map<string, number>();
  const add = (t: PartyTally) => {
    if (t.key !== null && !byKey.has(t.key)) byKey.set(t.key, tallies.length);
    tallies.push(t);
  };
  const named = (party: Party, role: "applicant" | "participant") => {
    const key = keyOf(party);
    const financing = party.financing ?? null;
    const name = party.type === "municipality" ? municipalityName(party.code, party.name, year) : party.name;
    add(tally(key, role, party.type, name, financing));
  };
  named(app.applicant, "applicant");
  for (const p of app.participants) named(p, "participant");
  // A joint authority's member municipalities have no party object: their financing is stated in the joint authority's.
  for (const p of [app.applicant, ...app.participants]) {
    if (p.type !== "jointAuthority") continue;
    for (const code of p.onBehalfOf ?? []) {
      if (!byKey.has(code))
        add(tally(code, "onBehalfOf", "municipality", municipalityName(code, undefined, year), null));
    }
  }
  return { tallies, byKey };
}

/**
 * The public per-party figures. The sums by party are exact, so each column adds up to the
 * summary's; the maximum grant is split among the parties with eligible costs in proportion to
 * them by the largest remainder, the keys being the party order, so ties go to the party named
 * first. A party without eligible costs has no claim (a weight of zero would get nothing either).
 */
function partyBudgets(tallies: readonly PartyTally[], maxGrant: Dec): PartyBudget[] {
  const width = String(tallies.length).length;
  const claimants = tallies.flatMap((t, i) =>
    t.eligible.isZero() ? [] : [{ key: String(i).padStart(width, "0"), weight: canonical(t.eligible) }],
  );
  const split = splitLargestRemainder(canonical(maxGrant), claimants, "cent");
  const shares = new Map(claimants.map((c, j) => [c.key, split[j]!]));
  return tallies.map((t, i) => ({
    key: t.key,
    role: t.role,
    type: t.type,
    name: t.name,
    totalCosts: canonical(t.eligible.plus(t.ineligible)),
    eligibleCosts: canonical(t.eligible),
    ineligibleCosts: canonical(t.ineligible),
    vat: canonical(t.vat),
    financing: t.financing,
    maxGrantShare: shares.get(String(i).padStart(width, "0")) ?? "0.00",
  }));
}

/**
 * What the grant applied for leaves the parties to finance, against which their stated shares
 * (893/2019 6 § 2 mom. 5 k.) are checked: every cost of the budget with its VAT, ineligible costs
 * included (as the own share counts them), less the grant applied for, never below zero. Unlike
 * the own share it deducts the request itself, not the grant that can be awarded: the shares are
 * the applicants' own estimate beside their own request.
 */
function leftToFinanceOf(costsWithVat: Dec, requested: Dec): Dec {
  return Dec.max(costsWithVat.minus(requested), 0);
}

/** The sum of the stated financing shares; `null` when no party states one. */
function statedFinancingOf(tallies: readonly PartyTally[]): Dec | null {
  let sum: Dec | null = null;
  for (const t of tallies) if (t.financing !== null) sum = (sum ?? ZERO).plus(t.financing);
  return sum;
}

/**
 * Sums the budget by treatment, in total and by party, and computes the maximum grant: `rate` ×
 * eligible VAT-free costs, rounded down to the cent (893/2019 4 §). VAT never counts (893/2019 4 §).
 * Exact, in decimals. A line belongs to the party its `party` key names, a line without one to the
 * applicant; a key no party answers to becomes an `unnamed` party, in the order of its first line.
 */
export function budgetFacts(app: Application, ef: BudgetRules): BudgetFacts {
  let conditional = ZERO;
  const notPlain: LineFact[] = [];
  const { tallies, byKey } = partiesOf(app, ef.registerYear);
  const partyOf = (key: string | undefined): PartyTally => {
    if (key === undefined) return tallies[0]!;
    let i = byKey.get(key);
    if (i === undefined) {
      i = tallies.length;
      byKey.set(key, i);
      tallies.push(tally(key, "unnamed", null, key, null));
    }
    return tallies[i]!;
  };
  app.budget.lines.forEach((line, index) => {
    const party = partyOf(line.party);
    // Amounts are canonical once parsed: a line without VAT adds none.
    if (line.vat !== "0.00") party.vat = party.vat.plus(line.vat);
    const amount = new Dec(line.amount);
    // A line of zero costs nothing, whatever its category: it is neither counted nor reported.
    if (amount.isZero()) return;
    const treatment = treatmentOf(line, ef);
    if (treatment !== "eligible") {
      notPlain.push({ index, category: line.category, amount: line.amount, value: amount, treatment });
    }
    if (treatment === "eligible" || treatment === "conditional") party.eligible = party.eligible.plus(amount);
    else party.ineligible = party.ineligible.plus(amount);
    if (treatment === "conditional") conditional = conditional.plus(amount);
  });
  // The whole is the sum of its parties, so every column of `parties` adds up to it exactly.
  let eligible = ZERO;
  let ineligible = ZERO;
  let vat = ZERO;
  for (const t of tallies) {
    eligible = eligible.plus(t.eligible);
    ineligible = ineligible.plus(t.ineligible);
    vat = vat.plus(t.vat);
  }
  const requested = new Dec(app.budget.requestedGrant);
  const rate = ef.rate;
  const maxGrant = maxGrantOf(eligible, rate);
  const stated = statedFinancingOf(tallies);
  return {
    summary: {
      totalCosts: canonical(eligible.plus(ineligible)),
      eligibleCosts: canonical(eligible),
      conditionalCosts: canonical(conditional),
      ineligibleCosts: canonical(ineligible),
      vat: canonical(vat),
      rate: ef.rateText,
      maxGrant: canonical(maxGrant),
      requestedGrant: app.budget.requestedGrant,
      ownShare: canonical(ownShareOf(eligible.plus(ineligible).plus(vat), requested, maxGrant)),
      parties: partyBudgets(tallies, maxGrant),
    },
    notPlain,
    nothingRequested: requested.isZero(),
    excess: requested.greaterThan(maxGrant) ? canonical(requested.minus(maxGrant)) : null,
    maxGrantWithoutConditional: conditional.isZero() ? null : canonical(maxGrantOf(eligible.minus(conditional), rate)),
    statedFinancing: stated === null ? null : canonical(stated),
    leftToFinance: canonical(leftToFinanceOf(eligible.plus(ineligible).plus(vat), requested)),
  };
}
