import {
  type AllocateOptions,
  type Allocation,
  type AllocationResult,
  type Locale,
  allocate,
  editionIds,
  formatAmount,
} from "../../index.js";
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
  io.stdout(args.values.json ? `${JSON.stringify(result.data, null, 2)}\n` : renderAllocation(result.data, locale));
  return EXIT.ok;
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
