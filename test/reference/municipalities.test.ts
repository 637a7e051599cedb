import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSV_URL, MODULE_URL, renderMunicipalityModule } from "../../scripts/gen-municipalities.js";
import { REGISTER_YEARS } from "../../src/vocabulary/codes.js";
import { findMunicipality, findMunicipalityByName, municipalities } from "../../src/reference/municipalities.js";

describe("municipalities", () => {
  it.each([
    [2019, 311],
    [2020, 310],
    [2021, 309],
    [2022, 309],
  ] as const)("the %i register has %i municipalities", (year, count) => {
    expect(municipalities(year)).toHaveLength(count);
  });

  it.each([
    ["099", [2019, 2020]],
    ["911", [2019]],
    ["588", [2019, 2020, 2021, 2022]],
  ] as const)("code %s is in the registers of %j only", (code, years) => {
    for (const year of REGISTER_YEARS) {
      expect(findMunicipality(code, year) !== undefined, `${code} in ${year}`).toBe(
        (years as readonly number[]).includes(year),
      );
    }
  });

  it("flags the 16 Åland municipalities of 2022, Maarianhamina – Mariehamn among them", () => {
    const aland = municipalities(2022).filter((m) => m.aland);
    expect(aland).toHaveLength(16);
    expect(aland.map((m) => m.code)).toContain("478");
    expect(findMunicipality("091", 2022)?.aland).toBe(false);
  });

  it("is sorted by code, with unique three-digit codes, in every year", () => {
    for (const year of REGISTER_YEARS) {
      const codes = municipalities(year).map((m) => m.code);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.every((c) => /^\d{3}$/.test(c))).toBe(true);
    }
  });

  it("returns frozen registers: a consumer cannot change them", () => {
    const list = municipalities(2022);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => {
      (list as unknown as { code: string }[])[0]!.code = "999";
    }).toThrow(TypeError);
    expect(() => (list as unknown[]).push({})).toThrow(TypeError);
    expect(municipalities(2022)[0]?.code).toBe("005");
  });

  it("returns the same register object on every call", () => {
    expect(municipalities(2020)).toBe(municipalities(2020));
  });

  it("throws a RangeError naming the valid years for a year without a register", () => {
    expect(() => municipalities(2018 as never)).toThrow(/2019, 2020, 2021, 2022/);
    expect(() => municipalities(2018 as never)).toThrow(RangeError);
  });

  it("finds a municipality by code with both names", () => {
    expect(findMunicipality("598", 2022)).toEqual({
      code: "598",
      nameFi: "Pietarsaari",
      nameSv: "Jakobstad",
      aland: false,
    });
    expect(findMunicipality("911", 2019)).toEqual({ code: "911", nameFi: "Valtimo", nameSv: "Valtimo", aland: false });
  });

  it.each(["pietarsaari", "JAKOBSTAD", " Jakobstad ", "PieTarSaari"])("finds Pietarsaari by %j", (name) => {
    expect(findMunicipalityByName(name, 2022)?.code).toBe("598");
  });

  it.each([
    ["Hämeenlinna", "109"],
    ["hameenlinna", "109"],
    ["Tavastehus", "109"],
    ["Vårdö", "941"],
    ["vardo", "941"],
    ["S:t Karins", "202"],
    ["mänttä-vilppula", "508"],
    ["Helsingfors", "091"],
  ])("finds %j as %s", (name, code) => {
    expect(findMunicipalityByName(name, 2022)?.code).toBe(code);
  });

  it("finds a merged municipality by name only in the years it existed", () => {
    expect(findMunicipalityByName("Valtimo", 2019)?.code).toBe("911");
    expect(findMunicipalityByName("Valtimo", 2020)).toBeUndefined();
    expect(findMunicipalityByName("Honkajoki", 2020)?.code).toBe("099");
    expect(findMunicipalityByName("Honkajoki", 2021)).toBeUndefined();
  });

  it("never throws on bad lookups", () => {
    expect(findMunicipality("000", 2022)).toBeUndefined();
    expect(findMunicipality(91 as never, 2022)).toBeUndefined();
    expect(findMunicipality("091", 2018 as never)).toBeUndefined();
    expect(findMunicipalityByName("Atlantis", 2022)).toBeUndefined();
    expect(findMunicipalityByName(null as never, 2022)).toBeUndefined();
  });

  it("every Finnish and Swedish name finds its own municipality in every year", () => {
    for (const year of REGISTER_YEARS) {
      for (const m of municipalities(year)) {
        expect(findMunicipalityByName(m.nameFi, year)).toBe(m);
        expect(findMunicipalityByName(m.nameSv.toUpperCase(), year)).toBe(m);
      }
    }
  });
});

describe("the generated register module", () => {
  it("is what scripts/gen-municipalities.ts makes of the CSV (else run it)", () => {
    const expected = renderMunicipalityModule(readFileSync(CSV_URL, "utf8"));
    expect(readFileSync(MODULE_URL, "utf8")).toBe(expected);
  });

  it("rejects a CSV with a duplicate code or an unknown area", () => {
    const header = "code;name_fi;name_sv;area\n";
    expect(() => renderMunicipalityModule(`${header}005;A;A;manner\n005;B;B;manner\n`)).toThrow(/duplicate/);
    expect(() => renderMunicipalityModule(`${header}005;A;A;mars\n`)).toThrow(/area/);
    expect(() => renderMunicipalityModule(`${header}005;Åby;A;manner\n006;Aby;B;manner\n`)).toThrow(/ambiguous/);
  });
});
