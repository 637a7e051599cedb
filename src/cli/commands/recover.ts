import { recover } from "../../award/recover.js";
import type { InterestPiece, Recovery, RecoveryWaiver } from "../../award/recoverTypes.js";
import { formatAmount } from "../../money/format.js";
import { formatDate } from "../../time/format.js";
import { parseCalendarDate } from "../../time/instant.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { OUTCOME_MARK } from "../format.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { cliText } from "../messages.js";

const USAGE =
  "digikannustin recover <terms.json> <payments.json> <grounds.json> --at <date> [--learned-on <date>] [--due-on <date>] [--day-count actual/365|actual/actual|actual/360] [--rates <rates.json>] [--waiver <amount>|all --waiver-reason <text>] [--locale fi|sv|en] [--json]";

/**
 * `digikannustin recover <terms> <payments> <grounds> --at <date>`: the recovery on the day of the
 * decision (688/2001 21–28 §), with interest. Exit 0 computed (to recover, or barred); 3 when only
 * discretionary grounds (22 §) were given, so the ministry decides; 2 on invalid input or usage.
 */
export async function recoverCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [termsFile, paymentsFile, groundsFile, ...extra] = args.positionals.slice(1);
  const at = args.values.at;
  if (
    termsFile === undefined ||
    paymentsFile === undefined ||
    groundsFile === undefined ||
    extra.length > 0 ||
    typeof at !== "string"
  )
    throw cliError("cli.wrongArguments", { name: USAGE }, locale);
  const dates: Record<string, string> = {};
  for (const [flag, key] of [
    ["learned-on", "learnedOn"],
    ["due-on", "dueOn"],
  ] as const) {
    const v = args.values[flag];
    if (typeof v !== "string") continue;
    if (!parseCalendarDate(v).success)
      throw cliError("cli.badOptionValue", { name: `--${flag}`, value: v, allowed: "YYYY-MM-DD" }, locale);
    dates[key] = v;
  }
  const dayCount = args.values["day-count"];
  const waiver = waiverOption(args.values.waiver, args.values["waiver-reason"], locale);
  const terms = await readJson(termsFile, io, locale);
  const payments = await readJson(paymentsFile, io, locale);
  const grounds = await readJson(groundsFile, io, locale);
  const ratesFile = args.values.rates;
  const rates = typeof ratesFile === "string" ? await readJson(ratesFile, io, locale) : undefined;
  const r = recover(terms as never, payments as never, grounds as never, {
    at,
    locale,
    ...dates,
    ...(typeof dayCount === "string" ? { dayCount: dayCount as never } : {}),
    ...(rates === undefined ? {} : { rates: rates as never }),
    ...(waiver === undefined ? {} : { waiver }),
  });
  if (!r.success)
    throw cliError(
      "cli.invalidRecovery",
      {},
      locale,
      r.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  io.stdout(args.values.json ? `${JSON.stringify(r.data, null, 2)}\n` : renderRecovery(r.data, locale));
  return r.data.outcome === "review" ? EXIT.needsReview : EXIT.ok;
}

/**
 * The waiver of `--waiver <amount>|all` and `--waiver-reason <text>` (688/2001 26 §): both or
 * neither. `all` states the especially weighty reason that 26 § asks for a waiver of the whole.
 */
function waiverOption(
  amount: string | boolean | undefined,
  reason: string | boolean | undefined,
  locale: Locale,
): RecoveryWaiver | undefined {
  if (amount === undefined && reason === undefined) return undefined;
  if (typeof amount !== "string" || typeof reason !== "string")
    throw cliError("cli.wrongArguments", { name: USAGE }, locale);
  return amount === "all" ? { all: true, especiallyWeighty: true, reason } : { amount, reason };
}

/** One interest piece as a line: its days, rate and amount. */
function piece(p: InterestPiece, locale: Locale): string {
  const certainty = p.certainty === "inferred" ? " *" : "";
  return `      ${formatDate(p.from, locale)} – ${formatDate(p.to, locale)}  ${p.days} d × ${p.rate} %${certainty}  ${formatAmount(p.amount, locale)}`;
}

/** A recovery as text: the outcome, the findings, each payment's part and interest, the totals and the liable. */
export function renderRecovery(r: Recovery, locale: Locale): string {
  const out: string[] = [];
  out.push(`${r.id ?? "—"} · ${r.edition} · ${formatDate(r.at, locale)}`);
  out.push(`${cliText(`cli.recovery.${r.outcome}`, {}, locale).toUpperCase()}`);
  out.push("");
  out.push(cliText("cli.label.findings", {}, locale));
  for (const f of r.findings) {
    out.push(`  ${OUTCOME_MARK[f.outcome]} ${f.ground}: ${f.message}`);
    out.push(
      `      ${f.citation}${f.certainty === "inferred" ? ` (${cliText("cli.recovery.inferred", {}, locale)})` : ""}`,
    );
  }
  if (r.outcome !== "barred") {
    out.push("");
    out.push(`${cliText("cli.recovery.interest", { dayCount: r.dayCount }, locale)}`);
    for (const p of r.payments) {
      if (p.recovered === "0.00") continue;
      out.push(`  ${formatDate(p.on, locale)}  ${formatAmount(p.recovered, locale)} / ${formatAmount(p.paid, locale)}`);
      for (const x of p.interest) out.push(piece(x, locale));
    }
    if (r.lateInterest.length > 0) {
      out.push(`  ${cliText("cli.recovery.lateInterest", {}, locale)}`);
      for (const x of r.lateInterest) out.push(piece(x, locale));
    }
    const rows: [string, string][] = [
      [cliText("cli.recovery.principal", {}, locale), r.principal],
      [cliText("cli.recovery.interestTotal", {}, locale), r.interest],
      [cliText("cli.recovery.lateInterestTotal", {}, locale), r.lateInterestTotal],
      [cliText("cli.recovery.waived", {}, locale), r.waived],
      [cliText("cli.recovery.due", {}, locale), r.due],
    ];
    const width = Math.max(...rows.map(([l]) => l.length));
    const amounts = rows.map(([, v]) => formatAmount(v, locale));
    const amountWidth = Math.max(...amounts.map((a) => a.length));
    out.push("");
    for (const [i, [label]] of rows.entries())
      out.push(`  ${label.padEnd(width)}  ${amounts[i]!.padStart(amountWidth)}`);
    out.push("");
    const names = r.liability.parties.map((p) => p.name).join(", ");
    out.push(`${cliText(`cli.recovery.liable.${r.liability.model}`, {}, locale)}: ${names}`);
    out.push(`      ${r.liability.citation}`);
  }
  out.push("");
  out.push(r.message);
  return `${out.join("\n")}\n`;
}
