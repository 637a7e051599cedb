import { type Locale, isLocale } from "../vocabulary/locale.js";
import { type CliError, cliError } from "./io.js";
import { type OptionName, readArguments } from "./options.js";

/** The parsed command line. */
export interface ParsedArgs {
  /** The positionals: the command first, then its arguments. */
  readonly positionals: readonly string[];
  /** The options given, by name. */
  readonly values: Partial<Record<OptionName, string | boolean>>;
}

/**
 * The language to talk in before the arguments are parsed, so that even an argument error is in
 * the user's language: `--locale` if given and valid, else the environment (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`: `fi_FI.UTF-8` → fi, `sv_*` → sv), else English.
 */
export function initialLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === "--locale" ? argv[i + 1] : a.startsWith("--locale=") ? a.slice(9) : undefined;
    if (isLocale(value)) return value;
  }
  const lang = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  const prefix = lang.slice(0, 2).toLowerCase();
  return isLocale(prefix) ? prefix : "en";
}

/** Parses the arguments strictly; an unknown option or a missing value is a localized usage error. */
export function parseCommandLine(argv: readonly string[], locale: Locale): ParsedArgs {
  try {
    const { values, positionals } = readArguments(argv);
    return { values: values as ParsedArgs["values"], positionals };
  } catch (e) {
    throw toUsageError(e, locale);
  }
}

// node:util parseArgs reports errors in English with a code; the option is the quoted token.
function toUsageError(e: unknown, locale: Locale): CliError {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const name = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? message;
  // A missing value, or one that starts with a dash (`--appropriation -5`: write `--appropriation=-5`).
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return cliError("cli.optionNeedsValue", { name: /^Option '(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? name }, locale);
  }
  return cliError("cli.unknownOption", { name }, locale);
}

/** A value checked against its allowed values; a usage error naming `label` (`--edition`) otherwise. */
export function choice<T extends string>(
  label: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
  locale: Locale,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw cliError("cli.badOptionValue", { name: label, value: String(value), allowed: allowed.join(", ") }, locale);
}
