import { exampleApplications, exampleCall2022 } from "../../examples/index.js";
import { editionIds } from "../../editions/registry.js";
import type { Locale } from "../../vocabulary/locale.js";
import { type ParsedArgs, choice } from "../args.js";
import { type CliIo, EXIT, cliError } from "../io.js";

const USAGE = "digikannustin example application|call [--edition <id>]";

/**
 * `digikannustin example application|call`: a file to start from, printed from the installed
 * package (which ships no examples/ folder). `application` is the first clean example of the
 * edition (2022 unless `--edition`); `call` is the fictional 2022 call, the input of `allocate`.
 */
export async function exampleCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  const [what, ...extra] = args.positionals.slice(1);
  if (extra.length > 0 || (what !== "application" && what !== "call")) {
    throw cliError("cli.wrongArguments", { name: USAGE }, locale);
  }
  if (what === "call") {
    choice("--edition", args.values.edition, [exampleCall2022.edition], locale);
    io.stdout(`${JSON.stringify(exampleCall2022, null, 2)}\n`);
    return EXIT.ok;
  }
  const edition = choice("--edition", args.values.edition, editionIds, locale) ?? "2022";
  const clean = exampleApplications[edition].find((e) => e.scenario === "clean")!;
  io.stdout(`${JSON.stringify(clean.application, null, 2)}\n`);
  return EXIT.ok;
}
