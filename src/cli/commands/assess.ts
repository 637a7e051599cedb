import { assess } from "../../assess/assess.js";
import type { AlandPolicy, Assessment, Finding } from "../../assess/types.js";
import { RECIPIENT_MODELS, type RecipientModel } from "../../editions/recipients.js";
import { editionIds, getEdition } from "../../editions/registry.js";
import { formatAmount } from "../../money/format.js";
import { parseInstant } from "../../time/instant.js";
import type { Locale } from "../../vocabulary/locale.js";
import { type ParsedArgs, choice } from "../args.js";
import { type CliIo, EXIT, cliError, readJson } from "../io.js";
import { OUTCOME_MARK, jointProjectLines, statusText } from "../format.js";
import { cliText } from "../messages.js";

/** `digikannustin assess <file|->`: exit 0 eligible, 1 ineligible, 2 invalid, 3 needs review. */
export async function assessCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [file, ...extra] = args.positionals.slice(1);
  if (file === undefined || extra.length > 0) {
    throw cliError(
      "cli.wrongArguments",
      {
        name: "digikannustin assess <file|-> [--edition <id>] [--locale fi|sv|en] [--recipients administrator|joint] [--json]",
      },
      locale,
    );
  }
  const edition = choice("--edition", args.values.edition, editionIds, locale);
  const aland = choice<AlandPolicy>("--aland", args.values.aland, ["allow", "review", "deny"], locale);
  const recipients = choice("--recipients", args.values.recipients, RECIPIENT_MODELS, locale);
  const at = args.values.at;
  // A deadline instant the library cannot read is the option's fault, not the application's.
  if (typeof at === "string" && !parseInstant(at).success)
    throw cliError("cli.badInstant", { name: "--at", value: at }, locale);
  const input = await readJson(file, io, locale);
  const assessment = assess(input, {
    locale,
    ...(edition ? { edition } : {}),
    ...(aland ? { alandMunicipalities: aland } : {}),
    ...(typeof at === "string" ? { at } : {}),
  });
  if (args.values.json) io.stdout(`${JSON.stringify(assessment, null, 2)}\n`);
  if (assessment.status === "invalid") {
    throw cliError(
      "cli.invalidApplication",
      { file: file === "-" ? "stdin" : file },
      locale,
      assessment.issues.map((i) => `  - ${i.message}`),
    );
  }
  if (!args.values.json)
    io.stdout(
      renderAssessment(assessment, locale, projectName(input), {
        onlyOpen: args.values["only-open"] === true,
        recipients,
      }),
    );
  if (assessment.status === "eligible") return EXIT.ok;
  if (assessment.status === "needsReview") return EXIT.needsReview;
  return EXIT.ineligible;
}

/** The project's name in a valid input, for the heading. */
function projectName(input: unknown): string | undefined {
  const name = (input as { project?: { name?: unknown } }).project?.name;
  return typeof name === "string" ? name : undefined;
}

// The order a reader acts in: what fails, then what a human or the applicant must still settle.
const ORDER: Readonly<Record<Finding["outcome"], number>> = { fail: 0, review: 1, missing: 2, pass: 3 };

/**
 * An assessment as text: the verdict, each rule with its citation (failing first, then open ones,
 * then passed ones, each group in the rules' order; with `onlyOpen`, passed ones only counted), and
 * the money.
 */
export function renderAssessment(
  a: Assessment,
  locale: Locale,
  title?: string,
  {
    onlyOpen = false,
    recipients,
  }: { readonly onlyOpen?: boolean; readonly recipients?: RecipientModel | undefined } = {},
): string {
  const edition = getEdition(a.edition);
  const out: string[] = [];
  out.push([a.id, title].filter(Boolean).join(" · ") || "—");
  out.push(`${cliText("cli.label.edition", {}, locale)}: ${a.edition} – ${edition.title.value[locale]}`);
  out.push(`${cliText("cli.label.status", {}, locale)}: ${statusText(a.status, locale).toUpperCase()}`);
  out.push("");
  out.push(cliText("cli.label.findings", {}, locale));
  const findings = [...a.findings].sort((x, y) => ORDER[x.outcome] - ORDER[y.outcome]);
  for (const f of findings) {
    if (onlyOpen && f.outcome === "pass") continue;
    out.push(`  ${OUTCOME_MARK[f.outcome]} ${f.rule}: ${f.message}`);
    out.push(`      ${f.citation}`);
  }
  const passed = a.findings.filter((f) => f.outcome === "pass").length;
  if (onlyOpen && passed > 0) out.push(`  ${cliText("cli.label.passedNotShown", { count: passed }, locale)}`);
  if (a.budget) {
    const b = a.budget;
    const rows: [string, string][] = [
      [cliText("cli.label.totalCosts", {}, locale), b.totalCosts],
      [cliText("cli.label.eligibleCosts", {}, locale), b.eligibleCosts],
      [cliText("cli.label.conditionalCosts", {}, locale), b.conditionalCosts],
      [cliText("cli.label.ineligibleCosts", {}, locale), b.ineligibleCosts],
      [cliText("cli.label.vat", {}, locale), b.vat],
      [cliText("cli.label.maxGrant", {}, locale), b.maxGrant],
      [cliText("cli.label.requestedGrant", {}, locale), b.requestedGrant],
      [cliText("cli.label.ownShare", {}, locale), b.ownShare],
    ];
    const width = Math.max(...rows.map(([l]) => l.length));
    const amounts = rows.map(([, v]) => formatAmount(v, locale));
    const amountWidth = Math.max(...amounts.map((s) => s.length));
    out.push("");
    out.push(cliText("cli.label.budget", {}, locale));
    for (const [i, [label]] of rows.entries())
      out.push(`  ${label.padEnd(width)}  ${amounts[i]!.padStart(amountWidth)}`);
    out.push(...jointProjectLines(a, locale, { recipients }));
  }
  return `${out.join("\n")}\n`;
}
