import type { JsonValue } from "../assess/types.js";
import type { EditionId } from "../vocabulary/codes.js";
import type { CallEdition } from "../editions/schema.js";
import { diffEditions, jsonEqual } from "../diff/diffEditions.js";
import type { ChangeKind, EditionChange } from "../diff/types.js";
import { assertionError } from "./assertionError.js";

/** One change a test expects between two editions; `before` and `after` are checked only if given. */
export interface ExpectedChange {
  /** The dot-separated path, e.g. `"focusAreas.dataQuality"`. */
  readonly path: string;
  /** `added`, `removed` or `changed`. */
  readonly kind: ChangeKind;
  /** The value in the earlier edition (`null` when absent or unknown); not checked when left out. */
  readonly before?: JsonValue;
  /** The value in the later edition (`null` when absent or unknown); not checked when left out. */
  readonly after?: JsonValue;
}

/**
 * Asserts that the changes between two call editions are exactly the expected ones, in any
 * order: every change listed, no other. On a difference it throws an `AssertionError` that lists
 * the unexpected, missing and different changes, with `actual` and `expected` for the test
 * runner's diff. Works under vitest, jest and node:test (it imports none of them). Returns the
 * changes when they match.
 *
 * @example
 * ```ts
 * import { expectEditionDiff } from "digikannustin/testing";
 * expectEditionDiff("2021", "2022", [
 *   { path: "focusAreas.dataQuality", kind: "added" },
 *   { path: "period.latestEnd", kind: "changed", before: "2023-10-31", after: "2024-09-30" },
 *   // …every other change
 * ]); //=> the changes, or throws listing what differs
 * ```
 */
export function expectEditionDiff(
  a: EditionId | CallEdition,
  b: EditionId | CallEdition,
  expected: readonly ExpectedChange[],
): EditionChange[] {
  const actual = diffEditions(a, b);
  const unexpected: string[] = [];
  const missing: string[] = [];
  const different: string[] = [];
  const byPath = new Map(expected.map((e) => [e.path, e] as const));
  for (const change of actual) {
    if (!byPath.has(change.path)) unexpected.push(describe(change));
  }
  const actualByPath = new Map(actual.map((c) => [c.path, c] as const));
  for (const want of expected) {
    const got = actualByPath.get(want.path);
    if (got === undefined) {
      missing.push(describe(want));
      continue;
    }
    if (got.kind !== want.kind) different.push(`${want.path}: expected ${want.kind}, got ${got.kind}`);
    if ("before" in want && !jsonEqual(got.before, want.before)) {
      different.push(`${want.path}: expected before ${show(want.before)}, got ${show(got.before)}`);
    }
    if ("after" in want && !jsonEqual(got.after, want.after)) {
      different.push(`${want.path}: expected after ${show(want.after)}, got ${show(got.after)}`);
    }
  }
  if (unexpected.length + missing.length + different.length === 0) return actual;
  const lines = [`The changes from ${label(a)} to ${label(b)} differ from the expected list:`];
  for (const line of unexpected) lines.push(`  unexpected: ${line}`);
  for (const line of missing) lines.push(`  missing:    ${line}`);
  for (const line of different) lines.push(`  different:  ${line}`);
  // Show each actual change only with the fields the expectation names, so the diff stays readable.
  const projected = actual.map((c) => {
    const want = byPath.get(c.path);
    return {
      path: c.path,
      kind: c.kind,
      ...(want === undefined || "before" in want ? { before: c.before } : {}),
      ...(want === undefined || "after" in want ? { after: c.after } : {}),
    };
  });
  throw assertionErrorFor(lines.join("\n"), projected, expected);
}

function label(edition: EditionId | CallEdition): string {
  return typeof edition === "string" ? edition : edition.id;
}

function describe(change: ExpectedChange): string {
  const values =
    "before" in change || "after" in change ? ` (${show(change.before ?? null)} → ${show(change.after ?? null)})` : "";
  return `${change.kind} ${change.path}${values}`;
}

function show(value: JsonValue | undefined): string {
  return JSON.stringify(value ?? null);
}

function assertionErrorFor(message: string, actual: unknown, expected: unknown): Error {
  const sortByPath = (xs: readonly { path: string }[]) =>
    [...xs].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return assertionError(message, sortByPath(actual as { path: string }[]), sortByPath(expected as { path: string }[]));
}
