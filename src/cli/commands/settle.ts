import { assessReport } from "../../award/assessReport.js";
import type { ReportAssessment, Settlement } from "../../award/reportTypes.js";
import { settle } from "../../award/settle.js";
import { formatAmount } from "../../money/format.js";
import { parseCalendarDate } from "../../time/instant.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { OUTCOME_MARK } from "../format.js";
import { cliText } from "../messages.js";

/**
 * `digikannustin settle <terms> <report> [<payments>]`: the report's assessment and the settlement.
 * Exit 0 when the report is acceptable, 1 deficient, 2 invalid input, 3 needs review.
 */
export async function settleCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [termsFile, reportFile, paymentsFile, ...extra] = args.positionals.slice(1);
  if (termsFile === undefined || reportFile === undefined || extra.length > 0) {
    const name = "digikannustin settle <terms.json> <report.json> [<payments.json>] [--locale fi|sv|en] [--json]";
    throw cliError("cli.wrongArguments", { name }, locale);
  }
  const at = args.values.at;
  if (typeof at === "string" && !parseCalendarDate(at).success)
    throw cliError("cli.badOptionValue", { name: "--at", value: at, allowed: "YYYY-MM-DD" }, locale);
  const terms = await readJson(termsFile, io, locale);
  const report = await readJson(reportFile, io, locale);
  const payments = paymentsFile === undefined ? [] : await readJson(paymentsFile, io, locale);
  const assessed = assessReport(terms as never, report as never, {
    locale,
    ...(typeof at === "string" ? { at } : {}),
  });
  const settled = settle(terms as never, report as never, payments as never, {
    locale,
    leaveUnreclaimed: args.values["reclaim-small"] !== true,
  });
  if (!settled.success || assessed.status === "invalid") {
    const issues = settled.success ? assessed.issues : settled.issues;
    const lines = issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw cliError("cli.invalidSettlement", {}, locale, lines);
  }
  if (args.values.json) io.stdout(`${JSON.stringify({ report: assessed, settlement: settled.data }, null, 2)}\n`);
  else io.stdout(renderSettlement(assessed, settled.data, locale));
  if (assessed.status === "acceptable") return EXIT.ok;
  if (assessed.status === "needsReview") return EXIT.needsReview;
  return EXIT.ineligible;
}

// The order a reader acts in: what fails, then what a human or the recipient must still settle.
const ORDER = { fail: 0, review: 1, missing: 2, pass: 3 } as const;

/** The report's verdict and findings, each cost's treatment, the money and the parties' shares, as text. */
export function renderSettlement(r: ReportAssessment, s: Settlement, locale: Locale): string {
  const out: string[] = [];
  const status = r.status === "invalid" ? "needsReview" : r.status;
  out.push(`${s.id ?? "—"} · ${s.edition}`);
  out.push(
    `${cliText("cli.label.reportStatus", {}, locale)}: ${cliText(`cli.report.${status}`, {}, locale).toUpperCase()}`,
  );
  out.push("");
  out.push(cliText("cli.label.findings", {}, locale));
  for (const f of [...r.findings].sort((x, y) => ORDER[x.outcome] - ORDER[y.outcome])) {
    out.push(`  ${OUTCOME_MARK[f.outcome]} ${f.rule}: ${f.message}`);
    out.push(`      ${f.citation}`);
  }
  out.push("");
  out.push(cliText("cli.label.costs", {}, locale));
  for (const l of s.lines) out.push(`  ${l.treatment === "accepted" ? "✓" : "✗"} ${l.message}`);
  const rows: [string, string][] = [
    [cliText("cli.label.acceptedCosts", {}, locale), s.acceptedCosts],
    [cliText("cli.label.finalGrant", {}, locale), s.finalGrant],
    [cliText("cli.label.paid", {}, locale), s.paid],
  ];
  const width = Math.max(...rows.map(([l]) => l.length));
  const amounts = rows.map(([, v]) => formatAmount(v, locale));
  const amountWidth = Math.max(...amounts.map((a) => a.length));
  out.push("");
  out.push(cliText("cli.label.settlement", {}, locale));
  for (const [i, [label]] of rows.entries()) out.push(`  ${label.padEnd(width)}  ${amounts[i]!.padStart(amountWidth)}`);
  out.push(`  ${s.message}`);
  out.push(`      ${s.citation}`);
  if (s.parties.length > 0) {
    out.push("");
    out.push(cliText("cli.label.settlementParties", {}, locale));
    const nameWidth = Math.max(...s.parties.map((p) => p.name.length));
    for (const p of s.parties)
      out.push(
        `  ${p.name.padEnd(nameWidth)}  ${formatAmount(p.acceptedCosts, locale).padStart(amountWidth)}  ${formatAmount(p.share, locale).padStart(amountWidth)}`,
      );
  }
  return `${out.join("\n")}\n`;
}
