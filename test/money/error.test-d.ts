import { describe, expectTypeOf, it } from "vitest";
import type { MessageCode } from "../../src/messages/catalogue.js";
import { MoneyError, type MoneyErrorCode } from "../../src/index.js";

describe("MoneyError", () => {
  it("is a RangeError with a catalogue code and the argument as text", () => {
    expectTypeOf<MoneyError>().toExtend<RangeError>();
    expectTypeOf<MoneyError["code"]>().toEqualTypeOf<MoneyErrorCode>();
    expectTypeOf<MoneyErrorCode>().toExtend<MessageCode>();
    expectTypeOf<MoneyError["input"]>().toEqualTypeOf<string>();
    expectTypeOf(MoneyError).toBeConstructibleWith("money.notAnAmount", "addAmounts", null, "not an amount");
  });
});
