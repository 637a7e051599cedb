import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITION_IDS } from "../../src/vocabulary/codes.js";
import { editionFor, editionIds, editions, findEdition, getEdition } from "../../src/editions/registry.js";
import { formatMessage } from "../../src/messages/catalogue.js";

describe("editions", () => {
  it("lists all five editions oldest first", () => {
    expect(editions.map((e) => e.id)).toEqual(["2019-1", "2019-2", "2020", "2021", "2022"]);
    expect(editionIds).toEqual([...EDITION_IDS]);
  });

  it("cannot be changed by a consumer", () => {
    expect(() => (editions as unknown[]).pop()).toThrow(TypeError);
    expect(() => (editionIds as string[]).push("2023")).toThrow(TypeError);
    expect(editions).toHaveLength(5);
  });
});

describe("getEdition", () => {
  it.each([...EDITION_IDS])("returns edition %s", (id) => {
    expect(getEdition(id).id).toBe(id);
    expect(getEdition(id)).toBe(editions[EDITION_IDS.indexOf(id)]);
  });

  it("throws a RangeError listing the valid ids for an unknown id", () => {
    expect(() => getEdition("2023" as never)).toThrow(RangeError);
    // The same issue findEdition answers with, as an EditionError.
    expect(() => getEdition(null as never)).toThrow(
      expect.objectContaining({ name: "EditionError", code: "edition.unknown", input: "null", valid: editionIds }),
    );
    expect(() => getEdition("2023" as never)).toThrow(
      'Unknown call edition "2023"; valid ids: 2019-1, 2019-2, 2020, 2021, 2022.',
    );
  });
});

describe("findEdition", () => {
  it("finds an edition by id", () => {
    expect(findEdition("2021")).toEqual({ success: true, data: getEdition("2021") });
  });

  it.each([
    ["2023", "2023"],
    ["", ""],
    [2022, "number"],
    [null, "null"],
    [undefined, "undefined"],
    ["x".repeat(100), "x".repeat(40)],
  ])("reports %j as edition.unknown with input %j", (input, shown) => {
    expect(findEdition(input)).toEqual({
      success: false,
      issues: [{ code: "edition.unknown", input: shown, valid: ["2019-1", "2019-2", "2020", "2021", "2022"] }],
    });
  });

  it("does not find inherited property names", () => {
    expect(findEdition("constructor").success).toBe(false);
    expect(findEdition("__proto__").success).toBe(false);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = findEdition(input);
        return r.success === EDITION_IDS.includes(input as never);
      }),
    );
  });

  it("has a message in Finnish, Swedish and English", () => {
    const params = { input: "2023", valid: editionIds };
    expect(formatMessage("edition.unknown", params, "fi")).toBe(
      "”2023” ei ole hakukierros. Hakukierrokset: 2019-1, 2019-2, 2020, 2021, 2022.",
    );
    expect(formatMessage("edition.unknown", params, "sv")).toContain("ansökningsomgång");
    expect(formatMessage("edition.unknown", params, "en")).toBe(
      '"2023" is not a call edition. Call editions: 2019-1, 2019-2, 2020, 2021, 2022.',
    );
  });
});

describe("editionFor", () => {
  it.each([
    // 2019-1: 1.8.2019 00:00 – 19.9.2019 16:15 EEST, both ends included
    ["2019-07-31T23:59:59+03:00", null],
    ["2019-08-01T00:00:00+03:00", "2019-1"],
    ["2019-09-05T16:15:00+03:00", "2019-1"], // the 2019-2 expressions of interest close in the 2019-1 window
    ["2019-09-19T16:15:00+03:00", "2019-1"],
    ["2019-09-19T13:15:00Z", "2019-1"],
    ["2019-09-19T16:15:01+03:00", null],
    // 2019-2: 13.11.2019 – 19.12.2019 16:15 EET
    ["2019-11-12T23:59:59+02:00", null],
    ["2019-11-13T00:00:00+02:00", "2019-2"],
    ["2019-12-19T16:15:00+02:00", "2019-2"],
    ["2019-12-19T16:15:00.001+02:00", null],
    // 2020: 25.6.2020 – 5.10.2020 16:15 EEST
    ["2020-06-24T21:00:00Z", "2020"],
    ["2020-06-24T20:59:59Z", null],
    ["2020-10-05T16:15:00+03:00", "2020"],
    ["2020-10-05T16:16:00+03:00", null],
    // 2021: 18.2.2021 – 4.5.2021 16:15 EEST
    ["2021-02-17T23:59:59+02:00", null],
    ["2021-02-18T00:00:00+02:00", "2021"],
    ["2021-05-04T16:15:00+03:00", "2021"],
    // 2022: opening unknown, so from right after 2021 closed to 25.4.2022 16:15 EEST
    ["2021-05-04T16:15:01+03:00", "2022"],
    ["2022-01-01T12:00:00+02:00", "2022"],
    ["2022-04-25T16:15:00+03:00", "2022"],
    ["2022-04-25T13:15:00Z", "2022"],
    ["2022-04-25T16:15:00.001+03:00", null],
    ["2023-01-01T00:00:00+02:00", null],
  ])("at %s gives %s", (instant, id) => {
    expect(editionFor(instant)?.id ?? null).toBe(id);
  });

  it.each(["", "2022-04-25", "2022-04-25T16:15", "not a time"])("gives null for the unreadable %j", (input) => {
    expect(editionFor(input)).toBeNull();
  });

  it("gives null, not a throw, for a non-string from untyped callers", () => {
    expect(editionFor(42 as never)).toBeNull();
  });

  it("gives each edition for its own closing instant", () => {
    for (const e of editions) expect(editionFor(e.window.closesAt.value)).toBe(e);
  });

  it("does not depend on how the same instant is written", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2023, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        const plusTwo = new Date(ms + 2 * 3600_000).toISOString().replace("Z", "+02:00");
        return editionFor(iso) === editionFor(plusTwo);
      }),
    );
  });
});
