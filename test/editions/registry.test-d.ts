import { describe, expectTypeOf, it } from "vitest";
import type { EditionId, RegisterYear } from "../../src/vocabulary/codes.js";
import {
  type EditionError,
  type UnknownEditionIssue,
  editionFor,
  findEdition,
  getEdition,
} from "../../src/editions/registry.js";
import type { CallEdition } from "../../src/editions/schema.js";
import type { Result } from "../../src/vocabulary/result.js";
import { type Municipality, findMunicipality, municipalities } from "../../src/reference/municipalities.js";

describe("registry types", () => {
  it("getEdition takes only edition ids", () => {
    expectTypeOf(getEdition).parameter(0).toEqualTypeOf<EditionId>();
    expectTypeOf(getEdition("2022")).toEqualTypeOf<CallEdition>();
    // @ts-expect-error: not an edition id
    getEdition("2023");
  });

  it("findEdition takes anything and returns a Result", () => {
    expectTypeOf(findEdition).parameter(0).toBeUnknown();
    expectTypeOf(findEdition("x")).toEqualTypeOf<Result<CallEdition, UnknownEditionIssue>>();
  });

  it("EditionError carries findEdition's issue", () => {
    expectTypeOf<EditionError>().toExtend<RangeError>();
    expectTypeOf<EditionError>().toExtend<UnknownEditionIssue>();
    expectTypeOf<EditionError["code"]>().toEqualTypeOf<"edition.unknown">();
  });

  it("editionFor may find nothing", () => {
    expectTypeOf(editionFor("2022-04-25T16:15:00+03:00")).toEqualTypeOf<CallEdition | null>();
  });

  it("registers are read-only and keyed by register year", () => {
    expectTypeOf(municipalities).parameter(0).toEqualTypeOf<RegisterYear>();
    expectTypeOf(municipalities(2022)).toEqualTypeOf<readonly Municipality[]>();
    expectTypeOf(findMunicipality("091", 2022)).toEqualTypeOf<Municipality | undefined>();
    // @ts-expect-error: no register for 2018
    municipalities(2018);
  });
});
