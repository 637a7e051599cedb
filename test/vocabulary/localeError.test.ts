// Issue #15 (no silent failure): a function that returns text refuses a language it does not know
// with a LocaleError (a RangeError with the code locale.unknown) instead of answering in another one
// (formatDate answered in Finnish, formatHelsinkiTime in English) or failing inside (a TypeError).
import { describe, expect, it } from "vitest";
import {
  LocaleError,
  allocate,
  decisionRecords,
  diffEditions,
  formatDate,
  formatHelsinkiTime,
  formatMessage,
  getEdition,
  renderDecision,
  renderDiffMarkdown,
  renderEditionMarkdown,
} from "../../src/index.js";
import { application2022 } from "../helpers/application2022.js";

const app = application2022();
const allocated = allocate([{ id: "A", application: app, score: 4 }], { edition: "2022" });
const [record] = allocated.success
  ? decisionRecords(allocated.data, [{ id: "A", application: app }], { reportingMonths: 3 })
  : [];

const CALLS: readonly [string, (locale: never) => string][] = [
  ["formatMessage", (l) => formatMessage("allocation.remainderNone", {}, l)],
  ["formatDate", (l) => formatDate("2022-04-25", l)],
  ["formatHelsinkiTime", (l) => formatHelsinkiTime(Date.UTC(2022, 3, 25, 13, 15), l)],
  ["renderEditionMarkdown", (l) => renderEditionMarkdown(getEdition("2022"), l)],
  [
    "renderDiffMarkdown",
    (l) => renderDiffMarkdown(diffEditions("2021", "2022"), { locale: l, from: "2021", to: "2022" }),
  ],
  ["renderDecision", (l) => renderDecision(record!, l)],
];

describe("an unknown locale is a LocaleError, never an answer in another language", () => {
  it("has a decision record to render", () => {
    expect(record?.edition).toBe("2022");
  });

  it.each(CALLS)("%s answers in each known language (Finnish and Swedish may write a date alike)", (_, call) => {
    const [fi, sv, en] = (["fi", "sv", "en"] as never[]).map(call);
    expect(fi!.length).toBeGreaterThan(0);
    expect(sv!.length).toBeGreaterThan(0);
    expect(en).not.toBe(fi);
  });

  it.each(
    CALLS.flatMap(([name, call]) =>
      (["de", "", null, 42, "x".repeat(100)] as const).map((l) => [name, call, l] as const),
    ),
  )("%s refuses %j", (name, call, locale) => {
    let thrown: unknown;
    try {
      call(locale as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LocaleError);
    expect(thrown).toBeInstanceOf(RangeError);
    const e = thrown as LocaleError;
    const input = typeof locale === "string" ? locale.slice(0, 40) : locale === null ? "null" : typeof locale;
    expect([e.name, e.code, e.input]).toEqual(["LocaleError", "locale.unknown", input]);
    expect(e.message).toBe(`${name}: unknown locale "${input}"; valid locales: fi, sv, en.`);
  });
});
