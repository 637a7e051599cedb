import type { Locale } from "../index.js";
import { type CliMessageCode, type CliParams, cliText } from "./messages.js";

/**
 * Everything the command line touches outside itself, passed in so that the commands can be
 * tested without spawning a process: output streams, file reading, standard input, environment.
 */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file; rejects with a Node.js error (`code: "ENOENT"`, …) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads all of standard input as UTF-8. */
  readonly stdin: () => Promise<string>;
  /** The environment, for the default language (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The exit codes, documented in `--help` and the README. */
export const EXIT = {
  /** Eligible, or the command succeeded. */
  ok: 0,
  /** The application is ineligible. */
  ineligible: 1,
  /** Invalid input or a usage error. */
  usage: 2,
  /** No rule failed, but a human must decide (status `needsReview`). */
  needsReview: 3,
  /** A defect of ours (EX_SOFTWARE). */
  internal: 70,
} as const;

/**
 * A user error: a readable, localized message for standard error and exit code 2, never a stack
 * trace. `details` are extra lines (e.g. one per parse issue).
 */
export class CliError extends Error {
  /** The exit code. */
  readonly exitCode: number;
  /** Extra lines printed under the message. */
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = [], exitCode: number = EXIT.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** A {@link CliError} with one of the command line's messages. */
export function cliError<C extends CliMessageCode>(
  code: C,
  params: CliParams<C>,
  locale: Locale,
  details: readonly string[] = [],
): CliError {
  return new CliError(cliText(code, params, locale), details);
}

/** Reads a file (or standard input for `-`) and parses it as JSON, with user errors for every way that fails. */
export async function readJson(path: string, io: CliIo, locale: Locale): Promise<unknown> {
  let text: string;
  try {
    text = path === "-" ? await io.stdin() : await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT") throw cliError("cli.fileNotFound", { file: path }, locale);
    throw cliError("cli.fileUnreadable", { file: path, detail: typeof code === "string" ? code : String(e) }, locale);
  }
  const json = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(json);
  } catch (e) {
    throw notJson(json, (e as Error).message, path === "-" ? "stdin" : path, locale);
  }
}

/**
 * A JSON syntax error in the user's language. JSON.parse says what went wrong only in English, but
 * it names the offset (`… in JSON at position 21`) or the end of the input; the message gives the
 * line and column there and the character found.
 */
export function notJson(text: string, detail: string, file: string, locale: Locale): CliError {
  const offset = /at position (\d+)/.exec(detail)?.[1];
  const token = /^Unexpected token '(.+?)'/.exec(detail)?.[1];
  if (offset === undefined || Number(offset) >= text.length) {
    if (token === undefined) return cliError("cli.notJson.end", { file }, locale);
    return cliError("cli.notJson.found", { file, found: token }, locale);
  }
  const before = text.slice(0, Number(offset)).split("\n");
  const found = text.codePointAt(Number(offset))!;
  return cliError(
    "cli.notJson.at",
    { file, line: before.length, column: before.at(-1)!.length + 1, found: String.fromCodePoint(found) },
    locale,
  );
}
