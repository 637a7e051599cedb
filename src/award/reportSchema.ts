import * as z from "zod/mini";
import { amountInputSchema, calendarDateInputSchema, partyKeySchema } from "../application/schema.js";
import { described } from "../application/descriptions.js";
import { BUDGET_CATEGORIES } from "../vocabulary/codes.js";

// Every free text and list is bounded, so that a hostile input cannot make the library do unbounded work.
const MAX_TEXT = 20_000;
const text = z.string().check(z.maxLength(MAX_TEXT));
/** A text the report owes (893/2019 9 §); absent or blank is a gap `assessReport` names, not a parse error. */
const reportText = (description: string) => described(z._default(text, ""), description);

/** One realised cost of the project (toteutunut kustannus), VAT-free with its VAT. */
export const reportCostSchema = described(
  z.object({
    category: described(
      z.enum(BUDGET_CATEGORIES),
      "The cost category; it counts only if the decision's terms count it (688/2001 11 § 3 mom. 1 k.).",
    ),
    amount: described(amountInputSchema, "The VAT-free cost in euros."),
    vat: described(
      z._default(amountInputSchema, "0.00"),
      "The VAT on the cost, in euros; never an eligible cost (893/2019 4 §). Default 0.",
    ),
    date: described(
      calendarDateInputSchema,
      "When the cost arose, YYYY-MM-DD; a cost outside the period of use does not count (688/2001 11 § 3 mom. 4 k.).",
    ),
    party: z.optional(partyKeySchema),
    description: described(z._default(text, ""), "What the cost is, for readers."),
  }),
  "A realised cost: VAT-free amount, VAT, date, category and the party that bore it (absent = the applicant).",
);

/** The auditor's statement on the use of the grant (tilintarkastajan lausunto, 893/2019 9 §). */
export const auditorStatementSchema = described(
  z.object({
    present: described(z.boolean(), "Whether the auditor's statement is attached."),
    auditor: described(
      z._default(z.nullable(z.string().check(z.maxLength(500))), null),
      "The auditor (or audit firm) who gave it.",
    ),
    date: described(z._default(z.nullable(calendarDateInputSchema), null), "The date of the statement, YYYY-MM-DD."),
  }),
  "The auditor's statement on the use of the grant (tilintarkastajan lausunto, 893/2019 9 §).",
);

/**
 * The final report as the caller sends it (valtionavustusselvitys, 893/2019 9 §). Unknown keys are
 * dropped. Texts default to empty and lists to none, so that what is missing is a finding of
 * `assessReport` (a correctable gap), never a parse error.
 */
export const finalReportSchema = described(
  z.object({
    id: described(
      z._default(z.nullable(z.string().check(z.maxLength(200))), null),
      "An id of the caller's own (the application's), carried through.",
    ),
    submittedOn: described(
      z._default(z.nullable(calendarDateInputSchema), null),
      "When the report was given to the ministry, YYYY-MM-DD; absent for a draft (then assessReport's `at`).",
    ),
    results: reportText("Results and impact (tulokset ja vaikuttavuus), 893/2019 9 §."),
    waysOfWorking: reportText("Changed ways of working (muuttuneet toimintatavat), 893/2019 9 §."),
    usability: reportText(
      "Usability of the results in other municipalities (hyödynnettävyys muissa kunnissa), 893/2019 9 §, 7 § 2 k.",
    ),
    implementation: reportText("Implementation of the project (hankkeen toteuttaminen), 893/2019 9 §."),
    costs: described(
      z._default(z.array(reportCostSchema).check(z.maxLength(10_000)), []),
      "The realised costs by category, party and date (893/2019 9 §: the project's costs).",
    ),
    income: described(
      z._default(amountInputSchema, "0.00"),
      "Income from the project, VAT-free (688/2001 11 § 3 mom. 3 k.). Default 0.",
    ),
    otherPublicAid: described(
      z._default(amountInputSchema, "0.00"),
      "Other public aid received for the same costs (688/2001 6 § 3 mom.). Default 0.",
    ),
    auditorStatement: described(
      z._default(auditorStatementSchema, { present: false, auditor: null, date: null }),
      "The auditor's statement; absent = not attached.",
    ),
    separateAccounting: described(
      z._default(z.boolean(), false),
      "The project kept separate project accounting (erillinen projektikirjanpito, 893/2019 7 § 3 k.).",
    ),
    dissemination: described(
      z._default(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(500)), []),
      "Evidence of sharing experience and results (893/2019 7 § 1–2 k.): links or short descriptions.",
    ),
  }),
  {
    title: "Final report of a digikannustin grant (valtionavustusselvitys)",
    description:
      "A final report as the caller sends it to digikannustin's parseFinalReport, assessReport and settle. Unknown keys are ignored.",
  },
);

/** A final report as the caller sends it (amounts may be numbers, defaults left out). */
export type FinalReportInput = z.input<typeof finalReportSchema>;
/** A final report after parsing: amounts canonical decimal strings, defaults filled in. */
export type FinalReport = z.output<typeof finalReportSchema>;
/** A realised cost of a final report after parsing. */
export type ReportCost = z.output<typeof reportCostSchema>;
