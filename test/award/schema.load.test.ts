import { expect, it } from "vitest";

// The award's contracts are zod schemas built when their modules load; zod refuses a malformed one
// there (a union option without its discriminator, say) by throwing. These imports are inside the
// test, so that such a failure fails a test: a test file whose own imports throw reports no test at
// all, which the mutation run would count as nothing failing.
it("loads the award's contracts, and each event kind of the timeline parses", async () => {
  const { decisionTermsSchema, grantEventsSchema } = await import("../../src/award/schema.js");
  const { changeApplicationSchema } = await import("../../src/award/changeSchema.js");
  const { finalReportSchema } = await import("../../src/award/reportSchema.js");
  for (const schema of [decisionTermsSchema, changeApplicationSchema, finalReportSchema])
    expect(schema.safeParse(null).success).toBe(false);
  const on = "2023-01-02";
  const events = [
    { kind: "payment", on, amount: "1.00" },
    { kind: "reportReceived", on },
    { kind: "suspended", on },
    { kind: "resumed", on },
    { kind: "settled", on, finalGrant: "1.00" },
    { kind: "recoveryDecided", on, amount: "1.00" },
  ];
  expect(grantEventsSchema.safeParse({ events }).success).toBe(true);
  const unknown = grantEventsSchema.safeParse({ events: [{ kind: "audited", on }] });
  expect(unknown.success).toBe(false);
});
