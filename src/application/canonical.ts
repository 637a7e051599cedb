import { BUDGET_CATEGORIES, EDITION_IDS, FOCUS_AREA_CODES } from "../editions/codes.js";
import { parseBusinessId } from "../reference/businessId.js";
import { parseCalendarDate, parseInstant } from "../time/instant.js";
import type { Application } from "./schema.js";

// A reader of the usual application for `allocate`, which parses up to 100 000 at a time. zod's
// compiled parser allocates some 3.7 kB per application (a closure for each optional field, a
// payload for each transform); this one allocates only what it returns. It takes only the
// plainest form of the input contract: amounts already canonical strings, names that need no
// trimming, lengths well inside the limits. For anything else it answers `undefined`, and zod
// (`parseApplication`) decides. What it returns equals `parseApplication`'s data, key for key in
// the same order; test/application/canonical.property.test.ts holds it to that, and to the
// schema's list of fields.

type Fields = Record<string, unknown>;

const EDITIONS: ReadonlySet<unknown> = new Set(EDITION_IDS);
const FOCUS_AREAS: ReadonlySet<unknown> = new Set(FOCUS_AREA_CODES);
const CATEGORIES: ReadonlySet<unknown> = new Set(BUDGET_CATEGORIES);

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The application as `parseApplication` would give it, when the input is in the plain form read
 * here; `undefined` otherwise (then ask `parseApplication`, which also reports any issue). Never
 * throws. Internal, for `allocate`.
 */
export function readCanonicalApplication(input: unknown): Application | undefined {
  try {
    return readApplication(input);
  } catch {
    // A getter or proxy that throws: zod reports it.
    return undefined;
  }
}

function readApplication(input: unknown): Application | undefined {
  if (!isFields(input)) return undefined;
  const id = input["id"];
  if (id !== undefined && (typeof id !== "string" || id.length > 200)) return undefined;
  const edition = input["edition"];
  if (!EDITIONS.has(edition)) return undefined;
  const submittedAt = input["submittedAt"];
  if (
    submittedAt !== undefined &&
    !(typeof submittedAt === "string" && submittedAt.length <= 64 && parseInstant(submittedAt).success)
  )
    return undefined;
  const applicant = readParty(input["applicant"]);
  if (applicant === undefined) return undefined;
  const given = input["participants"];
  let participants: Fields[];
  if (given === undefined) participants = [];
  else {
    if (!Array.isArray(given) || given.length > 400) return undefined;
    participants = new Array(given.length);
    for (let i = 0; i < given.length; i++) {
      const p = readParty(given[i]);
      if (p === undefined) return undefined;
      participants[i] = p;
    }
  }
  const project = readProject(input["project"]);
  if (project === undefined) return undefined;
  const budget = readBudget(input["budget"]);
  if (budget === undefined) return undefined;
  // zod's order: an optional field is written when its key is in the input, even as undefined.
  const out: Fields = {};
  if ("id" in input) out["id"] = id;
  out["edition"] = edition;
  if ("submittedAt" in input) out["submittedAt"] = submittedAt;
  out["applicant"] = applicant;
  out["participants"] = participants;
  out["project"] = project;
  out["budget"] = budget;
  return out as Application;
}

/** A name that needs no trimming, of 2–500 characters (zod counts the edge lengths its own way). */
function readName(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length < 2 || value.length > 500 || value.trim() !== value) return undefined;
  return value;
}

/** A business ID in canonical form, or `undefined`. */
function readBusinessId(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 64) return undefined;
  const r = parseBusinessId(value);
  return r.success ? r.data : undefined;
}

function readParty(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  const type = value["type"];
  if (type === "municipality") {
    const code = value["code"];
    if (!isCode(code)) return undefined;
    const name = value["name"];
    if (name !== undefined && readName(name) === undefined) return undefined;
    const out: Fields = { type, code };
    if ("name" in value) out["name"] = name;
    return out;
  }
  if (type === "jointAuthority") {
    const businessId = readBusinessId(value["businessId"]);
    const name = readName(value["name"]);
    if (businessId === undefined || name === undefined) return undefined;
    const given = value["onBehalfOf"];
    let onBehalfOf: string[] | undefined;
    if (given !== undefined) {
      if (!Array.isArray(given) || given.length > 400) return undefined;
      onBehalfOf = new Array(given.length);
      for (let i = 0; i < given.length; i++) {
        const code = given[i];
        if (!isCode(code)) return undefined;
        onBehalfOf[i] = code;
      }
    }
    const out: Fields = { type, businessId, name };
    if ("onBehalfOf" in value) out["onBehalfOf"] = onBehalfOf;
    return out;
  }
  if (type === "association" || type === "company" || type === "other") {
    const name = readName(value["name"]);
    if (name === undefined) return undefined;
    const given = value["businessId"];
    const businessId = given === undefined ? undefined : readBusinessId(given);
    if (given !== undefined && businessId === undefined) return undefined;
    const out: Fields = { type, name };
    if ("businessId" in value) out["businessId"] = businessId;
    return out;
  }
  return undefined;
}

/** An optional text of at most 20 000 characters: `true` when absent or fine. */
function textFits(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length <= 20_000);
}

/** An optional calendar date: `true` when absent or a real date. */
function dateFits(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length <= 64 && parseCalendarDate(value).success);
}

function readProject(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  const name = readName(value["name"]);
  if (name === undefined) return undefined;
  const focusArea = value["focusArea"];
  if (focusArea !== undefined && !FOCUS_AREAS.has(focusArea)) return undefined;
  const declarations = readDeclarations(value["declarations"]);
  if (declarations === undefined) return undefined;
  // Each field by its own name, not in a loop over names: a property read with a fixed name is
  // several times faster than one with a name from a list.
  const { start, end, objectives, measures, results, disseminationPlan, schedule, organisation, relatedProjects } =
    value;
  if (!dateFits(start) || !dateFits(end)) return undefined;
  if (!textFits(objectives) || !textFits(measures) || !textFits(results) || !textFits(disseminationPlan))
    return undefined;
  if (!textFits(schedule) || !textFits(organisation) || !textFits(relatedProjects)) return undefined;
  const out: Fields = { name };
  if ("focusArea" in value) out["focusArea"] = focusArea;
  out["declarations"] = declarations;
  if ("start" in value) out["start"] = start;
  if ("end" in value) out["end"] = end;
  if ("objectives" in value) out["objectives"] = objectives;
  if ("measures" in value) out["measures"] = measures;
  if ("results" in value) out["results"] = results;
  if ("disseminationPlan" in value) out["disseminationPlan"] = disseminationPlan;
  if ("schedule" in value) out["schedule"] = schedule;
  if ("organisation" in value) out["organisation"] = organisation;
  if ("relatedProjects" in value) out["relatedProjects"] = relatedProjects;
  return out;
}

/** The exclusion declarations, each `true`, `false`, `null` or absent; `{}` when none are given (a new object each time, as zod clones its default). */
function readDeclarations(given: unknown): Fields | undefined {
  const out: Fields = {};
  if (given === undefined) return out;
  if (!isFields(given)) return undefined;
  const { socialAndHealthCare, digitisationOnly, builtEnvironment, archiving, caseManagement } = given;
  if (!answerFits(socialAndHealthCare) || !answerFits(digitisationOnly) || !answerFits(builtEnvironment))
    return undefined;
  if (!answerFits(archiving) || !answerFits(caseManagement)) return undefined;
  if ("socialAndHealthCare" in given) out["socialAndHealthCare"] = socialAndHealthCare;
  if ("digitisationOnly" in given) out["digitisationOnly"] = digitisationOnly;
  if ("builtEnvironment" in given) out["builtEnvironment"] = builtEnvironment;
  if ("archiving" in given) out["archiving"] = archiving;
  if ("caseManagement" in given) out["caseManagement"] = caseManagement;
  return out;
}

function answerFits(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "boolean";
}

/**
 * Whether a value is a canonical amount string (the input contract's `CANONICAL_AMOUNT`: `0` or
 * 1–14 digits without a leading zero, a point, two digits), read character by character, which
 * for these short texts is several times faster than the pattern. A property test holds the two together.
 */
export function isCanonicalAmount(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const n = value.length;
  const point = n - 3;
  // "0.00" is the shortest; 14 integer digits the longest.
  if (
    point < 1 ||
    point > 14 ||
    value.charCodeAt(point) !== 46 /* . */ ||
    !isDigit(value.charCodeAt(n - 2)) ||
    !isDigit(value.charCodeAt(n - 1))
  ) {
    return false;
  }
  const first = value.charCodeAt(0);
  if (first === 48 /* 0 */) return point === 1;
  for (let i = 0; i < point; i++) if (!isDigit(value.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A municipality code: three digits. */
function isCode(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length === 3 &&
    isDigit(value.charCodeAt(0)) &&
    isDigit(value.charCodeAt(1)) &&
    isDigit(value.charCodeAt(2))
  );
}

function readBudget(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  const given = value["lines"];
  if (!Array.isArray(given) || given.length > 1000) return undefined;
  const lines: Fields[] = new Array(given.length);
  for (let i = 0; i < given.length; i++) {
    const line = given[i];
    if (!isFields(line)) return undefined;
    const category = line["category"];
    const amount = line["amount"];
    const vat = line["vat"];
    if (!CATEGORIES.has(category) || !isCanonicalAmount(amount) || (vat !== undefined && !isCanonicalAmount(vat)))
      return undefined;
    const description = line["description"];
    const necessary = line["necessary"];
    const actualCosts = line["actualCosts"];
    if (!textFits(description)) return undefined;
    if (
      (necessary !== undefined && typeof necessary !== "boolean") ||
      (actualCosts !== undefined && typeof actualCosts !== "boolean")
    )
      return undefined;
    const out: Fields = { category, amount, vat: vat ?? "0.00" };
    if ("description" in line) out["description"] = description;
    if ("necessary" in line) out["necessary"] = necessary;
    if ("actualCosts" in line) out["actualCosts"] = actualCosts;
    lines[i] = out;
  }
  const requestedGrant = value["requestedGrant"];
  if (!isCanonicalAmount(requestedGrant)) return undefined;
  return { lines, requestedGrant };
}
