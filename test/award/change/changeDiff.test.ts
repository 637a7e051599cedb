import { describe, expect, it } from "vitest";
import { termsDifferences } from "../../../src/award/changeDiff.js";
import type { DecisionTerms } from "../../../src/award/types.js";
import { terms2022 } from "../fixtures.js";

// termsDifferences: what an amended decision changes, leaf by leaf (688/2001 14 §), as diffEditions
// reports an edition's values.
const full: DecisionTerms = terms2022({
  payment: { scheme: "instalments", instalments: [{ due: "2022-09-01", amount: "42500.00" }], advance: "0.00" },
});
/** The applicant and its first partner. */
const parties = full.recipients.parties.slice(0, 2);
const terms: DecisionTerms = { ...full, recipients: { ...full.recipients, parties } };

describe("termsDifferences", () => {
  it("gives nothing for the same terms, and one entry per changed leaf", () => {
    expect(termsDifferences(terms, structuredClone(terms))).toEqual([]);
    expect(termsDifferences(terms, { ...terms, period: { ...terms.period, end: "2024-12-31" } })).toEqual([
      { path: "period.end", before: terms.period.end, after: "2024-12-31" },
    ]);
  });

  it("compares a list item by item, an item on one side only against null", () => {
    const one = terms.payment.instalments[0]!;
    const added = { due: "2023-09-01", amount: "42500.00" };
    const more = { ...terms, payment: { ...terms.payment, instalments: [one, added] } };
    expect(termsDifferences(terms, more)).toEqual([{ path: "payment.instalments.1", before: null, after: added }]);
    expect(termsDifferences(more, terms)).toEqual([{ path: "payment.instalments.1", before: added, after: null }]);
    const changed = { ...terms, payment: { ...terms.payment, instalments: [{ ...one, amount: "40000.00" }] } };
    expect(termsDifferences(terms, changed)).toEqual([
      { path: "payment.instalments.0.amount", before: "42500.00", after: "40000.00" },
    ]);
    const fewer = { ...terms, categories: terms.categories.slice(0, -1) };
    expect(termsDifferences(terms, fewer)).toEqual([
      { path: `categories.${terms.categories.length - 1}`, before: terms.categories.at(-1), after: null },
    ]);
  });

  it("compares the parties by key, so that one leaving does not shift the later ones", () => {
    expect(parties.map((p) => p.key)).toEqual(["444", "049"]);
    const gone = { ...terms, recipients: { ...terms.recipients, parties: [parties[1]!] } };
    expect(termsDifferences(terms, gone)).toEqual([
      { path: "recipients.parties.444", before: parties[0], after: null },
    ]);
    const joined = { ...parties[1]!, key: "091", name: "Helsinki" };
    const more = { ...terms, recipients: { ...terms.recipients, parties: [...parties, joined] } };
    expect(termsDifferences(terms, more)).toEqual([{ path: "recipients.parties.091", before: null, after: joined }]);
  });

  it("compares parties without a key by name, and by position when two share an identity", () => {
    const unkeyed = parties.map((p) => ({ ...p, key: null }));
    const a = { ...terms, recipients: { ...terms.recipients, parties: unkeyed } };
    const b = { ...a, recipients: { ...a.recipients, parties: [unkeyed[0]!, { ...unkeyed[1]!, share: "1.00" }] } };
    expect(termsDifferences(a, b)).toEqual([
      { path: `recipients.parties.${unkeyed[1]!.name}.share`, before: unkeyed[1]!.share, after: "1.00" },
    ]);
    const twins = [unkeyed[0]!, { ...unkeyed[1]!, name: unkeyed[0]!.name }];
    const c = { ...a, recipients: { ...a.recipients, parties: twins } };
    const d = { ...c, recipients: { ...c.recipients, parties: [twins[0]!, { ...twins[1]!, share: "1.00" }] } };
    expect(termsDifferences(c, d)).toEqual([
      { path: "recipients.parties.1.share", before: twins[1]!.share, after: "1.00" },
    ]);
  });
});
