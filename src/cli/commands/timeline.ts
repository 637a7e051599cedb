import { type PaymentsDue, paymentsDueOn } from "../../award/payments.js";
import { type Duty, type GrantTimeline, grantTimeline } from "../../award/timeline.js";
import { formatAmount } from "../../money/format.js";
import { formatDate } from "../../time/format.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { cliText } from "../messages.js";

const USAGE =
  "digikannustin timeline <terms.json> <events.json> --at <date> [--report-accepted] [--locale fi|sv|en] [--json]";

/**
 * `digikannustin timeline <terms> <events> --at <date>`: the grant's state and dated duties on a day.
 * Exit 0; 1 when the report is late or the right to payment has lapsed; 2 on invalid input or usage.
 */
export async function timelineCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [termsFile, eventsFile, ...extra] = args.positionals.slice(1);
  const at = args.values.at;
  if (termsFile === undefined || eventsFile === undefined || extra.length > 0 || typeof at !== "string")
    throw cliError("cli.wrongArguments", { name: USAGE }, locale);
  const terms = await readJson(termsFile, io, locale);
  const events = await readJson(eventsFile, io, locale);
  const r = grantTimeline(terms as never, events as never, { at, locale });
  if (!r.success) {
    const file = `${termsFile === "-" ? "stdin" : termsFile}, ${eventsFile === "-" ? "stdin" : eventsFile}`;
    throw cliError(
      "cli.invalidTimeline",
      { file },
      locale,
      r.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  // What may be paid now (688/2001 12 §), on the timeline just computed.
  const payable = paymentsDueOn(r.data, args.values["report-accepted"] === true);
  io.stdout(
    args.values.json
      ? `${JSON.stringify({ ...r.data, paymentsDue: payable }, null, 2)}\n`
      : renderTimeline(r.data, payable, locale),
  );
  return r.data.duties.some(missed) ? EXIT.ineligible : EXIT.ok;
}

/** A duty the recipient has missed: the report late, or the right to payment lapsed. */
const missed = (d: Duty) => d.late || (d.code === "paymentLapse" && d.status === "passed");

const MARK: Readonly<Record<Duty["status"], string>> = {
  upcoming: "·",
  dueToday: "!",
  passed: "✗",
  met: "✓",
  unknown: "?",
};

/** A timeline as text: the state, what is paid, what may be paid now, and each duty with its date, standing and provision. */
export function renderTimeline(t: GrantTimeline, payable: PaymentsDue, locale: Locale): string {
  const out: string[] = [];
  const state = cliText(`cli.grantState.${t.state}`, {}, locale);
  out.push(`${cliText("cli.label.state", { date: formatDate(t.at, locale) }, locale)}: ${state.toUpperCase()}`);
  out.push(`${cliText("cli.label.paid", {}, locale)}: ${formatAmount(t.paid, locale)}`);
  const why = payable.reason === null ? "" : ` — ${payable.reason.message}`;
  out.push(`${cliText("cli.label.payable", {}, locale)}: ${formatAmount(payable.payable, locale)}${why}`);
  for (const line of payable.lines) out.push(`  · ${line.message}`, `      ${line.citation}`);
  if (payable.reason !== null) out.push(`      ${payable.reason.citation}`);
  out.push("");
  out.push(cliText("cli.label.duties", {}, locale));
  for (const d of t.duties) {
    const date = d.date === null ? "—" : formatDate(d.date, locale);
    const status = cliText(`cli.dutyStatus.${d.status}`, {}, locale);
    out.push(`  ${MARK[d.status]} ${date} ${d.code} (${status}): ${d.message}`);
    out.push(`      ${d.citation}`);
  }
  return `${out.join("\n")}\n`;
}
