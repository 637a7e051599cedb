import type { Application } from "../application/schema.js";
import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  CONTENT_CODES,
  type ContentCode,
  type CostTreatment,
  EXCLUSION_CODES,
  type ExclusionCode,
  FOCUS_AREA_CODES,
  type FocusAreaCode,
  REGISTER_YEARS,
  type RegisterYear,
} from "../editions/codes.js";
import type { CallEdition } from "../editions/schema.js";
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
  /** The edition's exclusions, in code order. */
  readonly exclusions: readonly ExclusionCode[];
  /** The edition's required contents, in code order. */
  readonly contents: readonly ContentCode[];
  /** The maximum grant rate as the edition writes it, e.g. `"0.85"`. */
  readonly rateText: string;
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
    exclusions: EXCLUSION_CODES.filter((c) => edition.exclusions[c] !== undefined),
    contents: CONTENT_CODES.filter((c) => edition.requiredContents[c] !== undefined),
    rateText: edition.money.maxGrantRate.value,
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
  /** For a dissolved municipality: the last register year it is in. */
  readonly lastYear?: RegisterYear;
  /** For a dissolved municipality: whom it merged into, as a label. */
  readonly mergedInto?: string;
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
  let label = labels.get(m);
  if (label === undefined) {
    label = m.nameSv === m.nameFi ? `${m.code} ${m.nameFi}` : `${m.code} ${m.nameFi} (${m.nameSv})`;
    labels.set(m, label);
  }
  return label;
}
// The registers are frozen and live as long as the library: each label is built once.
const labels = new WeakMap<Municipality, string>();

const OLDEST_REGISTER = REGISTER_YEARS[0];

// The paths of the first participants and of the first municipalities a joint authority names,
// written once: every assessment names them in its facts.
const PARTICIPANT_PATHS = Array.from({ length: 16 }, (_, i) => `participants[${i}]`);
const ON_BEHALF_PATHS = new Map<string, string[]>(
  ["applicant", ...PARTICIPANT_PATHS].map((where) => [
    where,
    Array.from({ length: 32 }, (_, j) => `${where}.onBehalfOf[${j}]`),
  ]),
);

/** `"participants[2]"`: the path of the participant at that index. */
export function participantPath(i: number): string {
  return PARTICIPANT_PATHS[i] ?? `participants[${i}]`;
}

/** `"participants[2].onBehalfOf[0]"`: the path of a municipality a joint authority at `where` acts for. */
function onBehalfPath(where: string, j: number): string {
  return ON_BEHALF_PATHS.get(where)?.[j] ?? `${where}.onBehalfOf[${j}]`;
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
      lastYear: merger.lastYear,
      mergedInto: into ? municipalityLabel(into) : merger.mergedInto,
    };
  }
  return { code, role, path, status: "unknown", label: code, duplicate };
}

/** Below this many municipalities, a code named before is found by looking back, with no set to build. */
const FEW_MEMBERS = 32;

/** Whether `code` is among the first `n` members (a look back, for a few members). */
function namedBefore(members: readonly MemberFact[], n: number, code: string): boolean {
  for (let i = 0; i < n; i++) if (members[i]!.code === code) return true;
  return false;
}

/** The municipality named at `path`, after the first `k` members; notes whether it was named before. */
function nextMember(
  members: readonly MemberFact[],
  k: number,
  seen: Set<string> | null,
  code: string,
  role: MemberRole,
  path: string,
  year: RegisterYear,
): MemberFact {
  const duplicate = seen === null ? namedBefore(members, k, code) : seen.has(code);
  seen?.add(code);
  return memberFact(code, role, path, year, duplicate);
}

/** How many municipalities the application names: the applicant or participant municipalities and the joint authorities' `onBehalfOf`. */
function memberCount(app: Application): number {
  let n = 0;
  for (let i = -1; i < app.participants.length; i++) {
    const party = i < 0 ? app.applicant : app.participants[i]!;
    if (party.type === "municipality") n++;
    else if (party.type === "jointAuthority") n += party.onBehalfOf?.length ?? 0;
  }
  return n;
}

/** The facts of an application under an edition. `at` is the fallback submission instant. */
export function applicationFacts(app: Application, ef: EditionFacts, at: number | null): ApplicationFacts {
  const year = ef.registerYear;
  // Counted first, so the list is made at its length; a code named before is looked back for
  // among a few, and kept in a set among many (up to 400 × 400 through onBehalfOf).
  const count = memberCount(app);
  const members: MemberFact[] = new Array(count);
  const seen = count > FEW_MEMBERS ? new Set<string>() : null;
  let k = 0;
  let jointAuthorityWithoutMembers = false;
  // The applicant, then each participant; a joint authority names the municipalities it acts for.
  for (let i = -1; i < app.participants.length; i++) {
    const party = i < 0 ? app.applicant : app.participants[i]!;
    const where = i < 0 ? "applicant" : participantPath(i);
    if (party.type === "municipality") {
      members[k] = nextMember(members, k, seen, party.code, i < 0 ? "applicant" : "participant", where, year);
      k++;
    } else if (party.type === "jointAuthority") {
      const codes = party.onBehalfOf ?? [];
      if (codes.length === 0) jointAuthorityWithoutMembers = true;
      for (let j = 0; j < codes.length; j++) {
        members[k] = nextMember(members, k, seen, codes[j]!, "onBehalfOf", onBehalfPath(where, j), year);
        k++;
      }
    }
  }
  let submitted: ApplicationFacts["submitted"] = null;
  if (app.submittedAt !== undefined) {
    const r = parseInstant(app.submittedAt);
    if (r.success) submitted = { ms: r.data, iso: asHelsinkiIso(app.submittedAt, r.data), source: "application" };
  } else if (at !== null) {
    submitted = { ms: at, iso: toHelsinkiIso(at), source: "options.at" };
  }
  return { members, jointAuthorityWithoutMembers, budget: budgetFacts(app, ef), submitted };
}
