import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/registry.js";
import type { CallEdition } from "../../src/editions/schema.js";
import { RULES, rulesOf } from "../../src/rules/registry.js";

const ids = (edition: CallEdition) => rulesOf(edition).map((r) => r.info.id);
// The exclusions an edition's data names; exclusion.employerSanctions (688/2001 7 § 2 mom.) applies to every edition.
const EVERY_EDITION = "exclusion.employerSanctions";
const exclusionIds = (edition: CallEdition) =>
  ids(edition).filter((id) => id.startsWith("exclusion.") && id !== EVERY_EDITION);
const contentIds = (edition: CallEdition) => ids(edition).filter((id) => id.startsWith("contents."));

// An edition of 2020 (three exclusions, every content) with some of its data replaced. rulesOf reads only the
// paths of the rules' appliesWhen, so the rest of the edition may stay as it is.
const edition2020 = getEdition("2020");
const ARCHIVING = edition2020.exclusions.archiving;
function variant(changes: Record<string, unknown>): CallEdition {
  return { ...edition2020, ...changes } as unknown as CallEdition;
}

describe("RULES", () => {
  it("holds each rule once", () => {
    const all = RULES.map((r) => r.info.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(32);
  });
});

describe("rulesOf", () => {
  it.each([
    ["2019-1", 26, [], 9],
    ["2019-2", 30, ["socialAndHealthCare", "builtEnvironment", "archiving", "caseManagement"], 9],
    ["2020", 30, ["socialAndHealthCare", "builtEnvironment", "archiving"], 10],
    ["2021", 29, ["socialAndHealthCare", "digitisationOnly"], 10],
    ["2022", 29, ["socialAndHealthCare", "digitisationOnly"], 10],
  ] as const)("%s evaluates %s rules, in RULES order, with the exclusions %j", (id, count, exclusions, contents) => {
    const rules = rulesOf(getEdition(id));
    expect(rules).toHaveLength(count);
    const all: readonly unknown[] = RULES;
    const positions = rules.map((r) => all.indexOf(r));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(exclusionIds(getEdition(id))).toEqual(exclusions.map((code) => `exclusion.${code}`));
    expect(ids(getEdition(id))).toContain(EVERY_EDITION);
    // Every edition requires every content of 893/2019 6 § 2 mom.; 2020–2022 also how the changes are carried out.
    expect(contentIds(getEdition(id))).toHaveLength(contents);
  });

  it("is computed once per edition object: the same array twice, and a copy of the edition gets its own", () => {
    const first = rulesOf(edition2020);
    expect(rulesOf(edition2020)).toBe(first);
    const copy = variant({});
    expect(rulesOf(copy)).not.toBe(first);
    expect(rulesOf(copy)).toEqual(first);
    expect(rulesOf(copy)).toBe(rulesOf(copy));
  });

  it("leaves out a rule whose appliesWhen path is missing, and keeps the others of its family", () => {
    const { funding, ...noFunding } = edition2020.requiredContents;
    expect(funding).toBeDefined();
    const withoutFunding = variant({ requiredContents: noFunding });
    expect(contentIds(withoutFunding)).not.toContain("contents.funding");
    expect(contentIds(withoutFunding)).toHaveLength(9);
    expect(exclusionIds(variant({ exclusions: { archiving: ARCHIVING } }))).toEqual(["exclusion.archiving"]);
  });

  it("counts a path whose value is undefined as missing", () => {
    const edition = variant({ exclusions: { archiving: undefined, caseManagement: ARCHIVING } });
    expect(exclusionIds(edition)).toEqual(["exclusion.caseManagement"]);
  });

  it("counts an inherited value as missing: only the edition's own data names a rule", () => {
    const edition = variant({ exclusions: Object.create({ archiving: ARCHIVING }) });
    expect(exclusionIds(edition)).toEqual([]);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "archiving"],
    ["a number", 0],
    ["a function that carries the key", Object.assign(() => undefined, { archiving: ARCHIVING })],
  ])("finds no value under exclusions when exclusions is %s", (_, exclusions) => {
    expect(exclusionIds(variant({ exclusions }))).toEqual([]);
    expect(contentIds(variant({ exclusions }))).toHaveLength(10);
  });

  it("leaves out every conditional rule of an edition without those groups", () => {
    const { exclusions, requiredContents, ...bare } = edition2020;
    expect([exclusions, requiredContents]).not.toContain(undefined);
    const unconditional = ids(edition2020).filter(
      (id) => id === EVERY_EDITION || (!id.startsWith("exclusion.") && !id.startsWith("contents.")),
    );
    expect(ids(bare as unknown as CallEdition)).toEqual(unconditional);
    expect(ids(bare as unknown as CallEdition)).toHaveLength(17);
  });
});
