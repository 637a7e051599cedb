import type { Locale } from "../vocabulary/locale.js";
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

/**
 * Text echoed from input made safe for a terminal: every control character (C0, DEL, C1, and the
 * line and paragraph separators) written as a `\u` escape, so that a file's bytes can neither
 * drive the terminal (ANSI escapes) nor break a one-line message.
 *
 * @example
 * ```ts
 * printable("\u001b[2J\nnot JSON"); //=> "\\u001b[2J\\u000anot JSON"
 * ```
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is matched
  const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  return text.replace(control, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
 * it names the offset (`… in JSON at position 21`), or quotes the text around the unexpected token
 * (`Unexpected token '{', ..."pplicant" {}…`: ten characters each side), or says the input ended;
 * the message gives the line and column of the offset and the character found there.
 */
export function notJson(text: string, detail: string, file: string, locale: Locale): CliError {
  const offset = errorOffset(text, detail);
  if (offset === undefined || offset >= text.length) {
    const token = /^Unexpected token '(.+?)'/.exec(detail)?.[1];
    if (token === undefined) return cliError("cli.notJson.end", { file }, locale);
    return cliError("cli.notJson.found", { file, found: token }, locale);
  }
  const before = text.slice(0, offset).split("\n");
  return cliError(
    "cli.notJson.at",
    {
      file,
      line: before.length,
      column: before.at(-1)!.length + 1,
      found: String.fromCodePoint(text.codePointAt(offset)!),
    },
    locale,
  );
}

/** Where JSON.parse stopped, from its message; `undefined` when the message does not say. */
function errorOffset(text: string, detail: string): number | undefined {
  const at = /at position (\d+)/.exec(detail);
  if (at) return Number(at[1]);
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(detail);
  if (!quoted) return undefined;
  const [, token, cut, around] = quoted as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(around);
  if (start < 0) return undefined;
  // A short text is quoted whole: the token is found only where it occurs once.
  const offset = cut ? start + 10 : around.indexOf(token) === around.lastIndexOf(token) ? text.indexOf(token) : -1;
  return offset >= 0 && text.startsWith(token, offset) ? offset : undefined;
}
