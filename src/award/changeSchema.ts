import * as z from "zod/mini";
import { amountInputSchema, calendarDateInputSchema, partyKeySchema } from "../application/schema.js";
import { described } from "../application/descriptions.js";
import { BUDGET_CATEGORIES } from "../vocabulary/codes.js";

// Every list and text is bounded, so that a hostile input cannot make the library do unbounded work.
/** As many lines as an application's budget may have. */
const MAX_LINES = 1_000;
const text = (max: number) => z.string().check(z.maxLength(max));
/** Why the part is asked, for the ministry's readers. */
const reason = described(z._default(text(20_000), ""), "Why the change is asked, for readers.");

/**
 * The whole application as it stands after the change, in the application contract
 * (`docs/schema/application.schema.json`): the rules of the edition run on it as `assess` runs them.
 * `assessChange` parses it with `parseApplication`, so its issues are the application's own.
 */
export const changedApplicationSchema = described(
  z.unknown(),
  "The whole application as it stands after the change, as docs/schema/application.schema.json; the edition's rules are re-run on it.",
);

/** One line of the reallocated budget: a VAT-free eligible cost in a category, borne by a party. */
export const changeLineSchema = z.strictObject({
  category: described(
    z.enum(BUDGET_CATEGORIES),
    "The cost category; it must be one the decision counts (893/2019 5 §).",
  ),
  party: described(
    z._default(z.nullable(partyKeySchema), null),
    "The party that bears it, by its key in the terms (a municipality code or a business ID); null or absent = the applicant.",
  ),
  amount: described(amountInputSchema, "The VAT-free eligible cost in euros."),
});

/**
 * A change application (muutoshakemus; the recipient's duty to notify changes, 688/2001 14 §) as the
 * input contract takes it: up to four independent parts, each decided on its own. The content and
 * consortium parts carry the whole changed application, so that the edition's rules run on it
 * unchanged; the extension and the reallocation carry only what they change.
 */
export const changeApplicationSchema = described(
  z.strictObject({
    id: described(z._default(z.nullable(text(200)), null), "The caller's id of the change application."),
    extension: described(
      z.optional(
        z.strictObject({
          end: described(calendarDateInputSchema, "The new last day of the period of use, YYYY-MM-DD."),
          reason,
        }),
      ),
      "An extension of the period of use (käyttöajan jatko, 688/2001 11 § 3 mom. 4 k.).",
    ),
    reallocation: described(
      z.optional(
        z.strictObject({
          lines: z.array(changeLineSchema).check(z.maxLength(MAX_LINES)),
          reason,
        }),
      ),
      "A reallocation of the eligible costs between categories and parties; the total stays the decided eligible costs.",
    ),
    content: described(
      z.optional(z.strictObject({ application: changedApplicationSchema, reason })),
      "A change of the project's content: the focus area and the exclusions of the edition are re-checked.",
    ),
    consortium: described(
      z.optional(z.strictObject({ application: changedApplicationSchema, reason })),
      "A change of the consortium: the edition's consortium rules are re-run with its register year.",
    ),
  }),
  {
    title: "Change application",
    description:
      "A change application to a digikannustin grant (688/2001 14 §): extension, budget reallocation, content change, consortium change.",
  },
);

/** A change application as the contract takes it (amounts as strings or numbers, defaults absent). */
export type ChangeApplicationInput = z.input<typeof changeApplicationSchema>;
/** A change application once parsed. */
export type ChangeApplication = z.output<typeof changeApplicationSchema>;
