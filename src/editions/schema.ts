import * as z from "zod/mini";
import { cited, localizedTextSchema, maybeCited } from "./cited.js";
import { RECIPIENT_MODELS } from "./recipients.js";
import {
  APPLICANT_TYPES,
  CONDITION_CODES,
  CONTENT_CODES,
  COST_TREATMENTS,
  CRITERION_CODES,
  EXCLUSION_CODES,
  FOCUS_AREA_CODES,
  PARTY_TYPES,
  REGISTER_YEARS,
  budgetCategorySchema,
  editionIdSchema,
} from "../vocabulary/codes.js";

// Formats kept as plain regexes so the schema is also a JSON Schema.
const amountString = z.string().check(z.regex(/^\d+\.\d{2}$/, "a decimal string with two decimals"));
const rateString = z.string().check(z.regex(/^(0(\.\d+)?|1(\.0+)?)$/, "a rate between 0 and 1"));
const helsinkiInstant = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, "an ISO 8601 instant with its Helsinki offset"),
  );
const calendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a calendar date YYYY-MM-DD"));

/** A record with exactly the given keys optional: each edition names its own subset. */
function partialRecord<K extends readonly [string, ...string[]], V extends z.ZodMiniType>(keys: K, value: V) {
  return z.partialRecord(z.enum(keys), value);
}

const titledSchema = z.strictObject({ title: localizedTextSchema, description: localizedTextSchema });

/**
 * The zod schema of a call edition (hakukierros). Every leaf value sits in a cited node
 * (`{ value, citation, certainty, note? }`); unknown values are `null` with certainty `notFound`.
 */
export const callEditionSchema = z.strictObject({
  /** The edition id. */
  id: editionIdSchema,
  /** Which year's municipality register applies to the call. */
  registerYear: z.union(REGISTER_YEARS.map((y) => z.literal(y))),
  /** The call's name. */
  title: cited(localizedTextSchema),
  /** The acts it rests on, e.g. `["893/2019", "688/2001"]`. */
  legalBasis: cited(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** The state budget item (momentti), `28.90.32`. */
  budgetItem: cited(z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{2}$/))),
  /** The call's main pages (fi, sv), for readers. */
  sources: z.array(z.url()).check(z.minLength(1)),
  /** The appropriation (määräraha) the call could distribute, and the editions that share it. */
  appropriation: cited(
    z.strictObject({
      /** Euros, as a decimal string. */
      amount: amountString,
      /** Other editions drawing on the same money (the two 2019 calls shared 30 M€). */
      sharedWith: z.array(editionIdSchema),
    }),
  ),
  /** When applications could be sent. */
  window: z.strictObject({
    /** When the call opened, a Helsinki instant, if known. */
    opensAt: maybeCited(helsinkiInstant),
    /** When the call closed (määräaika), a Helsinki instant. */
    closesAt: cited(helsinkiInstant),
  }),
  /** The date of the ministry's decision, if known. */
  decidedOn: maybeCited(calendarDate),
  /** Published statistics of the call. */
  statistics: z.strictObject({
    /** Applications received. */
    applicationsReceived: maybeCited(z.int().check(z.nonnegative())),
    /** Grants made. */
    grantsMade: maybeCited(z.int().check(z.nonnegative())),
    /** Euros granted in total, a decimal string. */
    totalGranted: maybeCited(amountString),
  }),
  /** Who may apply and how a consortium is formed. */
  eligibility: z.strictObject({
    /** Party types that may be the lead applicant and administrator (hankehallinnoija). */
    applicantTypes: cited(z.array(z.enum(APPLICANT_TYPES)).check(z.minLength(1))),
    /** Party types that may take part only as partners, never as applicants. */
    partnerOnlyTypes: cited(z.array(z.enum(PARTY_TYPES))),
    /** Whether only joint projects of several municipalities are funded. */
    jointOnly: cited(z.boolean()),
    /** The least number of distinct municipalities a project must have. */
    minMunicipalities: cited(z.int().check(z.positive())),
    /** Whether a joint municipal authority (kuntayhtymä) may apply on behalf of municipalities. */
    jointAuthorityOnBehalf: cited(z.boolean()),
    /** Whether municipalities of Åland may take part; unknown in every call. */
    alandMunicipalities: maybeCited(z.boolean()),
  }),
  /**
   * Who receives a joint project's grant (893/2019 3 §): `administrator` (the hankehallinnoija
   * receives it and passes money on, 688/2001 7 § 3 mom.) or `joint` (the municipalities named receive
   * it together, jointly and severally liable, 688/2001 27 §). Inferred from the decision releases'
   * wordings; `null` where no source tells.
   */
  recipients: maybeCited(z.enum(RECIPIENT_MODELS)),
  /** The call's focus areas (painopisteet), by code; a project emphasises exactly one. */
  focusAreas: partialRecord(FOCUS_AREA_CODES, cited(titledSchema)),
  /** Kinds of project the call excluded, by code. */
  exclusions: partialRecord(EXCLUSION_CODES, cited(titledSchema)),
  /** The money rules of 893/2019 4–5 §. */
  money: z.strictObject({
    /** The maximum grant as a share of the eligible VAT-free costs, e.g. `"0.85"`. */
    maxGrantRate: cited(rateString),
    /** Whether VAT is an eligible cost (it never is: 893/2019 4 §). */
    vatEligible: cited(z.boolean()),
    /** How each budget category counts, with the condition of a conditional one. */
    costCategories: z.record(
      budgetCategorySchema,
      cited(
        z.strictObject({
          treatment: z.enum(COST_TREATMENTS),
          title: localizedTextSchema,
          condition: z.optional(localizedTextSchema),
        }),
      ),
    ),
  }),
  /** The project period. */
  period: z.strictObject({
    /** The last day the project may run and the grant may be used (käyttöaika). */
    latestEnd: cited(calendarDate),
  }),
  /** Application contents required by 893/2019 6 § 2 mom., by code. */
  requiredContents: partialRecord(CONTENT_CODES, cited(z.strictObject({ title: localizedTextSchema }))),
  /** Conditions of use (893/2019 7 §), by code. */
  conditionsOfUse: partialRecord(CONDITION_CODES, cited(z.strictObject({ title: localizedTextSchema }))),
  /** Reporting duties (893/2019 9 §). */
  reporting: z.strictObject({
    /** The final report (valtionavustusselvitys) and what it covers. */
    finalReport: cited(localizedTextSchema),
    /** Whether an auditor's statement (tilintarkastajan lausunto) must be attached. */
    auditorStatement: cited(z.boolean()),
  }),
  /** Evaluation criteria (arviointikriteerit), by code; no weights were published. */
  criteria: partialRecord(CRITERION_CODES, cited(titledSchema)),
});

/** A call edition as validated data. Deep-frozen once registered. */
export type CallEdition = z.infer<typeof callEditionSchema>;
