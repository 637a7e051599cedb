import { isRecord } from "../vocabulary/read.js";
import { editions, findEdition } from "../editions/registry.js";
import { type CallEdition, callEditionSchema } from "../editions/schema.js";
import { LOCALES, type Locale, isLocale } from "../vocabulary/locale.js";
import { type Amount, parseAmount } from "../money/amount.js";
import { canonical } from "../money/arithmetic.js";
import { Dec } from "../money/decimal.js";
import type { RoundingUnit } from "../money/rounding.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import type { AllocationIssue } from "../scoring/issue.js";
import { issue } from "../scoring/catalogueIssue.js";
import { readDecimal, scoringModel } from "../scoring/score.js";
import type { ScoringModel } from "../scoring/types.js";
import { type Reason, reason } from "./reason.js";
import type { AllocateOptions, AllocationStrategy, CompetingPool, PartialPolicy } from "./types.js";

/** The options of an allocation after validation, with the edition and appropriation resolved. */
export interface Settings {
  readonly edition: CallEdition;
  readonly strategy: AllocationStrategy;
  readonly partial: PartialPolicy;
  readonly unit: RoundingUnit;
  readonly include: CompetingPool;
  readonly minScore: Dec | null;
  readonly locale: Locale;
  /** The appropriation, a canonical amount. */
  readonly appropriation: Amount;
  readonly scoring: ScoringModel;
  /** Notes on where the appropriation and the weights came from. */
  readonly notes: readonly Reason[];
}

const STRATEGIES: readonly AllocationStrategy[] = ["ranked", "proRata"];
const PARTIALS: readonly PartialPolicy[] = ["skip", "partial"];
const UNITS: readonly RoundingUnit[] = ["cent", "euro"];
const POOLS: readonly CompetingPool[] = ["eligible", "eligibleAndReview"];

/** The options an allocation reads, each read once by {@link snapshotOptions}. */
const OPTION_KEYS = [
  "edition",
  "appropriation",
  "strategy",
  "partial",
  "unit",
  "include",
  "minScore",
  "scoreModel",
  "assess",
  "locale",
] as const satisfies readonly (keyof AllocateOptions)[];

/**
 * The options as a plain object, each known key read once, so that nothing later meets a getter or
 * a proxy; `null` when the options are not an object or reading one throws (both refused alike).
 */
export function snapshotOptions(options: unknown): AllocateOptions | null {
  try {
    if (!isRecord(options)) return null;
    const read: Record<string, unknown> = {};
    for (const key of OPTION_KEYS) {
      const value = (options as Record<string, unknown>)[key];
      if (value !== undefined) read[key] = value;
    }
    return read as AllocateOptions;
  } catch {
    // A getter or proxy that throws.
    return null;
  }
}

/** The issue for options that are not an object, or cannot be read. */
export function notAnObject(locale: Locale): AllocationIssue {
  return issue("allocation.invalidOption", { option: "options", expected: "an object" }, locale);
}

/** The locale of options that may not be readable: Finnish when even reading it throws. */
export function safeLocale(options: unknown): Locale {
  try {
    return readLocale(options);
  } catch {
    // A getter or proxy that throws: the option is not given.
    return "fi";
  }
}

/** The locale of the options, Finnish when absent or not a locale (the issue then says so in Finnish). */
export function readLocale(options: unknown): Locale {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  return isLocale(locale) ? locale : "fi";
}

function choice<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  option: string,
  locale: Locale,
  issues: AllocationIssue[],
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  issues.push(
    issue("allocation.invalidOption", { option, expected: allowed.map((a) => `"${a}"`).join(" | ") }, locale),
  );
  return fallback;
}

/**
 * Validates the options and resolves the edition (the option, else the one most applications
 * name), the appropriation (the option, else the edition's) and the scoring model.
 * `named` holds the edition each valid application names.
 */
export function readSettings(options: AllocateOptions, named: readonly string[]): Result<Settings, AllocationIssue> {
  const locale = readLocale(options);
  const issues: AllocationIssue[] = [];
  if (options.locale !== undefined && options.locale !== locale) {
    issues.push(
      issue(
        "allocation.invalidOption",
        { option: "locale", expected: LOCALES.map((l) => `"${l}"`).join(" | ") },
        locale,
      ),
    );
  }
  const strategy = choice(options.strategy, STRATEGIES, "ranked", "strategy", locale, issues);
  const partial = choice(options.partial, PARTIALS, "skip", "partial", locale, issues);
  const unit = choice(options.unit, UNITS, "cent", "unit", locale, issues);
  const include = choice(options.include, POOLS, "eligible", "include", locale, issues);
  let minScore: Dec | null = null;
  if (options.minScore !== undefined) {
    minScore = readDecimal(options.minScore);
    if (minScore === null)
      issues.push(issue("allocation.invalidMinScore", { input: String(options.minScore).slice(0, 40) }, locale));
  }
  const edition = resolveEdition(options.edition, named, locale);
  if (!edition.success) issues.push(...edition.issues);
  let appropriation: Amount | null = null;
  if (options.appropriation !== undefined) {
    const a = parseAmount(options.appropriation);
    if (a.success) appropriation = a.data;
    else
      issues.push(
        issue("allocation.invalidAppropriation", { input: String(options.appropriation).slice(0, 40) }, locale),
      );
  }
  if (!edition.success || issues.length > 0) return { success: false, issues };
  const scoring = scoringModel(edition.data, options.scoreModel ?? {}, locale);
  if (!scoring.success) return scoring;

  const e = edition.data;
  const notes: Reason[] = [];
  if (appropriation === null) {
    const amount = e.appropriation.value.amount;
    appropriation = canonical(new Dec(amount));
    notes.push(reason("allocation.appropriationFromEdition", { edition: e.id, amount }, e.appropriation.citation));
    if (e.appropriation.value.sharedWith.length > 0) {
      const sharedWith = [...e.appropriation.value.sharedWith];
      notes.push(
        reason("allocation.sharedAppropriation", { edition: e.id, amount, sharedWith }, e.appropriation.citation),
      );
    }
  }
  const weights = scoring.data.criteria.map((c) => `${c.code} ${c.weight}`);
  notes.push(reason("allocation.weightsNotOfficial", { weights }, "893/2019 2 §"));
  return ok({
    edition: e,
    strategy,
    partial,
    unit,
    include,
    minScore,
    locale,
    appropriation,
    scoring: scoring.data,
    notes,
  });
}

/** The edition to allocate: the option, or the one most valid applications name. */
function resolveEdition(
  option: unknown,
  named: readonly string[],
  locale: Locale,
): Result<CallEdition, AllocationIssue> {
  if (typeof option === "object" && option !== null) {
    // A registered edition is already validated and frozen; any other object is checked first.
    if (editions.includes(option as CallEdition)) return ok(option as CallEdition);
    const parsed = callEditionSchema.safeParse(option);
    if (parsed.success) return ok(parsed.data);
    return fail(
      issue("allocation.invalidOption", { option: "edition", expected: "an edition id or a CallEdition" }, locale),
    );
  }
  if (option !== undefined) return byId(option, locale);
  const counts = new Map<string, number>();
  for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
  if (counts.size === 0) return fail(issue("allocation.noEdition", {}, locale));
  const top = Math.max(...counts.values());
  const leaders = [...counts]
    .filter(([, n]) => n === top)
    .map(([id]) => id)
    .sort();
  if (leaders.length > 1) return fail(issue("allocation.ambiguousEdition", { editions: leaders }, locale));
  return byId(leaders[0], locale);
}

function byId(id: unknown, locale: Locale): Result<CallEdition, AllocationIssue> {
  const found = findEdition(id);
  if (found.success) return found;
  return fail(issue("allocation.unknownEdition", { edition: found.issues[0]?.input ?? String(id) }, locale));
}

/** The minimum score as given, canonical (`"3.5"`), for the result. */
export function minScoreText(minScore: Dec | null): string | null {
  return minScore === null ? null : minScore.toString();
}
