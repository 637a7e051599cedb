import { editions } from "../../editions/registry.js";
import { formatAmount } from "../../money/format.js";
import { formatHelsinkiTime } from "../../time/format.js";
import { parseInstant } from "../../time/instant.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, cliError } from "../io.js";
import { table } from "../format.js";
import { cliText } from "../messages.js";

/** `digikannustin editions`: the call editions, oldest first. */
export async function editionsCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  if (args.positionals.length > 1)
    throw cliError("cli.wrongArguments", { name: "digikannustin editions [--locale fi|sv|en] [--json]" }, locale);
  if (args.values.json) {
    io.stdout(`${JSON.stringify(editions, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = editions.map((e) => {
    const closes = parseInstant(e.window.closesAt.value);
    const focus = Object.values(e.focusAreas).map((f) => f.value.title[locale]);
    return [
      e.id,
      closes.success ? formatHelsinkiTime(closes.data, locale) : e.window.closesAt.value,
      formatAmount(e.appropriation.value.amount, locale),
      focus.join("; "),
    ];
  });
  const headers = [
    "",
    cliText("cli.col.closes", {}, locale),
    cliText("cli.col.appropriation", {}, locale),
    cliText("cli.col.focusAreas", {}, locale),
  ];
  const titles = editions.map((e) => `  ${e.id}  ${e.title.value[locale]}`).join("\n");
  io.stdout(`${table(headers, rows, [2])}\n\n${titles}\n`);
  return EXIT.ok;
}
