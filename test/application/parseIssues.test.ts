import { describe, expect, it } from "vitest";
import { parseApplication } from "../../src/application/parse.js";
import { application2022 } from "../helpers/application2022.js";

// A missing field and a field of the wrong type are different mistakes, and the caller is told
// which one it made, with the path and the expected type.
describe("parseApplication: missing fields and wrong types", () => {
  it.each([
    [
      "a missing applicant",
      (a: Record<string, unknown>) => delete a.applicant,
      ["applicant"],
      "application.required",
      "The field applicant is missing.",
    ],
    [
      "an applicant set to undefined",
      (a: Record<string, unknown>) => (a.applicant = undefined),
      ["applicant"],
      "application.required",
      "The field applicant is missing.",
    ],
    [
      "an applicant that is a string",
      (a: Record<string, unknown>) => (a.applicant = "Lohja"),
      ["applicant"],
      "application.invalidType",
      'The field applicant has the wrong type: "Lohja" (expected object).',
    ],
    [
      "participants that are a string",
      (a: Record<string, unknown>) => (a.participants = "Espoo"),
      ["participants"],
      "application.invalidType",
      'The field participants has the wrong type: "Espoo" (expected array).',
    ],
    [
      "a project name that is a number",
      // biome-ignore lint/suspicious/noExplicitAny: the test reshapes the input as an untyped caller would
      (a: any) => (a.project.name = 5),
      ["project", "name"],
      "application.invalidType",
      "The field project.name has the wrong type: 5 (expected string).",
    ],
    [
      "a missing project name",
      // biome-ignore lint/suspicious/noExplicitAny: as above
      (a: any) => delete a.project.name,
      ["project", "name"],
      "application.required",
      "The field project.name is missing.",
    ],
    [
      "declarations that are null",
      // biome-ignore lint/suspicious/noExplicitAny: as above
      (a: any) => (a.project.declarations = null),
      ["project", "declarations"],
      "application.invalidType",
      "The field project.declarations has the wrong type: null (expected object).",
    ],
  ])("%s", (_, edit, path, code, message) => {
    const input = application2022() as unknown as Record<string, unknown>;
    edit(input);
    const r = parseApplication(input, { locale: "en" });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code, i.message])).toEqual([[path, code, message]]);
  });

  it("says which type in Finnish and Swedish too", () => {
    const input = { ...application2022(), applicant: "Lohja" };
    const fi = parseApplication(input, { locale: "fi" });
    const sv = parseApplication(input, { locale: "sv" });
    expect(fi.success ? "" : fi.issues[0]?.message).toBe(
      'Kentän applicant tyyppi on väärä: "Lohja" (odotettiin: olio).',
    );
    expect(sv.success ? "" : sv.issues[0]?.message).toBe('Fältet applicant har fel typ: "Lohja" (förväntat: objekt).');
  });

  it("does not read an inherited value as present", () => {
    const input = Object.create({ applicant: "Lohja" }) as Record<string, unknown>;
    Object.assign(input, application2022());
    delete input.applicant;
    const r = parseApplication(input, { locale: "en" });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["application.required"]);
  });
});
