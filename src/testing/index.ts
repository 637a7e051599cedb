/**
 * `digikannustin/testing`: helpers for a consumer's own test suite, to pin how the rules changed
 * between call years and to run canonical cases stored as data. No test framework is imported: the
 * helpers return plain results or throw an `Error` named `AssertionError` with `actual` and
 * `expected`, which vitest, jest and node:test all print with a diff.
 *
 * @example
 * ```ts
 * import { expectEditionDiff, assertScenario, stableStringify } from "digikannustin/testing";
 * ```
 *
 * @packageDocumentation
 */

export { type ExpectedChange, expectEditionDiff } from "./expectEditionDiff.js";
export {
  type Scenario,
  type ScenarioIssue,
  type ScenarioMismatch,
  type ScenarioResult,
  assertScenario,
  parseScenario,
  runScenario,
  runScenarios,
  scenarioSchema,
} from "./scenario.js";
export { stableStringify } from "./stableStringify.js";
export type { ChangeKind, EditionChange } from "../diff/types.js";
