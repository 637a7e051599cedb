import { isDeepStrictEqual } from "node:util";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseApplication } from "../../src/application/parse.js";
import { applicationSchema } from "../../src/application/schema.js";
import { application2022 } from "../helpers/application2022.js";
import { clean, mutated } from "./mutated.js";

// parseApplication parses with zod's compiled parser (z.compile, src/application/parse.ts) and hands
// what it rejects to zod's runtime parser. Whatever the input, it must agree with the runtime
// alone: the same verdict and, on success, the same data, key for key (no extra `undefined` keys).
describe("parseApplication's compiled parser", () => {
  it("gives the runtime parser's verdict and data on inputs near the contract", () => {
    let parsed = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const ours = parseApplication(input);
        const runtime = applicationSchema.safeParse(input, { reportInput: false, jitless: true });
        expect(ours.success).toBe(runtime.success);
        if (ours.success && runtime.success) {
          parsed++;
          expect(isDeepStrictEqual(ours.data, runtime.data)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(parsed, "some mutated inputs must still parse").toBeGreaterThan(50);
  });

  it("builds fresh data: nothing of the input is shared, so changing the result leaves the input alone", () => {
    for (const input of clean) {
      const r = parseApplication(input);
      expect(r.success).toBe(true);
      if (!r.success) continue;
      expect(r.data.project).not.toBe(input.project);
      expect(r.data.budget.lines).not.toBe(input.budget.lines);
      expect(r.data.budget.lines[0]).not.toBe(input.budget.lines[0]);
      expect(r.data.participants).not.toBe(input.participants);
    }
  });

  it("is a zod/mini object: its shape, z.extend and instanceof work", () => {
    expect(applicationSchema).toBeInstanceOf(z.ZodMiniObject);
    expect(Object.keys(applicationSchema.shape)).toEqual([
      "id",
      "edition",
      "submittedAt",
      "applicant",
      "participants",
      "project",
      "budget",
    ]);
    const extended = z.extend(applicationSchema, { note: z.string() });
    expect(extended.safeParse({ ...application2022(), note: "x" }).success).toBe(true);
    expect(extended.safeParse(application2022()).success).toBe(false);
  });
});
