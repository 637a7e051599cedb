import * as z from "zod/mini";
import { amountInputSchema, calendarDateInputSchema } from "../application/schema.js";
import { described } from "../application/descriptions.js";
import { RECIPIENT_MODELS } from "../editions/recipients.js";
import { BUDGET_CATEGORIES, CONDITION_CODES, PARTY_TYPES, editionIdSchema } from "../vocabulary/codes.js";

// Every list and text is bounded, so that a hostile input cannot make the library do unbounded work.
/** More parties than any application can name (400 participants, their members, 1 000 budget lines). */
const MAX_PARTIES = 2_000;
/** One instalment a month for the longest period of use would be far fewer. */
const MAX_INSTALMENTS = 240;
const text = (max: number) => z.string().check(z.maxLength(max));

/** A rate as a decimal string between 0 and 1 with at most four decimals: `"0.85"`. */
const rateSchema = described(
  z.string().check(z.regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/)),
  'The share of realised eligible costs the grant may cover, a decimal string between 0 and 1, e.g. "0.85" (893/2019 4 §).',
);

const partySchema = z.strictObject({
  key: z.nullable(text(64)),
  role: z.enum(["applicant", "participant", "onBehalfOf", "unnamed"]),
  type: z.nullable(z.enum(PARTY_TYPES)),
  name: text(500),
  eligibleCosts: amountInputSchema,
  share: described(amountInputSchema, "The party's share of the maximum (the pass-on plan of the maximum)."),
  receipt: z.enum(["kept", "received", "passedOn"]),
});

const instalmentSchema = z.strictObject({
  due: described(calendarDateInputSchema, "The date from which the instalment may be paid."),
  amount: amountInputSchema,
});

/**
 * The decision terms as the input contract takes them (688/2001 11 § 2–3 mom.; 893/2019 3–9 §): the
 * zod schema that `parseDecisionTerms` uses and `decisionTermsJsonSchema` writes out. What it cannot
 * say (a rate above the edition's, instalments above the maximum) `parseDecisionTerms` checks.
 */
export const decisionTermsSchema = described(
  z.strictObject({
    id: z.nullable(text(200)),
    edition: editionIdSchema,
    decidedOn: described(calendarDateInputSchema, "The decision date; its year is the grant year of 688/2001 29 §."),
    recipients: z.strictObject({
      model: z.enum(RECIPIENT_MODELS),
      parties: z.array(partySchema).check(z.maxLength(MAX_PARTIES)),
    }),
    maximum: described(amountInputSchema, "The decided maximum (688/2001 11 § 2 mom. 3 k.)."),
    eligibleCosts: described(
      amountInputSchema,
      "The eligible costs accepted in the decision (688/2001 11 § 3 mom. 1 k.).",
    ),
    rate: rateSchema,
    categories: z.array(z.enum(BUDGET_CATEGORIES)).check(z.maxLength(BUDGET_CATEGORIES.length)),
    income: described(
      z.enum(["reducesCosts", "noEffect"]),
      "The effect of project income on the grant (688/2001 11 § 3 mom. 3 k.).",
    ),
    period: described(
      z.strictObject({ start: calendarDateInputSchema, end: calendarDateInputSchema }),
      "The period of use (käyttöaika, 688/2001 11 § 3 mom. 4 k.), both days included.",
    ),
    conditions: z.array(z.enum(CONDITION_CODES)).check(z.maxLength(CONDITION_CODES.length)),
    reportMonths: described(
      z.nullable(z.int().check(z.minimum(1), z.maximum(60))),
      "The report deadline in months from the end of the project (893/2019 9 §), 1–60; null when the decision set none (688/2001 29 § 1 mom. decides).",
    ),
    payment: described(
      z.strictObject({
        scheme: z.enum(["instalments", "afterReport"]),
        instalments: z.array(instalmentSchema).check(z.maxLength(MAX_INSTALMENTS)),
        advance: described(amountInputSchema, 'An advance the decision allows (688/2001 12 § 3 mom.); "0.00" = none.'),
      }),
      "How the grant is paid (688/2001 12 §): instalments by when costs fall, or on realised costs after the report.",
    ),
  }),
  {
    title: "Decision terms",
    description: "What a digikannustin grant decision fixes (688/2001 11 §; 893/2019 3–9 §).",
  },
);

/** The most events one grant's timeline reads: far more than its payments, reports and decisions. */
const MAX_EVENTS = 10_000;

/** Something that happened to a granted grant, as the input contract takes it. */
export const grantEventSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("payment"), on: calendarDateInputSchema, amount: amountInputSchema }),
  z.strictObject({ kind: z.literal("reportReceived"), on: calendarDateInputSchema }),
  z.strictObject({ kind: z.literal("suspended"), on: calendarDateInputSchema }),
  z.strictObject({ kind: z.literal("resumed"), on: calendarDateInputSchema }),
  z.strictObject({ kind: z.literal("settled"), on: calendarDateInputSchema, finalGrant: amountInputSchema }),
  z.strictObject({ kind: z.literal("changeDecided"), on: calendarDateInputSchema, terms: decisionTermsSchema }),
  z.strictObject({ kind: z.literal("recoveryDecided"), on: calendarDateInputSchema, amount: amountInputSchema }),
]);

/** The events of a grant, a bounded list. */
export const grantEventsSchema = z.strictObject({
  events: z.array(grantEventSchema).check(z.maxLength(MAX_EVENTS)),
});
