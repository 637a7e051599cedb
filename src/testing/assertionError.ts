/**
 * An `Error` named `AssertionError` that carries `actual` and `expected`, the shape vitest, jest
 * and node:test all print with a diff, without importing any of them.
 */
export function assertionError(message: string, actual: unknown, expected: unknown): Error {
  const error = new Error(message);
  error.name = "AssertionError";
  Object.assign(error, { actual, expected, showDiff: true, operator: "deepStrictEqual" });
  return error;
}
