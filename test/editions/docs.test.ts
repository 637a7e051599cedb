import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DOCS_URL, editionDocs } from "../../scripts/docs-editions.js";
import { getEdition } from "../../src/editions/registry.js";
import { renderEditionMarkdown } from "../../src/editions/render.js";

// Each page under docs/editions/ is the file snapshot of its rendering: `npm run docs:editions` (or
// `vitest -u`) rewrites them.
describe("docs/editions", () => {
  const expected = editionDocs();

  it.each([...expected.keys()])("%s is what the renderer writes", async (name) => {
    await expect(expected.get(name)).toMatchFileSnapshot(fileURLToPath(new URL(name, DOCS_URL)));
  });

  it("holds no page for an edition that no longer exists (run `npm run docs:editions`)", () => {
    expect(readdirSync(DOCS_URL).filter((f) => f.endsWith(".md") && !expected.has(f))).toEqual([]);
  });
});

describe("renderEditionMarkdown", () => {
  it.each([
    ["fi", "## Vuoden 2022 avustus kuntien digitalisaation edistämiseen", "25.4.2022 klo 16.15", "**oletus**"],
    ["sv", "## Understöd för främjande av digitaliseringen i kommunerna 2022", "25.4.2022 kl. 16.15", "**antagande**"],
    [
      "en",
      "## 2022 grant for promoting digitalisation in municipalities",
      "25 April 2022 at 16:15 Finnish time",
      "**assumption**",
    ],
  ] as const)(
    "writes the 2022 page in %s with the closing time flagged as an assumption",
    (locale, heading, closes, flag) => {
      const md = renderEditionMarkdown(getEdition("2022"), locale);
      expect(md.split("\n")[0]).toBe(heading);
      const line = md.split("\n").find((l) => l.includes(closes));
      expect(line).toContain(flag);
      expect(line).toContain("<https://vm.fi/kuntien-digikannustinavustukset-2022>");
    },
  );

  it("shows an unknown value as unknown and never invents one", () => {
    const md = renderEditionMarkdown(getEdition("2022"), "en");
    expect(md).toContain(
      "- **Opened:** unknown — Source: <https://vm.fi/kuntien-digikannustinavustukset-2022> · **unknown**",
    );
    expect(md).toContain("- **Municipalities of Åland may take part:** unknown");
  });

  it("shows the money rules with their sections", () => {
    const md = renderEditionMarkdown(getEdition("2020"), "en");
    expect(md).toContain("- **Maximum grant:** 85 % of the eligible costs — Source: 893/2019 4 § · *sourced*");
    expect(md).toContain(
      "| Costs of acquiring equipment (`equipment`) | ineligible | – | 893/2019 5 § 2 mom. · *sourced* |",
    );
    expect(md).toContain("- **Latest end of the project:** 31 October 2022");
  });

  it("shows the shared 2019 pool and the focus areas and exclusions of the call", () => {
    const md = renderEditionMarkdown(getEdition("2019-2"), "fi");
    expect(md).toContain("30\u00a0000\u00a0000,00\u00a0€ (yhteinen haun 2019-1 kanssa)");
    expect(md).toContain("#### Asianhallinta (`caseManagement`)");
    expect(md).toContain("#### Ohjelmistorobotiikka ja tekoäly (`automationAndAi`)");
    expect(renderEditionMarkdown(getEdition("2019-1"), "en")).toContain("The call excluded no kind of project.");
  });

  it("is pure: the same edition and locale give the same text", () => {
    expect(renderEditionMarkdown(getEdition("2021"), "sv")).toBe(renderEditionMarkdown(getEdition("2021"), "sv"));
  });
});
