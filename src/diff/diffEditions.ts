import type { JsonValue } from "../assess/types.js";
import type { Certainty } from "../editions/cited.js";
import {
  BUDGET_CATEGORIES,
  CONDITION_CODES,
  CONTENT_CODES,
  CRITERION_CODES,
  EXCLUSION_CODES,
  type EditionId,
  FOCUS_AREA_CODES,
} from "../vocabulary/codes.js";
import { EditionError, editions, getEdition, unknownEdition } from "../editions/registry.js";
import { type CallEdition, callEditionSchema } from "../editions/schema.js";
import type { EditionChange } from "./types.js";

/** A node as the diff sees it: a cited node, or a bare value such as `registerYear`. */
interface Node {
  readonly value: unknown;
  readonly citation: string | null;
  readonly certainty: Certainty | null;
}

type Field = { readonly path: string; readonly node: (e: CallEdition) => Node };
type Keyed = {
  readonly prefix: string;
  readonly codes: readonly string[];
  readonly nodes: (e: CallEdition) => Readonly<Record<string, Node | undefined>>;
};

const APPROPRIATION: Field = { path: "appropriation", node: (e) => e.appropriation };

/** The appropriation as a pool of money: its amount and, when shared, every edition drawing on it. */
function pool(e: CallEdition) {
  const { amount, sharedWith } = e.appropriation.value;
  return { amount, shared: sharedWith.length === 0 ? [] : [...new Set([e.id, ...sharedWith])].sort() };
}

/**
 * The nodes compared, in the order of the edition schema. Left out on purpose: `id` and `title`
 * (they name the edition, and differ by definition), `sources` (reading links, not rules) and
 * `statistics` (outcomes of a call — applications received, grants made — not rules).
 */
const COMPARED: readonly (Field | Keyed)[] = [
  // Not a cited node: which year's municipality register (kuntaluettelo) the consortium rules read.
  { path: "registerYear", node: (e) => ({ value: e.registerYear, citation: null, certainty: null }) },
  { path: "legalBasis", node: (e) => e.legalBasis },
  { path: "budgetItem", node: (e) => e.budgetItem },
  APPROPRIATION,
  { path: "window.opensAt", node: (e) => e.window.opensAt },
  { path: "window.closesAt", node: (e) => e.window.closesAt },
  { path: "decidedOn", node: (e) => e.decidedOn },
  { path: "eligibility.applicantTypes", node: (e) => e.eligibility.applicantTypes },
  { path: "eligibility.partnerOnlyTypes", node: (e) => e.eligibility.partnerOnlyTypes },
  { path: "eligibility.jointOnly", node: (e) => e.eligibility.jointOnly },
  { path: "eligibility.minMunicipalities", node: (e) => e.eligibility.minMunicipalities },
  { path: "eligibility.jointAuthorityOnBehalf", node: (e) => e.eligibility.jointAuthorityOnBehalf },
  { path: "eligibility.alandMunicipalities", node: (e) => e.eligibility.alandMunicipalities },
  { path: "recipients", node: (e) => e.recipients },
  { prefix: "focusAreas", codes: FOCUS_AREA_CODES, nodes: (e) => e.focusAreas },
  { prefix: "exclusions", codes: EXCLUSION_CODES, nodes: (e) => e.exclusions },
  { path: "money.maxGrantRate", node: (e) => e.money.maxGrantRate },
  { path: "money.vatEligible", node: (e) => e.money.vatEligible },
  { prefix: "money.costCategories", codes: BUDGET_CATEGORIES, nodes: (e) => e.money.costCategories },
  { path: "period.latestEnd", node: (e) => e.period.latestEnd },
  { prefix: "requiredContents", codes: CONTENT_CODES, nodes: (e) => e.requiredContents },
  { prefix: "conditionsOfUse", codes: CONDITION_CODES, nodes: (e) => e.conditionsOfUse },
  { path: "reporting.finalReport", node: (e) => e.reporting.finalReport },
  { path: "reporting.auditorStatement", node: (e) => e.reporting.auditorStatement },
  { prefix: "criteria", codes: CRITERION_CODES, nodes: (e) => e.criteria },
];

/**
 * The differences between two call editions (hakukierrokset), for test suites that must catch a
 * rule change between call years and for readers who want to see one.
 *
 * What is compared, in this order (the order of the edition schema; code-keyed entries in the
 * order of their code list): `registerYear`, `legalBasis`, `budgetItem`, `appropriation`,
 * `window.opensAt`, `window.closesAt`, `decidedOn`, `eligibility.*` (applicant types, partner-only
 * types, `jointOnly`, `minMunicipalities`, `jointAuthorityOnBehalf`, `alandMunicipalities`),
 * `recipients`, `focusAreas.<code>`, `exclusions.<code>`, `money.maxGrantRate`, `money.vatEligible`,
 * `money.costCategories.<category>`, `period.latestEnd`, `requiredContents.<code>`,
 * `conditionsOfUse.<code>`, `reporting.finalReport`, `reporting.auditorStatement` and
 * `criteria.<code>`. Not compared: `id`, `title`, `sources` and `statistics`, which describe a call
 * rather than its rules.
 *
 * Nodes are compared by their `value` only (deep JSON equality, key order ignored). A change of
 * citation alone is not reported: the call page differs every year for the same statutory value
 * (`"0.85"` cites each year's page or 893/2019 4 §). Nor is a change of certainty alone
 * (`inferred` → `sourced` for the same value): the rule is the same, and the certainty of each
 * side is still reported on every change that is listed. The appropriation is compared as a pool
 * (its amount, and the edition with those it is `sharedWith`), so the two 2019 calls sharing one
 * 30 M€ appropriation show no change, though each names the other. A known value becoming unknown
 * (`notFound`, value `null`) is a `changed`.
 *
 * `diffEditions(a, a)` is empty, and `diffEditions(b, a)` mirrors `diffEditions(a, b)`: the same
 * paths in the same order, `added` ↔ `removed`, `before` ↔ `after`. Pure; the editions are not
 * changed and the values returned are fresh copies.
 *
 * @throws {EditionError} (a `RangeError` with the code `edition.unknown`, as `getEdition` throws and
 * `findEdition` answers) when an argument is neither an edition id nor a valid `CallEdition`, which
 * only a cast or an untyped caller can pass.
 *
 * @example
 * ```ts
 * diffEditions("2021", "2022").map((c) => `${c.kind} ${c.path}`);
 * //=> ["changed registerYear", "changed window.opensAt", "changed window.closesAt", "changed decidedOn",
 * //    "changed recipients", "removed focusAreas.builtEnvironmentServices", "removed focusAreas.digitalSecurity",
 * //    "added focusAreas.dataQuality", "added focusAreas.competence", "changed period.latestEnd"]
 * diffEditions("2022", "2022"); //=> []
 * ```
 */
export function diffEditions(a: EditionId | CallEdition, b: EditionId | CallEdition): EditionChange[] {
  const before = editionArgument(a);
  const after = editionArgument(b);
  const changes: EditionChange[] = [];
  for (const entry of COMPARED) {
    if (entry === APPROPRIATION) {
      // The two 2019 calls shared one 30 M€ appropriation, and each names the other in `sharedWith`:
      // compared as a pool (the edition and those it shares with), that is no change.
      if (!jsonEqual(pool(before), pool(after)))
        compare(changes, "appropriation", before.appropriation, after.appropriation);
      continue;
    }
    if ("path" in entry) {
      compare(changes, entry.path, entry.node(before), entry.node(after));
      continue;
    }
    const left = entry.nodes(before);
    const right = entry.nodes(after);
    for (const code of entry.codes) {
      compare(changes, `${entry.prefix}.${code}`, left[code], right[code]);
    }
  }
  return changes;
}

/** An edition as `diffEditions` takes it: a registered id or edition, or an edition object that passes the schema. */
function editionArgument(x: unknown): CallEdition {
  if (typeof x === "string") return getEdition(x as EditionId);
  if (editions.includes(x as CallEdition)) return x as CallEdition;
  try {
    const parsed = callEditionSchema.safeParse(x);
    if (parsed.success) return parsed.data;
  } catch {
    // A getter or proxy that throws: not an edition either.
  }
  throw new EditionError(unknownEdition(x));
}

function compare(out: EditionChange[], path: string, left: Node | undefined, right: Node | undefined): void {
  if (left === undefined && right === undefined) return;
  if (left !== undefined && right !== undefined && jsonEqual(left.value, right.value)) return;
  const kind = left === undefined ? "added" : right === undefined ? "removed" : "changed";
  out.push({
    path,
    kind,
    before: left === undefined ? null : toJson(left.value),
    after: right === undefined ? null : toJson(right.value),
    citation: { before: left?.citation ?? null, after: right?.citation ?? null },
    certainty: { before: left?.certainty ?? null, after: right?.certainty ?? null },
  });
}

/** Deep equality of JSON values; key order is ignored and an `undefined` member counts as absent. */
export function jsonEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    return x.every((item, i) => jsonEqual(item, y[i]));
  }
  const xr = x as Record<string, unknown>;
  const yr = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(xr), ...Object.keys(yr)]);
  for (const key of keys) {
    if (!jsonEqual(xr[key], yr[key])) return false;
  }
  return true;
}

/** A fresh, unfrozen plain-JSON copy, so a caller may keep or change what it is given. */
function toJson(value: unknown): JsonValue {
  if (value === null || typeof value !== "object") return value as JsonValue;
  if (Array.isArray(value)) return value.map(toJson);
  const out: Record<string, JsonValue> = {};
  for (const [key, member] of Object.entries(value)) {
    // defineProperty, so an own `__proto__` key stays a key and never sets the prototype.
    if (member !== undefined)
      Object.defineProperty(out, key, { value: toJson(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
