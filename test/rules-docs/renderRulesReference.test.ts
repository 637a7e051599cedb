import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES_DIR_URL, renderRulesFiles } from "../../scripts/docs-rules.js";
import { EDITION_IDS, editions, getEdition, ruleCatalogue, rulesFor } from "../../src/index.js";
import { lookUpFact, weakest } from "../../src/rules-docs/facts.js";
import { renderRulesReference } from "../../src/rules-docs/renderRulesReference.js";
import { citationIn } from "../../src/vocabulary/words.js";

const page = (name: string) => readFileSync(new URL(name, RULES_DIR_URL), "utf8");

// Each page under docs/rules/ is the file snapshot of its rendering: `npm run docs:rules` (or `vitest -u`)
// rewrites them after a rule or an edition changes.
describe("docs/rules", () => {
  const files = renderRulesFiles();

  it.each(Object.keys(files))("%s is what scripts/docs-rules.ts writes", async (name) => {
    await expect(files[name]).toMatchFileSnapshot(fileURLToPath(new URL(name, RULES_DIR_URL)));
  });

  it("holds a page for each edition and locale and nothing else (run `npm run docs:rules`)", () => {
    expect(readdirSync(RULES_DIR_URL).sort()).toEqual(Object.keys(files).sort());
  });

  it.each(["fi", "sv", "en"] as const)("explains every 2022 rule in %s with its provision", (locale) => {
    const text = page(`2022.${locale}.md`);
    for (const rule of rulesFor(getEdition("2022"))) {
      const start = text.indexOf(`#### \`${rule.id}\``);
      const end = text.indexOf("\n#### ", start + 1);
      const section = text.slice(start, end === -1 ? undefined : end);
      expect(start, rule.id).toBeGreaterThan(0);
      expect(section, rule.id).toContain(rule.description[locale]);
      // In Swedish as the Swedish statute numbers it (893/2019 5 § 4 mom. is the Swedish 3 mom.).
      expect(section, rule.id).toContain(`${citationIn(rule.citation, locale)}\n`);
    }
  });

  it("flags the inferred closing time of 2022 as an assumption, and the unknown Åland question", () => {
    const en = page("2022.en.md");
    expect(en).toContain(
      "- `window.closesAt`: 25 April 2022 at 16:15 Finnish time — **assumption** (<https://vm.fi/kuntien-digikannustinavustukset-2022>). Rules: `deadline.submittedInTime`.",
    );
    expect(en).toContain("- `eligibility.alandMunicipalities`: unknown — **unknown**");
    expect(page("2022.fi.md")).toContain("- `window.closesAt`: 25.4.2022 klo 16.15 — **oletus**");
    expect(page("2022.sv.md")).toContain("- `window.closesAt`: 25.4.2022 kl. 16.15 — **antagande**");
  });

  it("lists only the rules an edition evaluates: no exclusions in 2019-1, built environment in 2020", () => {
    const first = page("2019-1.en.md");
    // 2019-1 excluded no kind of project; only the employer sanctions of 688/2001 are asked.
    expect(first).not.toMatch(/^\| `exclusion\.(?!employerSanctions)/m);
    expect(first).toContain("## Not evaluated in this edition");
    expect(page("2020.en.md")).toMatch(
      /^\| `exclusion\.builtEnvironment` \| Exclusion: Built environment projects \|/m,
    );
    expect(page("2021.fi.md")).toMatch(/^\| `exclusion\.digitisationOnly` \|/m);
  });

  it("marks a rule resting on an unknown as such in the summary table", () => {
    expect(page("2021.en.md")).toMatch(/^\| `consortium\.members` \| .* \| 893\/2019 3 § \| \*\*unknown\*\* \|$/m);
    expect(page("2021.en.md")).toMatch(/^\| `grant\.withinMaximum` \| .* \| \*sourced\* \|$/m);
  });

  it("is pure: the same page twice", () => {
    expect(renderRulesReference("2022", "fi", "full")).toBe(renderRulesReference("2022", "fi", "full"));
  });
});

describe("the facts behind the rules", () => {
  it("every fact path of every rule exists in each edition that evaluates the rule", () => {
    for (const edition of editions) {
      for (const rule of rulesFor(edition)) {
        for (const path of rule.facts)
          expect(lookUpFact(edition, path).kind, `${edition.id} ${rule.id} ${path}`).not.toBe("absent");
      }
    }
    expect(ruleCatalogue.length).toBeGreaterThan(20);
  });

  it("looks up a cited node, a record of cited nodes, library data and an absent path", () => {
    const e = getEdition("2022");
    expect(lookUpFact(e, "window.closesAt")).toMatchObject({
      kind: "cited",
      nodes: [{ path: "window.closesAt", certainty: "inferred" }],
    });
    const focus = lookUpFact(e, "focusAreas");
    expect(focus.kind === "cited" && focus.nodes.map((n) => n.path)).toEqual([
      "focusAreas.dataQuality",
      "focusAreas.competence",
    ]);
    expect(lookUpFact(e, "registerYear")).toEqual({ kind: "data", path: "registerYear", value: 2022 });
    expect(lookUpFact(e, "exclusions.archiving")).toEqual({ kind: "absent", path: "exclusions.archiving" });
    expect(lookUpFact(e, "__proto__.polluted")).toEqual({ kind: "absent", path: "__proto__.polluted" });
  });

  it("weakest: not found over inferred over sourced", () => {
    const f = (certainty: "sourced" | "inferred" | "notFound") => ({
      path: "x",
      value: null,
      citation: "c",
      certainty,
    });
    expect(weakest([])).toBeNull();
    expect(weakest([f("sourced"), f("inferred")])).toBe("inferred");
    expect(weakest([f("notFound"), f("inferred"), f("sourced")])).toBe("notFound");
  });

  it("covers every edition", () => {
    expect(EDITION_IDS.every((id) => page(`${id}.en.md`).includes(`# Rules – call edition ${id}`))).toBe(true);
  });
});
