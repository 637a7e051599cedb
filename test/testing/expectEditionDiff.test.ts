import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/registry.js";
import type { CallEdition } from "../../src/editions/schema.js";
import { expectEditionDiff } from "../../src/testing/expectEditionDiff.js";

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
function later(): CallEdition {
  const e = structuredClone(getEdition("2022")) as Mutable<CallEdition>;
  e.id = "2021"; // any id: only the label of the message
  e.period.latestEnd = { ...e.period.latestEnd, value: "2025-03-31" };
  delete e.focusAreas.competence;
  return e as CallEdition;
}

function thrown(fn: () => unknown): Error & { actual?: unknown; expected?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("expectEditionDiff", () => {
  it("returns the changes when they are exactly the expected ones, in any order", () => {
    const changes = expectEditionDiff("2022", later(), [
      { path: "focusAreas.competence", kind: "removed" },
      { path: "period.latestEnd", kind: "changed", before: "2024-09-30", after: "2025-03-31" },
    ]);
    expect(changes.map((c) => c.path)).toEqual(["focusAreas.competence", "period.latestEnd"]);
    expect(expectEditionDiff("2022", "2022", [])).toEqual([]);
  });

  it("throws an AssertionError naming unexpected, missing and different changes", () => {
    const error = thrown(() =>
      expectEditionDiff("2022", later(), [
        { path: "period.latestEnd", kind: "changed", after: "2025-03-30" },
        { path: "window.closesAt", kind: "changed" },
      ]),
    );
    expect(error.name).toBe("AssertionError");
    expect(error.message.split("\n")).toEqual([
      "The changes from 2022 to 2021 differ from the expected list:",
      "  unexpected: removed focusAreas.competence (" +
        JSON.stringify(getEdition("2022").focusAreas.competence!.value) +
        " → null)",
      "  missing:    changed window.closesAt",
      '  different:  period.latestEnd: expected after "2025-03-30", got "2025-03-31"',
    ]);
    // The runner's diff shows only the fields the expectation names.
    expect(error.actual).toEqual([
      {
        path: "focusAreas.competence",
        kind: "removed",
        before: getEdition("2022").focusAreas.competence!.value,
        after: null,
      },
      { path: "period.latestEnd", kind: "changed", after: "2025-03-31" },
    ]);
  });

  it("checks the kind and the before value when given", () => {
    const error = thrown(() =>
      expectEditionDiff("2022", later(), [
        { path: "focusAreas.competence", kind: "added" },
        { path: "period.latestEnd", kind: "changed", before: "2024-09-29" },
      ]),
    );
    expect(error.message).toContain("  different:  focusAreas.competence: expected added, got removed");
    expect(error.message).toContain('  different:  period.latestEnd: expected before "2024-09-29", got "2024-09-30"');
  });
});
