import * as z from "zod/mini";
import { assess } from "../assess/assess.js";
import type { Assessment, BudgetSummary, JsonValue } from "../assess/types.js";
import { type EditionId, editionIdSchema } from "../vocabulary/codes.js";
import type { Result } from "../vocabulary/result.js";
import { assertionError } from "./assertionError.js";
import { stableStringify } from "./stableStringify.js";

const money = z.optional(z.string().check(z.regex(/^-?\d+\.\d{2}$/, 'an amount with two decimals, e.g. "85000.00"')));

/** The budget figures a scenario may pin; each one given is compared as an exact decimal string. */
const budgetSchema = z.strictObject({
  totalCosts: money,
  eligibleCosts: money,
  conditionalCosts: money,
  ineligibleCosts: money,
  vat: money,
  rate: z.optional(z.string().check(z.regex(/^\d(\.\d+)?$/))),
  maxGrant: money,
  requestedGrant: money,
  ownShare: money,
});

const ruleList = z.array(z.string().check(z.minLength(1)));

/** The zod schema of a {@link Scenario}, as stored in a JSON file. */
export const scenarioSchema = z.strictObject({
  /** A short, unique name: `"2022: a single municipality is not enough"`. */
  name: z.string().check(z.minLength(1)),
  /** What the scenario shows and why the expected outcome is right, with the provision. */
  description: z.string().check(z.minLength(1)),
  /** The edition to assess under; the application's own `edition` when left out. */
  edition: z.optional(editionIdSchema),
  /** Options of the assessment: a fallback submission instant and the Åland policy. */
  options: z.optional(
    z.strictObject({
      at: z.optional(z.string()),
      alandMunicipalities: z.optional(z.enum(["allow", "review", "deny"])),
    }),
  ),
  /** The application, exactly as a caller would send it. */
  input: z.custom<NonNullable<unknown> | null>((v) => v !== undefined, "the input application is missing"),
  /** What the assessment must conclude. */
  expected: z.strictObject({
    /** The verdict. */
    status: z.enum(["invalid", "ineligible", "needsReview", "eligible"]),
    /** Every rule that fails, in any order (sorted reads best). */
    failingRules: ruleList,
    /** If given: every rule whose outcome is `review`. */
    reviewRules: z.optional(ruleList),
    /** If given: every rule whose outcome is `missing`. */
    missingRules: z.optional(ruleList),
    /** If given: budget figures to compare; `null` when the input must not parse. */
    budget: z.optional(z.nullable(budgetSchema)),
  }),
});

/** A canonical case: an application, the edition, and what the assessment must conclude. */
export type Scenario = z.infer<typeof scenarioSchema>;

/** Why a JSON value is not a scenario. */
export interface ScenarioIssue {
  /** Where in the scenario, as keys and indexes. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English (a message for the developer writing the scenario). */
  readonly message: string;
}

/** One way an assessment differs from its scenario's expectations. */
export interface ScenarioMismatch {
  /** What differs: `status`, `failingRules`, `reviewRules`, `missingRules`, `budget.<figure>` or `scenario`. */
  readonly field: string;
  /** What the scenario expected. */
  readonly expected: JsonValue;
  /** What the assessment gave. */
  readonly actual: JsonValue;
}

/** The result of running one scenario. */
export interface ScenarioResult {
  /** The scenario's name. */
  readonly name: string;
  /** Whether the assessment matched every expectation. */
  readonly passed: boolean;
  /** What differs; empty when passed. */
  readonly mismatches: readonly ScenarioMismatch[];
  /** The assessment, for a closer look; `null` when the scenario itself did not parse. */
  readonly assessment: Assessment | null;
}

/**
 * Reads a scenario from parsed JSON and checks its shape. Never throws.
 *
 * @example
 * ```ts
 * parseScenario({ name: "x", description: "y", input: {}, expected: { status: "invalid", failingRules: [] } }).success; //=> true
 * parseScenario({ name: "x" }).success; //=> false
 * ```
 */
export function parseScenario(json: unknown): Result<Scenario, ScenarioIssue> {
  let result: ReturnType<typeof scenarioSchema.safeParse>;
  try {
    // zod/mini sets no messages: zod's English ones are given to this parse, not to zod's global config.
    result = scenarioSchema.safeParse(json, { error: z.locales.en().localeError });
  } catch {
    return { success: false, issues: [{ path: [], message: "the scenario could not be read" }] };
  }
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map((i) => ({
    path: i.path.map((k) => (typeof k === "number" ? k : String(k))),
    message: i.message,
  }));
  return { success: false, issues };
}

/**
 * Assesses a scenario's application and compares the result with its expectations: the status,
 * the failing rules (as a set), and when given the review rules, the missing rules and the budget
 * figures (as exact strings). Accepts parsed JSON: a value that is not a scenario gives a result
 * that did not pass, with a `scenario` mismatch. Never throws.
 *
 * @example
 * ```ts
 * const r = runScenario(JSON.parse(readFileSync("test/scenarios/2022/single-municipality.json", "utf8")));
 * r.passed;     //=> true
 * r.mismatches; //=> []
 * ```
 */
export function runScenario(scenario: Scenario | unknown): ScenarioResult {
  const parsed = parseScenario(scenario);
  if (!parsed.success) {
    const name = nameOf(scenario);
    const actual = parsed.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    return {
      name,
      passed: false,
      mismatches: [{ field: "scenario", expected: "a valid scenario", actual }],
      assessment: null,
    };
  }
  const s = parsed.data;
  const edition: EditionId | undefined = s.edition;
  const assessment = assess(s.input, {
    ...(edition === undefined ? {} : { edition }),
    ...(s.options?.at === undefined ? {} : { at: s.options.at }),
    ...(s.options?.alandMunicipalities === undefined ? {} : { alandMunicipalities: s.options.alandMunicipalities }),
    locale: "en",
  });
  const mismatches: ScenarioMismatch[] = [];
  if (assessment.status !== s.expected.status) {
    mismatches.push({ field: "status", expected: s.expected.status, actual: assessment.status });
  }
  compareRules(mismatches, "failingRules", s.expected.failingRules, rulesWith(assessment, "fail"));
  if (s.expected.reviewRules)
    compareRules(mismatches, "reviewRules", s.expected.reviewRules, rulesWith(assessment, "review"));
  if (s.expected.missingRules)
    compareRules(mismatches, "missingRules", s.expected.missingRules, rulesWith(assessment, "missing"));
  const budget = s.expected.budget;
  if (budget === null && assessment.budget !== null) {
    mismatches.push({ field: "budget", expected: null, actual: { ...assessment.budget } });
  } else if (budget) {
    for (const [key, want] of Object.entries(budget) as [keyof BudgetSummary, string | undefined][]) {
      if (want === undefined) continue;
      const got = assessment.budget?.[key] ?? null;
      if (got !== want) mismatches.push({ field: `budget.${key}`, expected: want, actual: got });
    }
  }
  return { name: s.name, passed: mismatches.length === 0, mismatches, assessment };
}

/**
 * Runs every scenario of a list, in order. Never throws.
 *
 * @example
 * ```ts
 * runScenarios(scenarios).filter((r) => !r.passed); //=> [] when every scenario holds
 * ```
 */
export function runScenarios(list: readonly (Scenario | unknown)[]): ScenarioResult[] {
  return list.map(runScenario);
}

/**
 * Runs a scenario and throws an `AssertionError` listing every mismatch when it does not hold,
 * with `actual` and `expected` for the test runner's diff. Works under vitest, jest and
 * node:test; it imports none of them. Returns the result when the scenario holds.
 *
 * @example
 * ```ts
 * import { assertScenario } from "digikannustin/testing";
 * test(scenario.name, () => { assertScenario(scenario); });
 * ```
 */
export function assertScenario(scenario: Scenario | unknown): ScenarioResult {
  const result = runScenario(scenario);
  if (result.passed) return result;
  const lines = [`Scenario "${result.name}" does not hold:`];
  for (const m of result.mismatches) {
    lines.push(`  ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
  const failing = result.assessment?.findings.filter((f) => f.outcome !== "pass") ?? [];
  if (failing.length > 0) {
    lines.push("  findings that did not pass:");
    for (const f of failing) lines.push(`    ${f.outcome} ${f.rule}: ${f.message}`);
  }
  const expected = Object.fromEntries(result.mismatches.map((m) => [m.field, m.expected]));
  const actual = Object.fromEntries(result.mismatches.map((m) => [m.field, m.actual]));
  throw assertionError(lines.join("\n"), JSON.parse(stableStringify(actual)), JSON.parse(stableStringify(expected)));
}

function rulesWith(assessment: Assessment, outcome: string): string[] {
  return [...new Set(assessment.findings.filter((f) => f.outcome === outcome).map((f) => f.rule))].sort();
}

function compareRules(
  out: ScenarioMismatch[],
  field: string,
  expected: readonly string[],
  actual: readonly string[],
): void {
  const want = [...new Set(expected)].sort();
  if (want.length !== actual.length || want.some((r, i) => r !== actual[i]))
    out.push({ field, expected: want, actual: [...actual] });
}

function nameOf(value: unknown): string {
  try {
    const name = typeof value === "object" && value !== null ? (value as { name?: unknown }).name : undefined;
    if (typeof name === "string") return name;
  } catch {
    // A getter or proxy that throws: the scenario has no name to read.
  }
  return "(unnamed scenario)";
}
