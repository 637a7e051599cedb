import pkg from "../../package.json" with { type: "json" };
import { LOCALES, type Locale } from "../vocabulary/locale.js";
import {
  COMMANDS,
  COMMAND_OPTIONS,
  type Command,
  type ParsedArgs,
  choice,
  initialLocale,
  parseCommandLine,
} from "./args.js";
import { CliError, type CliIo, EXIT, cliError, printable } from "./io.js";
import { cliText } from "./messages.js";

type Handler = (args: ParsedArgs, io: CliIo, locale: Locale) => Promise<number>;

// Each command loads only the modules it uses, when it runs: a call pays for one command's part of the
// library, not for the example call, the diffs and the allocation it does not use (issue #15, cold start).
const HANDLERS: Readonly<Record<Command, () => Promise<Handler>>> = {
  assess: async () => (await import("./commands/assess.js")).assessCommand,
  allocate: async () => (await import("./commands/allocate.js")).allocateCommand,
  diff: async () => (await import("./commands/diff.js")).diffCommand,
  editions: async () => (await import("./commands/editions.js")).editionsCommand,
  schema: async () => (await import("./commands/schema.js")).schemaCommand,
  example: async () => (await import("./commands/example.js")).exampleCommand,
  timeline: async () => (await import("./commands/timeline.js")).timelineCommand,
  settle: async () => (await import("./commands/settle.js")).settleCommand,
  change: async () => (await import("./commands/change.js")).changeCommand,
  recover: async () => (await import("./commands/recover.js")).recoverCommand,
};

function isCommand(name: string | undefined): name is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(name);
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns the
 * exit code. Never throws: a user error prints a localized message on standard error and gives 2;
 * a defect of ours prints one line and gives 70.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let locale = initialLocale(argv, io.env ?? {});
  try {
    const args = parseCommandLine(argv, locale);
    locale = choice("--locale", args.values.locale, LOCALES, locale) ?? locale;
    if (args.values.version) {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    const name = args.positionals[0];
    if (name === undefined) {
      if (args.values.help) {
        io.stdout((await import("./help.js")).helpText(undefined, locale));
        return EXIT.ok;
      }
      throw cliError("cli.noCommand", {}, locale);
    }
    if (!isCommand(name)) throw cliError("cli.unknownCommand", { name }, locale);
    if (args.values.help) {
      io.stdout((await import("./help.js")).helpText(name, locale));
      return EXIT.ok;
    }
    for (const option of Object.keys(args.values)) {
      if (!COMMAND_OPTIONS[name].includes(option as never))
        throw cliError("cli.unknownOption", { name: `--${option}` }, locale);
    }
    return await (await HANDLERS[name]())(args, io, locale);
  } catch (e) {
    if (e instanceof CliError) {
      // One line per message and per detail, whatever the input they echo.
      io.stderr(`digikannustin: ${printable(e.message)}\n${e.details.map((d) => `${printable(d)}\n`).join("")}`);
      return e.exitCode;
    }
    io.stderr(
      `digikannustin: ${printable(cliText("cli.internalError", { detail: e instanceof Error ? e.message : String(e) }, locale))}\n`,
    );
    return EXIT.internal;
  }
}
