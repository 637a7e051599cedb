import { editions } from "../editions/registry.js";
import { CRITERION_CODES } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import type { Command } from "./args.js";
import { cliText } from "./messages.js";

/**
 * The evaluation criteria of every call edition, for `allocate --help`: each criterion's code (the
 * key of a reviewer's scores), the editions that have it, and its title in the edition's words.
 */
export function criteriaText(locale: Locale): string {
  const lines: string[] = [];
  const width = Math.max(...CRITERION_CODES.map((c) => c.length));
  for (const code of CRITERION_CODES) {
    const having = editions.filter((e) => e.criteria[code] !== undefined);
    const title = having.at(-1)?.criteria[code]?.value.title[locale];
    if (title === undefined) continue;
    lines.push(`  ${code.padEnd(width)}  ${having.map((e) => e.id).join(", ")}`, `      ${title}`);
  }
  return lines.join("\n");
}

/** The `--help` text of the command line (no command) or of one command. */
export function helpText(command: Command | undefined, locale: Locale): string {
  if (command === undefined) return cliText("cli.help.main", {}, locale);
  if (command === "allocate") return cliText("cli.help.allocate", { criteria: criteriaText(locale) }, locale);
  return cliText(`cli.help.${command}`, {}, locale);
}
