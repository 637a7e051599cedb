import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import type { Locale } from "../../src/vocabulary/locale.js";
import { application2022 } from "../helpers/application2022.js";

// Issue #15: an issue message keeps the value at fault, a missing field is reported as missing
// whatever check meets it, and a Finnish or Swedish message keeps no English word.
function issuesOf(edit: (a: Record<string, unknown>) => void, locale: Locale) {
  const input = application2022() as unknown as Record<string, unknown>;
  edit(input);
  const r = parseApplication(input, { locale });
  return r.success ? [] : r.issues.map((i) => [i.path.join("."), i.code, i.message]);
}

describe("parseApplication keeps the value at fault", () => {
  const shortCode = (a: Record<string, unknown>) => {
    a.participants = [{ type: "municipality", code: "91", name: "Helsinki" }];
  };
  it.each<[Locale, string]>([
    ["fi", "Kentän participants[0].code muoto on väärä: ”91”."],
    ["sv", "Fältet participants[0].code har fel format: ”91”."],
    ["en", 'The field participants[0].code has the wrong format: "91".'],
  ])("a two-digit municipality code, in %s", (locale, message) => {
    expect(issuesOf(shortCode, locale)).toEqual([["participants.0.code", "application.invalidFormat", message]]);
  });

  it("cuts a long value at 64 characters", () => {
    const long = (a: Record<string, unknown>) => {
      a.participants = [{ type: "jointAuthority", name: "X", businessId: "0201256-6", onBehalfOf: ["1".repeat(60)] }];
    };
    const [issue] = issuesOf(long, "en");
    expect(issue?.[2]).toBe(`The field participants[0].onBehalfOf[0] has the wrong format: "${"1".repeat(60)}".`);
  });
});

describe("parseApplication reports a missing field as missing", () => {
  it.each<[string, (a: Record<string, unknown>) => void, string, string]>([
    ["edition (a list of values)", (a) => delete a.edition, "edition", "Kenttä edition puuttuu."],
    [
      "a participant's type (the kind of party)",
      (a) => {
        a.participants = [{ code: "049", name: "Espoo" }];
      },
      "participants.0.type",
      "Kenttä participants[0].type puuttuu.",
    ],
  ])("%s", (_, edit, path, message) => {
    expect(issuesOf(edit, "fi")).toEqual([[path, "application.required", message]]);
  });

  it.each<[Locale, string]>([
    ["fi", "Kentän edition arvo ”2023” ei ole sallittu. Sallitut arvot: 2019-1, 2019-2, 2020, 2021, 2022."],
    ["sv", "Värdet ”2023” i fältet edition är inte tillåtet. Tillåtna värden: 2019-1, 2019-2, 2020, 2021, 2022."],
    ["en", 'The value "2023" of edition is not allowed. Allowed values: 2019-1, 2019-2, 2020, 2021, 2022.'],
  ])("says which value is not allowed when it is there, in %s", (locale, message) => {
    const wrong = (a: Record<string, unknown>) => {
      a.edition = "2023";
    };
    expect(issuesOf(wrong, locale)).toEqual([["edition", "application.valueNotAllowed", message]]);
  });

  it("keeps an unknown party type and an unknown cost category", () => {
    const edit = (a: Record<string, unknown>) => {
      a.participants = [{ type: "person", name: "Matti" }];
      a.budget = { lines: [{ category: "hardware", amount: "1.00" }], requestedGrant: "0.85" };
    };
    expect(issuesOf(edit, "en").map((i) => i[2])).toEqual([
      'The value "person" of participants[0].type is not allowed. Allowed values: municipality, jointAuthority, association, company, other.',
      expect.stringMatching(/^The value "hardware" of budget\.lines\[0\]\.category is not allowed\. Allowed values: /),
    ]);
  });
});

describe("parseApplication's type messages in the reader's language", () => {
  it.each<[Locale, string]>([
    ["fi", "Kentän project.name tyyppi on väärä: 5 (odotettiin: merkkijono)."],
    ["sv", "Fältet project.name har fel typ: 5 (förväntat: sträng)."],
    ["en", "The field project.name has the wrong type: 5 (expected string)."],
  ])("a project name that is a number, in %s", (locale, message) => {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const edit = (a: any) => {
      a.project.name = 5;
    };
    expect(issuesOf(edit, locale)).toEqual([["project.name", "application.invalidType", message]]);
  });

  it.each<[Locale, string]>([
    ["fi", "(odotettiin: lista)"],
    ["sv", "(förväntat: lista)"],
  ])("a list, in %s", (locale, words) => {
    const edit = (a: Record<string, unknown>) => (a.participants = "Espoo");
    expect(issuesOf(edit, locale)[0]?.[2]).toContain(words);
  });
});

describe("parseApplication keeps the value of a field too long", () => {
  const longName = (a: Record<string, unknown>) => {
    (a.project as Record<string, unknown>).name = `Hanke ${"x".repeat(600)}`;
  };
  const shown = `"Hanke ${"x".repeat(56)}…`;
  it.each<[Locale, string]>([
    ["fi", `Kenttä project.name on liian pitkä: 606, enintään 500 (${shown}).`],
    ["sv", `Fältet project.name är för långt: 606, högst 500 (${shown}).`],
    ["en", `The field project.name is too long: 606, at most 500 (${shown}).`],
  ])("says its length and begins it (%s)", (locale, message) => {
    expect(issuesOf(longName, locale)).toEqual([["project.name", "application.tooLong", message]]);
  });

  it("counts the items of a list that is too long", () => {
    const many = (a: Record<string, unknown>) => {
      a.participants = Array.from({ length: 401 }, () => ({ type: "other", name: "Yhdistys" }));
    };
    const [issue] = issuesOf(many, "en");
    expect(issue?.[1]).toBe("application.tooLong");
    expect(issue?.[2]).toMatch(/^The field participants is too long: 401, at most 400 \(\[\{"type":"other"/);
  });
});

describe("parseApplication keeps the value that no other check names", () => {
  const trueAmount = (a: Record<string, unknown>) => {
    ((a.budget as { lines: Record<string, unknown>[] }).lines[0] as Record<string, unknown>).amount = true;
  };
  it.each<[Locale, string]>([
    ["fi", "Kentän budget.lines[0].amount arvo true on virheellinen."],
    ["sv", "Värdet true i fältet budget.lines[0].amount är ogiltigt."],
    ["en", "The value true of budget.lines[0].amount is invalid."],
  ])("shows it as JSON (%s)", (locale, message) => {
    expect(issuesOf(trueAmount, locale)).toEqual([["budget.lines.0.amount", "application.invalid", message]]);
  });
});
