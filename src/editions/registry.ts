import { parseInstant } from "../time/instant.js";
import { type Result, fail, ok } from "../vocabulary/result.js";
import type { EditionId } from "../vocabulary/codes.js";
import { edition2019_1 } from "./data/2019-1.js";
import { edition2019_2 } from "./data/2019-2.js";
import { edition2020 } from "./data/2020.js";
import { edition2021 } from "./data/2021.js";
import { edition2022 } from "./data/2022.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { CallEdition } from "./schema.js";

/**
 * Every call edition (hakukierros), oldest first, deep-frozen. Adding a call is one data file in
 * `src/editions/data/` and one line here (see `docs/adding-an-edition.md`).
 *
 * @example
 * ```ts
 * editions.map((e) => e.id); //=> ["2019-1", "2019-2", "2020", "2021", "2022"]
 * ```
 */
export const editions: readonly CallEdition[] = deepFreeze([
  edition2019_1,
  edition2019_2,
  edition2020,
  edition2021,
  edition2022,
]);

/**
 * The ids of {@link editions}, oldest first.
 *
 * @example
 * ```ts
 * editionIds; //=> ["2019-1", "2019-2", "2020", "2021", "2022"]
 * ```
 */
export const editionIds: readonly EditionId[] = Object.freeze(editions.map((e) => e.id));

const byId: ReadonlyMap<string, CallEdition> = new Map(editions.map((e) => [e.id, e] as const));

/** Why {@link findEdition} found no edition: the input and the ids that exist. */
export interface UnknownEditionIssue {
  /** The stable code. */
  readonly code: "edition.unknown";
  /** The offending input as text (at most 40 characters), or its type (`"null"` for null) when it is not a string. */
  readonly input: string;
  /** The valid ids, oldest first. */
  readonly valid: readonly EditionId[];
}

/**
 * What a typed function taking an {@link EditionId} ({@link getEdition}, `diffEditions`) throws for
 * an id that is not an edition, which only a cast or an untyped caller can pass: a `RangeError`
 * carrying the very issue {@link findEdition} answers untrusted input with (`edition.unknown`, the
 * input as text, the valid ids), so the typed and the untyped paths agree on what an edition id is
 * and on how a wrong one is told.
 *
 * @example
 * ```ts
 * try {
 *   getEdition("2023" as EditionId);
 * } catch (e) {
 *   // e instanceof EditionError, e instanceof RangeError, e.code === "edition.unknown"
 * }
 * ```
 */
export class EditionError extends RangeError implements UnknownEditionIssue {
  /** The stable code, as in {@link findEdition}'s issue. */
  readonly code = "edition.unknown" as const;
  /** The offending input as text (at most 40 characters), or its type when it is not a string. */
  readonly input: string;
  /** The valid ids, oldest first. */
  readonly valid: readonly EditionId[];
  constructor(issue: UnknownEditionIssue) {
    super(`Unknown call edition "${issue.input}"; valid ids: ${issue.valid.join(", ")}.`);
    this.name = "EditionError";
    this.input = issue.input;
    this.valid = issue.valid;
  }
}

/**
 * The call edition with an id. For typed callers: an id that is not an edition at run time throws an
 * {@link EditionError} (a `RangeError` with the code `edition.unknown`) listing the valid ids. Use
 * {@link findEdition} for untrusted input.
 *
 * @example
 * ```ts
 * getEdition("2022").window.closesAt.value; //=> "2022-04-25T16:15:00+03:00"
 * getEdition("2023" as EditionId);          // throws EditionError: Unknown call edition "2023"; valid ids: 2019-1, 2019-2, 2020, 2021, 2022.
 * ```
 */
export function getEdition(id: EditionId): CallEdition {
  const found = findEdition(id);
  if (!found.success) throw new EditionError(found.issues[0]!);
  return found.data;
}

/**
 * The call edition with an id, from any input: the untyped path to an edition, and the one check of
 * an id in the library. Never throws.
 *
 * @example
 * ```ts
 * findEdition("2021").success; //=> true
 * findEdition("2023");         //=> { success: false, issues: [{ code: "edition.unknown", input: "2023", valid: ["2019-1", …, "2022"] }] }
 * ```
 */
export function findEdition(id: unknown): Result<CallEdition, UnknownEditionIssue> {
  const edition = typeof id === "string" ? byId.get(id) : undefined;
  if (edition) return ok(edition);
  return fail(unknownEdition(id));
}

/** The issue for a value that is no edition id: the value as text (a string cut to 40 characters, else its type). */
export function unknownEdition(id: unknown): UnknownEditionIssue {
  const input = typeof id === "string" ? id.slice(0, 40) : id === null ? "null" : typeof id;
  return { code: "edition.unknown", input, valid: editionIds };
}

interface Window {
  readonly edition: CallEdition;
  /** Epoch ms; the window includes it. `null`: opens right after `after`. */
  readonly from: number | null;
  /** Epoch ms after which the window starts when the opening is unknown (exclusive). */
  readonly after: number;
  /** Epoch ms of the closing instant; the window includes it. */
  readonly to: number;
}

/** The editions' application windows, oldest first: structure of the registry, built once from its data. */
const WINDOWS: readonly Window[] = /* @__PURE__ */ applicationWindows();

function applicationWindows(): readonly Window[] {
  let previousClose = Number.NEGATIVE_INFINITY;
  const built: Window[] = [];
  for (const edition of editions) {
    const opens = edition.window.opensAt.value === null ? null : parseInstant(edition.window.opensAt.value);
    const closes = parseInstant(edition.window.closesAt.value);
    // The data is validated against the schema in the tests, so both parse.
    const to = closes.success ? closes.data : Number.NaN;
    built.push({ edition, from: opens?.success ? opens.data : null, after: previousClose, to });
    previousClose = to;
  }
  return built;
}

/**
 * The call edition whose application window contains an instant, or `null` when no call was open
 * then (or the instant cannot be read). The window includes both its opening and its closing
 * instant. Where the opening is unknown (2022), the window is taken to start right after the
 * previous edition closed, so an application sent between the 2021 and 2022 calls goes to 2022.
 * The 2019-2 expressions of interest (1.8.–5.9.2019) fall in the 2019-1 window and give 2019-1.
 *
 * @example
 * ```ts
 * editionFor("2022-04-25T16:15:00+03:00")?.id; //=> "2022"
 * editionFor("2022-04-25T16:15:01+03:00");     //=> null
 * editionFor("2021-03-01T12:00:00+02:00")?.id; //=> "2021"
 * ```
 */
export function editionFor(instant: string): CallEdition | null {
  const t = parseInstant(instant);
  if (!t.success) return null;
  for (const w of WINDOWS) {
    const started = w.from === null ? t.data > w.after : t.data >= w.from;
    if (started && t.data <= w.to) return w.edition;
  }
  return null;
}
