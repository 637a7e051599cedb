import type { Application, Party } from "../application/schema.js";
import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type CostTreatment,
  FOCUS_AREA_CODES,
  type FocusAreaCode,
  REGISTER_YEARS,
  type RegisterYear,
} from "../vocabulary/codes.js";
import type { CallEdition } from "../editions/schema.js";
import { Dec } from "../money/decimal.js";
import { DISSOLVED } from "../reference/data/mergers.js";
import { type Municipality, findMunicipality } from "../reference/municipalities.js";
import { type Instant, asHelsinkiIso, parseInstant, toHelsinkiIso } from "../time/instant.js";
import { type BudgetFacts, budgetFacts } from "./budget.js";

/** What an edition's rules read, computed once per edition object and kept while it lives. */
export interface EditionFacts {
  /** The closing instant (määräaika), epoch milliseconds. */
  readonly closesAtMs: number;
  /** The edition's focus areas, in code order. */
  readonly focusAreas: readonly FocusAreaCode[];
  /** The maximum grant rate as the edition writes it, e.g. `"0.85"`. */
  readonly rateText: string;
  /** The same rate, exact. */
  readonly rate: Dec;
  /** How each budget category counts. */
  readonly treatments: Readonly<Record<BudgetCategory, CostTreatment>>;
  /** The year of the municipality register that applies. */
  readonly registerYear: RegisterYear;
}

const editionCache = new WeakMap<CallEdition, EditionFacts>();

/**
 * The facts of an edition. Editions are immutable, so the cache is not observable; a fixture
 * edition built in a test gets its own entry.
 */
export function editionFacts(edition: CallEdition): EditionFacts {
  const cached = editionCache.get(edition);
  if (cached) return cached;
  const closes = parseInstant(edition.window.closesAt.value);
  if (!closes.success) throw new RangeError(`edition ${edition.id}: closesAt is not an instant`);
  const treatments = {} as Record<BudgetCategory, CostTreatment>;
  for (const c of BUDGET_CATEGORIES) treatments[c] = edition.money.costCategories[c].value.treatment;
  const facts: EditionFacts = {
    closesAtMs: closes.data,
    focusAreas: FOCUS_AREA_CODES.filter((c) => edition.focusAreas[c] !== undefined),
    rateText: edition.money.maxGrantRate.value,
    rate: new Dec(edition.money.maxGrantRate.value),
    treatments,
    registerYear: edition.registerYear,
  };
  editionCache.set(edition, facts);
  return facts;
}

/**
 * Where a municipality code stands in the edition's register:
 * - `valid`: a mainland municipality of that year;
 * - `aland`: a municipality of Åland (Ahvenanmaa) of that year;
 * - `dissolved`: a municipality of an earlier register that had merged away by that year;
 * - `unknown`: no register has the code.
 */
export type MemberStatus = "valid" | "aland" | "dissolved" | "unknown";

/** Where a municipality is named in the application. */
export type MemberRole = "applicant" | "participant" | "onBehalfOf";

/** One municipality named in the application (as applicant, participant, or in a joint authority's `onBehalfOf`). */
export interface MemberFact {
  /** The code as given. */
  readonly code: string;
  /** Where it is named. */
  readonly role: MemberRole;
  /** The path in the application, e.g. `"participants[1].onBehalfOf[0]"`. */
  readonly path: string;
  /** Where it stands in the register. */
  readonly status: MemberStatus;
  /** `"099 Honkajoki"`, `"478 Maarianhamina (Mariehamn)"`; the bare code when unknown. */
  readonly label: string;
  /** Whether the same code was named before. */
  readonly duplicate: boolean;
  /** For a dissolved municipality: the day its merger took effect, `YYYY-MM-DD`. */
  readonly mergedOn?: string;
  /** For a dissolved municipality: whom it merged into, as a label. */
  readonly mergedInto?: string;
  /** For a dissolved municipality: the code of the municipality it merged into. */
  readonly successor?: string;
}

/** What the rules read of one application under one edition, computed once per assessment. */
export interface ApplicationFacts {
  /** Every municipality the application names, in the order named. */
  readonly members: readonly MemberFact[];
  /** Whether a joint authority (kuntayhtymä) in the application lists no municipalities it acts for. */
  readonly jointAuthorityWithoutMembers: boolean;
  /** The money. */
  readonly budget: BudgetFacts;
  /**
   * When the application was submitted (epoch milliseconds, and as Helsinki ISO text), and whence
   * that instant came; `null` when unknown.
   */
  readonly submitted: {
    readonly ms: number;
    readonly iso: Instant;
    readonly source: "application" | "options.at";
  } | null;
}

/** `"099 Honkajoki"`, or with the Swedish name where it differs: `"478 Maarianhamina (Mariehamn)"`. */
export function municipalityLabel(m: Municipality): string {
  return m.nameSv === m.nameFi ? `${m.code} ${m.nameFi}` : `${m.code} ${m.nameFi} (${m.nameSv})`;
}

const OLDEST_REGISTER = REGISTER_YEARS[0];

/** `"participants[2]"`: the path of the participant at that index. */
export function participantPath(i: number): string {
  return `participants[${i}]`;
}

function memberFact(code: string, role: MemberRole, path: string, year: RegisterYear, duplicate: boolean): MemberFact {
  const m = findMunicipality(code, year);
  if (m) return { code, role, path, status: m.aland ? "aland" : "valid", label: municipalityLabel(m), duplicate };
  const old = findMunicipality(code, OLDEST_REGISTER);
  const merger = DISSOLVED.find((d) => d.row.startsWith(`${code};`));
  if (old && merger) {
    const into = findMunicipality(merger.mergedInto, year);
    return {
      code,
      role,
      path,
      status: "dissolved",
      label: municipalityLabel(old),
      duplicate,
      // A merger takes effect on 1 January of the year after the last register the municipality is in.
      mergedOn: `${merger.lastYear + 1}-01-01`,
      mergedInto: into ? municipalityLabel(into) : merger.mergedInto,
      successor: merger.mergedInto,
    };
  }
  return { code, role, path, status: "unknown", label: code, duplicate };
}

/** The facts of an application under an edition. `at` is the fallback submission instant. */
export function applicationFacts(app: Application, ef: EditionFacts, at: number | null): ApplicationFacts {
  const members: MemberFact[] = [];
  const named = new Set<string>();
  const add = (code: string, role: MemberRole, path: string) => {
    members.push(memberFact(code, role, path, ef.registerYear, named.has(code)));
    named.add(code);
  };
  let jointAuthorityWithoutMembers = false;
  // The applicant, then each participant; a joint authority names the municipalities it acts for.
  const visit = (party: Party, path: string, role: MemberRole) => {
    if (party.type === "municipality") add(party.code, role, path);
    else if (party.type === "jointAuthority") {
      const codes = party.onBehalfOf ?? [];
      if (codes.length === 0) jointAuthorityWithoutMembers = true;
      codes.forEach((code, j) => {
        add(code, "onBehalfOf", `${path}.onBehalfOf[${j}]`);
      });
    }
  };
  visit(app.applicant, "applicant", "applicant");
  app.participants.forEach((p, i) => {
    visit(p, participantPath(i), "participant");
  });
  let submitted: ApplicationFacts["submitted"] = null;
  if (app.submittedAt !== undefined) {
    const r = parseInstant(app.submittedAt);
    if (r.success) submitted = { ms: r.data, iso: asHelsinkiIso(app.submittedAt, r.data), source: "application" };
  } else if (at !== null) {
    submitted = { ms: at, iso: toHelsinkiIso(at), source: "options.at" };
  }
  return { members, jointAuthorityWithoutMembers, budget: budgetFacts(app, ef), submitted };
}
