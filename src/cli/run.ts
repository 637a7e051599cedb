import pkg from "../../package.json" with { type: "json" };
import { LOCALES, type Locale } from "../vocabulary/locale.js";
import { type ParsedArgs, choice, initialLocale, parseCommandLine } from "./args.js";
import { CliError, type CliIo, EXIT, cliError, printable } from "./io.js";
import { cliText } from "./messages.js";
import { COMMAND_OPTIONS, type Command, isCommand } from "./options.js";

/** A command: its parsed arguments in, its exit code out. */
export type Handler = (args: ParsedArgs, io: CliIo, locale: Locale) => Promise<number>;

/** The help of the command line (no command) or of one command, in a language. */
export type HelpText = (command: Command | undefined, locale: Locale) => string;

/**
 * The commands a build of the command line carries, and its help. Run from source (all.ts) it
 * carries them all; built, each part of it carries one command or the help (bin.ts chooses the
 * part with {@link partFor}), so that a call parses one command's share of the library and not the
 * others' (issue #15, cold start).
 */
export interface Commands {
  /** The handlers this build carries, by command. */
  readonly handlers: Readonly<Partial<Record<Command, Handler>>>;
  /** The help texts, where this build carries them. */
  readonly help?: HelpText;
}

/** One part of the built command line: the command line with the commands of that part. */
export type Part = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns the
 * exit code. Never throws: a user error prints a localized message on standard error and gives 2;
 * a defect of ours prints one line and gives 70, as does a command or help that `commands` lacks
 * (bin.ts loads the part that has it, so only a defect of the build can ask for one).
 */
export async function runCommandLine(argv: readonly string[], io: CliIo, commands: Commands): Promise<number> {
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
        io.stdout(helpOf(commands)(undefined, locale));
        return EXIT.ok;
      }
      throw cliError("cli.noCommand", {}, locale);
    }
    if (!isCommand(name)) throw cliError("cli.unknownCommand", { name }, locale);
    if (args.values.help) {
      io.stdout(helpOf(commands)(name, locale));
      return EXIT.ok;
    }
    for (const option of Object.keys(args.values)) {
      if (!COMMAND_OPTIONS[name].includes(option as never))
        throw cliError("cli.unknownOption", { name: `--${option}` }, locale);
    }
    const handler = commands.handlers[name];
    if (handler === undefined) throw new Error(`this build of the command line lacks the command ${name}`);
    return await handler(args, io, locale);
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

function helpOf(commands: Commands): HelpText {
  if (commands.help === undefined) throw new Error("this build of the command line lacks the help");
  return commands.help;
}
