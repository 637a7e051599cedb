import { diffEditions } from "../../diff/diffEditions.js";
import { renderDiffMarkdown } from "../../diff/renderDiff.js";
import { editionIds } from "../../editions/registry.js";
import type { Locale } from "../../vocabulary/locale.js";
import { type ParsedArgs, choice } from "../args.js";
import { type CliIo, EXIT, cliError } from "../io.js";

/** `digikannustin diff <a> <b>`: what changed between two call editions, as Markdown or JSON. */
export async function diffCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const ids = args.positionals.slice(1);
  if (ids.length !== 2)
    throw cliError("cli.wrongArguments", { name: "digikannustin diff <a> <b> [--locale fi|sv|en] [--json]" }, locale);
  const a = choice("<a>", ids[0], editionIds, locale)!;
  const b = choice("<b>", ids[1], editionIds, locale)!;
  const changes = diffEditions(a, b);
  if (args.values.json) io.stdout(`${JSON.stringify(changes, null, 2)}\n`);
  else io.stdout(`${renderDiffMarkdown(changes, { locale, from: a, to: b })}\n`);
  return EXIT.ok;
}
