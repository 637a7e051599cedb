// The command line's vocabulary: its options, its commands and which options each takes. Data only,
// with no messages: the bin (bin.ts) reads it to choose which part of the command to load, before
// it loads anything else.
import { parseArgs } from "node:util";

/** Every option of every command; each command accepts the subset in {@link COMMAND_OPTIONS}. */
export const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  locale: { type: "string" },
  json: { type: "boolean" },
  edition: { type: "string" },
  at: { type: "string" },
  aland: { type: "string" },
  appropriation: { type: "string" },
  strategy: { type: "string" },
  partial: { type: "string" },
  unit: { type: "string" },
  "only-open": { type: "boolean" },
  recipients: { type: "string" },
  "reclaim-small": { type: "boolean" },
  "report-accepted": { type: "boolean" },
  "learned-on": { type: "string" },
  "due-on": { type: "string" },
  "day-count": { type: "string" },
  rates: { type: "string" },
  waiver: { type: "string" },
  "waiver-reason": { type: "string" },
} as const;

/** An option name. */
export type OptionName = keyof typeof OPTIONS;

/** The commands. */
export const COMMANDS = [
  "assess",
  "allocate",
  "diff",
  "editions",
  "schema",
  "example",
  "timeline",
  "settle",
  "change",
  "recover",
] as const;
/** A command. */
export type Command = (typeof COMMANDS)[number];

const COMMON: readonly OptionName[] = ["help", "version", "locale", "json"];

/** Which options each command takes. */
export const COMMAND_OPTIONS: Readonly<Record<Command, readonly OptionName[]>> = {
  assess: [...COMMON, "edition", "at", "aland", "only-open", "recipients"],
  allocate: [...COMMON, "edition", "appropriation", "strategy", "partial", "unit"],
  diff: COMMON,
  editions: COMMON,
  schema: ["help", "version", "locale"],
  example: ["help", "version", "locale", "edition"],
  timeline: [...COMMON, "at", "report-accepted"],
  settle: [...COMMON, "at", "reclaim-small"],
  change: [...COMMON, "at"],
  recover: [...COMMON, "at", "learned-on", "due-on", "day-count", "rates", "waiver", "waiver-reason"],
};

/** Whether `name` is a command. */
export function isCommand(name: string | undefined): name is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(name);
}

/**
 * The part of the built command line that answers `argv` (without `node` and the script): the
 * command's own part when the arguments name a command and do not ask for help, else `"help"`, the
 * part that prints the help and every usage error. The arguments are read as the command line reads
 * them (the same options, strictly), so an option's value is never taken for the command:
 * `--rates assess recover …` is `recover`.
 *
 * @example
 * ```ts
 * partFor(["assess", "application.json"]); //=> "assess"
 * partFor(["assess", "--help"]);           //=> "help"
 * partFor(["asses"]);                      //=> "help"
 * ```
 */
export function partFor(argv: readonly string[]): Command | "help" {
  try {
    const { values, positionals } = readArguments(argv);
    const name = positionals[0];
    return values.help !== true && isCommand(name) ? name : "help";
  } catch {
    // A usage error, which the help part reports in the user's language.
    return "help";
  }
}

/**
 * The arguments read strictly against {@link OPTIONS} by `node:util`'s `parseArgs`, which throws (in
 * English, with a code) on an unknown option or a missing value.
 */
export function readArguments(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}
