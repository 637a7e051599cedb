import { describe, expectTypeOf, it } from "vitest";
import type { MoneyIssueCode } from "../../src/money/amount.js";
import type { BusinessIdIssueCode } from "../../src/reference/businessId.js";
import type { TimeIssueCode } from "../../src/time/instant.js";
import { type MessageCode, type ParamsOf, formatMessage } from "../../src/messages/catalogue.js";
import { defineMessages } from "../../src/vocabulary/locale.js";

describe("formatMessage types", () => {
  it("takes a known code with its own parameters and returns a string", () => {
    expectTypeOf(formatMessage("money.negative", { input: "-1.00" }, "fi")).toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<"application.invalidOption">>().toEqualTypeOf<{
      readonly field: string;
      readonly options: readonly string[];
      readonly input: string;
    }>();
  });

  it("rejects an unknown code", () => {
    // @ts-expect-error: not a message code
    formatMessage("money.noSuchCode", { input: "x" }, "en");
  });

  it("rejects wrong, missing or extra parameters", () => {
    // @ts-expect-error: money.negative takes { input }, not { amount }
    formatMessage("money.negative", { amount: "-1.00" }, "en");
    // @ts-expect-error: options is missing
    formatMessage("application.invalidOption", { field: "focusArea", input: '"x"' }, "en");
    // @ts-expect-error: options is a list of strings
    formatMessage("application.invalidOption", { field: "focusArea", options: "a, b", input: '"x"' }, "en");
    // @ts-expect-error: the value given is missing
    formatMessage("application.invalidOption", { field: "focusArea", options: ["a"] }, "en");
  });

  it("rejects a language outside fi, sv and en", () => {
    // @ts-expect-error: no German
    formatMessage("money.negative", { input: "-1.00" }, "de");
  });

  it("has a message for every issue code of the kernels", () => {
    expectTypeOf<MoneyIssueCode>().toExtend<MessageCode>();
    expectTypeOf<TimeIssueCode>().toExtend<MessageCode>();
    expectTypeOf<BusinessIdIssueCode>().toExtend<MessageCode>();
  });
});

describe("defineMessages types", () => {
  it("accepts an entry in all three languages", () => {
    const m = defineMessages({ "x.y": { fi: () => "Hei", sv: () => "Hej", en: () => "Hi" } });
    expectTypeOf(m["x.y"].en).returns.toEqualTypeOf<string>();
  });

  it("rejects an entry missing Swedish", () => {
    defineMessages({
      // @ts-expect-error: sv is missing
      "x.y": { fi: () => "Hei", en: () => "Hi" },
    });
  });

  it("rejects an entry whose languages take different parameters", () => {
    defineMessages({
      "x.y": {
        fi: (p: { readonly a: string }) => `Hei ${p.a}`,
        sv: (p: { readonly a: string }) => `Hej ${p.a}`,
        // @ts-expect-error: English reads a parameter that the Finnish text (and so ParamsOf) does not declare
        en: (p: { readonly b: string }) => `Hi ${p.b}`,
      },
    });
  });

  it("accepts a language that uses fewer of the parameters", () => {
    const m = defineMessages({
      "x.z": {
        fi: (p: { readonly a: string }) => `Hei ${p.a}`,
        sv: () => "Hej",
        en: (p: { readonly a: string }) => `Hi ${p.a}`,
      },
    });
    expectTypeOf(m["x.z"].sv).toBeFunction();
  });

  it("rejects an entry whose text is not a function of the parameters", () => {
    defineMessages({
      // @ts-expect-error: a message is a function, not a plain string
      "x.y": { fi: "Hei", sv: () => "Hej", en: () => "Hi" },
    });
  });
});
