import { describe, expect, it } from "vitest";
import { diffEditions } from "../../src/diff/diffEditions.js";
import { renderDiffMarkdown } from "../../src/diff/renderDiff.js";
import type { EditionChange } from "../../src/diff/types.js";

const NBSP = "\u00a0";
const change = (c: Partial<EditionChange> & Pick<EditionChange, "path" | "kind">): EditionChange => ({
  before: null,
  after: null,
  citation: { before: "893/2019 4 §", after: "893/2019 4 §" },
  certainty: { before: "sourced", after: "sourced" },
  ...c,
});

describe("renderDiffMarkdown", () => {
  it("says so in one sentence when there are no changes", () => {
    expect(renderDiffMarkdown([], { locale: "fi", from: "2022", to: "2022" })).toBe(
      "Hakukierrosten 2022 ja 2022 säännöissä ei ole eroja.\n",
    );
    expect(renderDiffMarkdown(diffEditions("2022", "2022"), { locale: "en", from: "2022", to: "2022" })).toBe(
      "The rules of the 2022 and 2022 calls do not differ.\n",
    );
  });

  it("renders a Finnish table with readable amounts, Finnish times, dates, booleans and titles", async () => {
    const changes = [
      change({
        path: "appropriation",
        kind: "changed",
        before: { amount: "30000000.00", sharedWith: ["2019-2"] },
        after: { amount: "10000000.00", sharedWith: [] },
      }),
      change({
        path: "window.closesAt",
        kind: "changed",
        before: "2019-12-19T16:15:00+02:00",
        after: "2022-04-25T16:15:00+03:00",
        certainty: { before: "sourced", after: "inferred" },
      }),
      change({
        path: "window.opensAt",
        kind: "changed",
        before: "2021-02-18T00:00:00+02:00",
        after: null,
        certainty: { before: "sourced", after: "notFound" },
      }),
      change({ path: "eligibility.jointOnly", kind: "changed", before: false, after: true }),
      change({ path: "period.latestEnd", kind: "changed", before: "2023-10-31", after: "2024-09-30" }),
      change({
        path: "eligibility.applicantTypes",
        kind: "changed",
        before: ["municipality"],
        after: ["municipality", "jointAuthority"],
      }),
      change({ path: "money.maxGrantRate", kind: "changed", before: "0.7", after: "0.85" }),
      change({
        path: "focusAreas.dataQuality",
        kind: "added",
        after: {
          title: { fi: "Tietoaineistojen laatu", sv: "Datamaterialens kvalitet", en: "Quality of data sets" },
          description: { fi: "a", sv: "b", en: "c" },
        },
        citation: { before: null, after: "https://vm.fi/kuntien-digikannustinavustukset-2022" },
        certainty: { before: null, after: "sourced" },
      }),
    ];
    const md = renderDiffMarkdown(changes, { locale: "fi", from: "2021", to: "2022" });
    await expect(md).toMatchFileSnapshot("__snapshots__/renderDiff.fi.md");
    expect(md).toContain(
      `| Määräraha (\`appropriation\`) | muuttunut | 30${NBSP}000${NBSP}000,00${NBSP}€ (yhteinen: 2019-2) | 10${NBSP}000${NBSP}000,00${NBSP}€ | 893/2019 4 § |`,
    );
    expect(md).toContain("| 19.12.2019 klo 16.15 | 25.4.2022 klo 16.15 (oletus) |");
  });

  it("renders English, cites the earlier side for a removal, and keeps cells on one line", async () => {
    const changes = [
      change({ path: "eligibility.jointOnly", kind: "changed", before: true, after: false }),
      change({
        path: "exclusions.archiving",
        kind: "removed",
        before: {
          title: { fi: "Arkistointi", sv: "Arkivering", en: "Archiving | records" },
          description: { fi: "a", sv: "b", en: "c\nd" },
        },
        citation: { before: "https://vm.fi/kuntien-digikannustinavustukset-2020", after: null },
        certainty: { before: "sourced", after: null },
      }),
      change({
        path: "money.costCategories.softwareLicences",
        kind: "changed",
        before: {
          treatment: "eligible",
          title: { fi: "Ohjelmistolisenssit", sv: "Programlicenser", en: "Software licences" },
        },
        after: {
          treatment: "conditional",
          title: { fi: "Ohjelmistolisenssit", sv: "Programlicenser", en: "Software licences" },
          condition: { fi: "jos välttämätön", sv: "om nödvändig", en: "only if necessary" },
        },
      }),
      change({ path: "eligibility.partnerOnlyTypes", kind: "changed", before: [], after: ["company", "association"] }),
    ];
    const md = renderDiffMarkdown(changes, { locale: "en", from: "2020", to: "2021" });
    await expect(md).toMatchFileSnapshot("__snapshots__/renderDiff.en.md");
    expect(md).toContain(
      "| Exclusion: Archiving \\| records (`exclusions.archiving`) | removed | Archiving \\| records | — | https://vm.fi/kuntien-digikannustinavustukset-2020 |",
    );
    // One line per change under the header: the description "c\nd" does not break its cell.
    expect(md.trimEnd().split("\n")).toHaveLength(2 + changes.length);
  });

  it("renders Swedish too", () => {
    const md = renderDiffMarkdown(
      [change({ path: "eligibility.jointOnly", kind: "changed", before: false, after: true })],
      {
        locale: "sv",
        from: "2019-1",
        to: "2019-2",
      },
    );
    expect(md).toContain("| Punkt | Ändring | 2019-1 | 2019-2 | Källa |");
    expect(md).toContain("| Endast samprojekt mellan flera kommuner (`eligibility.jointOnly`) | ändrad | nej | ja |");
  });
});
