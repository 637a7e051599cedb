import { applicationJsonSchema } from "../../schema/jsonSchema.js";
import type { Locale } from "../../vocabulary/locale.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, cliError } from "../io.js";

/** `digikannustin schema`: the JSON Schema of an application, on standard output. */
export async function schemaCommand(args: ParsedArgs, io: CliIo, locale: Locale): Promise<number> {
  if (args.positionals.length > 1) throw cliError("cli.wrongArguments", { name: "digikannustin schema" }, locale);
  io.stdout(`${JSON.stringify(applicationJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
