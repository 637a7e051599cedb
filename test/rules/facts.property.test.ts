import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { getEdition } from "../../src/editions/registry.js";
import { applicationFacts, editionFacts } from "../../src/rules/facts.js";
import { application2022 } from "../helpers/application2022.js";

// applicationFacts lists every municipality the application names, in order, each marked a
// duplicate when its code was named before.
const code = fc.constantFrom("049", "444", "091", "099", "478", "998", "020");
const party = fc.oneof(
  code.map((c) => ({ type: "municipality", code: c })),
  fc
    .array(code, { maxLength: 40 })
    .map((codes) => ({ type: "jointAuthority", businessId: "0201256-6", name: "Kuntayhtymä", onBehalfOf: codes })),
  fc.constant({ type: "company", name: "Data Oy" }),
);

describe("applicationFacts' members", () => {
  it("lists every municipality named, in order, marking each code named before, however many there are", () => {
    const ef = editionFacts(getEdition("2022"));
    fc.assert(
      fc.property(
        fc.oneof(
          code.map((c) => ({ type: "municipality", code: c })),
          party,
        ),
        fc.array(party, { maxLength: 8 }),
        (applicant, participants) => {
          const parsed = parseApplication({ ...application2022(), applicant, participants });
          expect(parsed.success).toBe(true);
          if (!parsed.success) return;
          const named: string[] = [];
          for (const p of [applicant, ...participants] as { type: string; code?: string; onBehalfOf?: string[] }[]) {
            if (p.type === "municipality") named.push(p.code!);
            else if (p.type === "jointAuthority") named.push(...p.onBehalfOf!);
          }
          const facts = applicationFacts(parsed.data, ef, null);
          expect(facts.members.map((m) => m.code)).toEqual(named);
          expect(facts.members.map((m) => m.duplicate)).toEqual(named.map((c, i) => named.indexOf(c) < i));
          expect(facts.members.length).toBe(named.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
