import { allocate } from "../../allocate/allocate.js";
import type { AllocateOptions, Allocation, AllocationResult } from "../../allocate/types.js";
import { editionIds, getEdition } from "../../editions/registry.js";
import { formatAmount } from "../../money/format.js";
import type { EditionId } from "../../vocabulary/codes.js";
import type { Locale } from "../../vocabulary/locale.js";
import { type ParsedArgs, choice } from "../args.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { table } from "../format.js";
import { cliText } from "../messages.js";

// The options a call file may carry beside its candidates; flags override them.
const FILE_OPTIONS = [
  "edition",
  "appropriation",
  "strategy",
  "partial",
  "unit",
  "include",
  "minScore",
  "scoreModel",
] as const;

/** `digikannustin allocate <file>`: exit 0 when the allocation is made, 2 when the file or options are not valid. */
export async function allocateCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [file, ...extra] = args.positionals.slice(1);
  if (file === undefined || extra.length > 0) {
    throw cliError(
      "cli.wrongArguments",
      { name: "digikannustin allocate <file> [--appropriation <euros>] [--strategy ranked|proRata] [--json]" },
      locale,
    );
  }
  const v = args.values;
  const flags: Record<string, unknown> = {
    edition: choice("--edition", v.edition, editionIds, locale),
    appropriation: typeof v.appropriation === "string" ? v.appropriation : undefined,
    strategy: choice("--strategy", v.strategy, ["ranked", "proRata"], locale),
    partial: choice("--partial", v.partial, ["skip", "partial"], locale),
    unit: choice("--unit", v.unit, ["cent", "euro"], locale),
  };
  const input = await readJson(file, io, locale);
  if (typeof input !== "object" || input === null || !Array.isArray((input as { candidates?: unknown }).candidates)) {
    throw cliError("cli.invalidCallFile", { file }, locale);
  }
  const call = input as Record<string, unknown> & { candidates: unknown[] };
  const options: Record<string, unknown> = { locale };
  for (const key of FILE_OPTIONS) if (call[key] !== undefined) options[key] = call[key];
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) options[key] = value;

  const result = allocate(call.candidates as never, options as AllocateOptions);
  if (!result.success) {
    throw cliError(
      "cli.allocationFailed",
      { file },
      locale,
      result.issues.map((i) => `  - ${i.message}`),
    );
  }
  const problems = scoreProblems(call.candidates, result.data.edition, locale);
  if (problems.length > 0) {
    throw cliError(
      "cli.invalidScores",
      { file, edition: result.data.edition },
      locale,
      problems.map((p) => `  - ${p}`),
    );
  }
  io.stdout(args.values.json ? `${JSON.stringify(result.data, null, 2)}\n` : renderAllocation(result.data, locale));
  return EXIT.ok;
}

/**
 * The scale of a reviewer's score. The ministry published no scale (nor weights or points) for any
 * call; 1–5 is the scale of the built-in example call, and `allocate --help` says so.
 */
export const SCORE_SCALE = { min: 1, max: 5, text: "1–5" } as const;

/** A score on the scale: a finite number or a plain decimal string from 1 to 5. */
function onScale(value: unknown): boolean {
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return n >= SCORE_SCALE.min && n <= SCORE_SCALE.max;
}

/**
 * What the library would pass over in a call file's scores, as lines for the user: an id used more
 * than once (the library rejects every candidate with it), a criterion the edition does not have
 * (the library ignores it) and a score off the scale (the library takes any number). Blank scores
 * (`null`) are the library's to handle: it leaves that reviewer out and says so.
 */
export function scoreProblems(candidates: readonly unknown[], edition: EditionId, locale: Locale): string[] {
  const problems: string[] = [];
  const rows = candidates.map((c, i) => {
    const row = typeof c === "object" && c !== null ? (c as { id?: unknown; score?: unknown }) : {};
    return { id: typeof row.id === "string" ? row.id : `#${i + 1}`, score: row.score };
  });
  const seen = new Map<string, number>();
  for (const { id } of rows) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push(cliText("cli.score.duplicateId", { id, count }, locale));
  const own = Object.keys(getEdition(edition).criteria);
  const allowed = own.join(", ");
  const offScale = (id: string, criterion: string, value: unknown) =>
    cliText("cli.score.offScale", { id, criterion, value: JSON.stringify(value), scale: SCORE_SCALE.text }, locale);
  for (const { id, score } of rows) {
    if (score === undefined || score === null) continue;
    if (typeof score !== "object") {
      if (!onScale(score)) problems.push(offScale(id, "score", score));
      continue;
    }
    const reviewers = (score as { reviewers?: unknown }).reviewers;
    if (!Array.isArray(reviewers)) continue;
    for (const r of reviewers) {
      if (typeof r !== "object" || r === null) continue;
      const named = r as { scores?: unknown };
      const scores = (typeof named.scores === "object" && named.scores !== null ? named.scores : r) as Record<
        string,
        unknown
      >;
      for (const [criterion, value] of Object.entries(scores)) {
        if (!own.includes(criterion))
          problems.push(cliText("cli.score.unknownCriterion", { id, criterion, edition, allowed }, locale));
        else if (value !== null && !onScale(value)) problems.push(offScale(id, criterion, value));
      }
    }
  }
  return problems;
}

/** The reason a reader wants in a table: for a rejected application the rule that failed, else the first reason. */
export function mainReason(a: Allocation): string {
  return (a.reasons.find((r) => r.rule) ?? a.reasons[0])?.message ?? "";
}

/** An allocation as text: one row per application in funding order, then the totals and notes. */
export function renderAllocation(r: AllocationResult, locale: Locale): string {
  const headers = [
    "cli.col.rank",
    "cli.col.id",
    "cli.col.status",
    "cli.col.score",
    "cli.col.amount",
    "cli.col.reason",
  ] as const;
  const rows = r.allocations.map((a) => [
    a.rank === null ? "–" : String(a.rank),
    a.id,
    cliText(`cli.allocation.${a.status}`, {}, locale),
    a.score ?? "–",
    formatAmount(a.amount, locale),
    a.status === "granted" ? "" : mainReason(a),
  ]);
  const out = [
    `${cliText("cli.label.edition", {}, locale)} ${r.edition} · ${cliText("cli.label.appropriation", {}, locale)} ${formatAmount(r.appropriation, locale)} · ${cliText(`cli.strategy.${r.strategy}`, {}, locale)}`,
    "",
    table(
      headers.map((h) => cliText(h, {}, locale)),
      rows,
      [0, 3, 4],
    ),
    "",
    `${cliText("cli.label.totalGranted", {}, locale)}: ${formatAmount(r.totalGranted, locale)}`,
    `${cliText("cli.label.remaining", {}, locale)}: ${formatAmount(r.remaining, locale)}`,
    cliText("cli.label.counts", r.counts, locale),
    "",
    ...r.notes.map((n) => `* ${n.message}`),
  ];
  return `${out.join("\n")}\n`;
}
