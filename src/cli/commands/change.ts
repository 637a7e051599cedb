import { assessChange } from "../../award/change.js";
import type { ChangeAssessment } from "../../award/changeTypes.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { OUTCOME_MARK } from "../format.js";
import { cliText } from "../messages.js";

const USAGE = "digikannustin change <terms.json> <change.json> --at <date> [--locale fi|sv|en] [--json]";

/**
 * `digikannustin change <terms> <change> --at <date>`: each part of a change application decided on
 * its own (688/2001 14 §), the amended terms and what they move. Exit 0 when every part may be
 * approved, 1 when a part is proposed for rejection, 2 on invalid input or usage, 3 when one needs review.
 */
export async function changeCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [termsFile, changeFile, ...extra] = args.positionals.slice(1);
  const at = args.values.at;
  if (termsFile === undefined || changeFile === undefined || extra.length > 0 || typeof at !== "string")
    throw cliError("cli.wrongArguments", { name: USAGE }, locale);
  const terms = await readJson(termsFile, io, locale);
  const change = await readJson(changeFile, io, locale);
  const r = assessChange(terms as never, change as never, { at, locale });
  if (r.status === "invalid") {
    const file = `${termsFile === "-" ? "stdin" : termsFile}, ${changeFile === "-" ? "stdin" : changeFile}`;
    const lines = r.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw cliError("cli.invalidChange", { file }, locale, lines);
  }
  io.stdout(args.values.json ? `${JSON.stringify(r, null, 2)}\n` : renderChange(r, locale));
  if (r.status === "approvable") return EXIT.ok;
  if (r.status === "needsReview") return EXIT.needsReview;
  return EXIT.ineligible;
}

// The order a reader acts in: what fails, then what a human or the recipient must still settle.
const ORDER = { fail: 0, review: 1, missing: 2, pass: 3 } as const;

/** A change's verdict, each part's proposal and findings, and what the amended terms move, as text. */
export function renderChange(r: ChangeAssessment, locale: Locale): string {
  const out: string[] = [];
  const status = r.status === "invalid" ? "needsReview" : r.status;
  out.push(`${r.id ?? "—"} · ${r.edition}`);
  out.push(`${cliText("cli.label.change", {}, locale)}: ${cliText(`cli.change.${status}`, {}, locale).toUpperCase()}`);
  for (const part of r.parts) {
    out.push("");
    out.push(
      `${cliText(`cli.changePart.${part.kind}`, {}, locale)}: ${cliText(`cli.proposal.${part.proposal}`, {}, locale)}`,
    );
    for (const f of [...part.findings].sort((x, y) => ORDER[x.outcome] - ORDER[y.outcome])) {
      out.push(`  ${OUTCOME_MARK[f.outcome]} ${f.rule}: ${f.message}`);
      out.push(`      ${f.citation}`);
    }
  }
  out.push("");
  out.push(cliText("cli.label.termsDifferences", {}, locale));
  if (r.differences.length === 0) out.push(`  ${cliText("cli.noTermsDifferences", {}, locale)}`);
  for (const d of r.differences) out.push(`  ${d.path}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`);
  return `${out.join("\n")}\n`;
}
