import * as z from "zod/mini";
import { BUDGET_CATEGORIES, EXCLUSION_CODES, editionIdSchema, focusAreaCodeSchema } from "../vocabulary/codes.js";
import { parseAmount } from "../money/amount.js";
import { parseBusinessId } from "../reference/businessId.js";
import { described } from "./descriptions.js";
import { parseCalendarDate, parseInstant } from "../time/instant.js";

// Every free text is bounded, so that a hostile input cannot make the library do unbounded work.
const MAX_TEXT = 20_000;
const text = z.string().check(z.maxLength(MAX_TEXT));
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/** A kernel's coded issue (money, time, business ID) as zod's, which `parseApplication` maps back to its code. */
function reportKernelIssue(
  issues: z.core.$ZodRawIssue[],
  input: unknown,
  issue: { readonly code: string; readonly input: string },
): void {
  issues.push({ code: "custom", input, message: issue.code, params: { code: issue.code, input: issue.input } });
}

/**
 * An amount as the input contract takes it: a decimal string or a JSON number with at most two
 * decimals; parsed to the canonical string (`"85000.00"`) by the money kernel.
 */
export const amountInputSchema = described(
  z.pipe(
    z.union([z.string().check(z.maxLength(64)), z.number()]),
    z.transform((value: string | number, ctx) => {
      const r = parseAmount(value);
      if (r.success) return r.data;
      reportKernelIssue(ctx.issues, value, r.issues[0]!);
      return z.NEVER;
    }),
  ),
  'Euros as a decimal string with at most two decimals ("85000.00"), or a JSON number with at most two decimals.',
);

/** A business ID (Y-tunnus), check digit verified, canonical `1234567-8`. */
export const businessIdSchema = described(
  z.pipe(
    z.string().check(z.maxLength(64)),
    z.transform((value: string, ctx) => {
      const r = parseBusinessId(value);
      if (r.success) return r.data;
      reportKernelIssue(ctx.issues, value, r.issues[0]!);
      return z.NEVER;
    }),
  ),
  "A Finnish business ID (Y-tunnus), e.g. 0201256-6; the check digit is verified.",
);

/** An ISO 8601 instant that must carry an offset. */
export const instantInputSchema = described(
  z.string().check(z.maxLength(64), (ctx) => {
    const r = parseInstant(ctx.value);
    if (!r.success) reportKernelIssue(ctx.issues, ctx.value, r.issues[0]!);
  }),
  'An ISO 8601 instant with an explicit offset, e.g. "2022-04-25T15:30:00+03:00".',
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDateInputSchema = described(
  z.string().check(z.maxLength(64), (ctx) => {
    const r = parseCalendarDate(ctx.value);
    if (!r.success) reportKernelIssue(ctx.issues, ctx.value, r.issues[0]!);
  }),
  "A calendar date YYYY-MM-DD.",
);

/**
 * The key by which a budget line names the party that bears it: a three-digit municipality code
 * (`"091"`) as it stands, or a business ID (Y-tunnus), check digit verified, in its canonical form.
 */
export const partyKeySchema = described(
  z.pipe(
    z.string().check(z.maxLength(64)),
    z.transform((value: string, ctx) => {
      if (/^\d{3}$/.test(value)) return value;
      const r = parseBusinessId(value);
      if (r.success) return r.data;
      reportKernelIssue(ctx.issues, value, r.issues[0]!);
      return z.NEVER;
    }),
  ),
  "The party that bears the cost: a three-digit municipality code (e.g. 091) or a business ID (e.g. 0201256-6). Absent = the applicant.",
);

/**
 * The party's own stated financing share (893/2019 6 § 2 mom. 5 k.: "arvio osallistujatahojen
 * rahoitusosuuksista"). A municipality a joint authority applies for states its share in the joint authority's.
 */
const financing = described(
  z.optional(amountInputSchema),
  "The party's own stated financing share in euros (893/2019 6 § 2 mom. 5 k.: an estimate of the participants' funding shares); for a joint authority, also that of the municipalities it applies for.",
);

/** A municipality (kunta), by its three-digit Statistics Finland code. */
export const municipalityPartySchema = z.object({
  type: described(z.literal("municipality"), "A municipality (kunta)."),
  /** Statistics Finland municipality code (kuntanumero), three digits, e.g. `"091"` for Helsinki. */
  code: described(
    z.string().check(z.regex(/^\d{3}$/, "three digits")),
    "Statistics Finland municipality code, e.g. 091.",
  ),
  /** The name, for readers; the code decides. */
  name: described(z.optional(name), "The municipality's name, for readers; the code decides."),
  financing,
});

/** A joint municipal authority (kuntayhtymä). */
export const jointAuthorityPartySchema = z.object({
  type: described(z.literal("jointAuthority"), "A joint municipal authority (kuntayhtymä)."),
  businessId: businessIdSchema,
  name: described(name, "The joint authority's name."),
  /** Codes of the member municipalities on whose behalf it applies, if it applies for them. */
  onBehalfOf: described(
    z.optional(z.array(z.string().check(z.regex(/^\d{3}$/, "three digits"))).check(z.maxLength(400))),
    "Codes of the member municipalities on whose behalf the joint authority applies, if it applies for them.",
  ),
  financing,
});

/** Any other party: an association (yhdistys), a company (yritys) or another body. */
const otherPartySchema = <T extends "association" | "company" | "other">(type: T) =>
  z.object({
    type: described(
      z.literal(type),
      "An association (yhdistys), a company (yritys) or another body: a partner, never an applicant.",
    ),
    name: described(name, "The party's name."),
    businessId: z.optional(businessIdSchema),
    financing,
  });

/** A party of an application: the applicant or an implementing partner. */
export const partySchema = z.discriminatedUnion("type", [
  municipalityPartySchema,
  jointAuthorityPartySchema,
  otherPartySchema("association"),
  otherPartySchema("company"),
  otherPartySchema("other"),
]);

/** One line of the project budget. `amount` is VAT-free; `vat` is never eligible (893/2019 4 §). */
export const budgetLineSchema = described(
  z.object({
    category: described(
      z.enum(BUDGET_CATEGORIES),
      "The cost category; 893/2019 5 § decides whether it counts toward the eligible costs.",
    ),
    /** The VAT-free cost. */
    amount: described(
      amountInputSchema,
      'The VAT-free cost in euros: a decimal string with at most two decimals ("85000.00"), or a JSON number with at most two decimals.',
    ),
    /** The VAT on it, if any; never an eligible cost. */
    vat: described(
      z._default(amountInputSchema, "0.00"),
      "The VAT on the cost, in euros; never an eligible cost (893/2019 4 §). Default 0.",
    ),
    description: described(z.optional(text), "What the cost is, for readers."),
    /** The party that bears the line, by municipality code or business ID; absent = the applicant. */
    party: z.optional(partyKeySchema),
    /** For `services`: the applicant states the services are used solely for the project (893/2019 5 § 1 mom. 4 k.). */
    solelyForProject: described(
      z.optional(z.boolean()),
      "For services: the applicant states the services are used solely for the project (893/2019 5 § 1 mom. 4 k.); false leaves the line out of the eligible costs.",
    ),
    /** For `softwareLicences`: the applicant states the licence is necessary for the project (893/2019 5 § 3 mom.). */
    necessary: described(
      z.optional(z.boolean()),
      "For softwareLicences: the applicant states the licence is necessary for the project (893/2019 5 § 3 mom.).",
    ),
    /** For `internalCharges`: the applicant states the charge rests on actual costs in the accounts (893/2019 5 § 4 mom.). */
    actualCosts: described(
      z.optional(z.boolean()),
      "For internalCharges: the applicant states the charge rests on actual costs in the accounts (893/2019 5 § 4 mom.).",
    ),
  }),
  "One line of the project budget (kustannusarvio).",
);

const exclusionDeclarations = Object.fromEntries(
  EXCLUSION_CODES.map((c) => [c, z.optional(z.nullable(z.boolean()))]),
) as {
  [K in (typeof EXCLUSION_CODES)[number]]: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
};

/** The declarations: one per exclusion code, and the employer sanctions of 688/2001 7 § 2 mom. (every edition). */
const declarationsShape = {
  ...exclusionDeclarations,
  /**
   * Was the applicant or its representative, in the grant year or the two years before, convicted
   * of the employer offences of 688/2001 7 § 2 mom. (1113/2018), or ordered to pay the sanction fee? `true` = yes.
   */
  employerSanctions: described(
    z.optional(z.nullable(z.boolean())),
    "Was the applicant or its representative, in the grant year or the two years before, convicted under rikoslaki 47:6 a or ulkomaalaislaki 186 §, or ordered to pay a sanction fee under työsopimuslaki 11 a:3? true = yes (then a grant that may pay salary costs needs an especially weighty reason, 688/2001 7 § 2 mom.); null or absent = unanswered. Asked in every edition.",
  ),
};

/** The project: its focus area, exclusion declarations, period and the texts 893/2019 6 § requires. */
export const projectSchema = described(
  z.object({
    name: described(name, "The project's name (hankkeen nimi)."),
    /** The one focus area (painopiste) the project emphasises. */
    focusArea: described(
      z.optional(focusAreaCodeSchema),
      "The one focus area (painopiste) of the edition that the project emphasises.",
    ),
    /** For each exclusion of the edition: is the project of that kind? `true` = it is. And `employerSanctions`. */
    declarations: described(
      z._default(z.object(declarationsShape), {}),
      "For each exclusion of the edition: is the project of that kind? true = it is (and is excluded); null or absent = unanswered. And employerSanctions (688/2001 7 § 2 mom.), asked in every edition.",
    ),
    /** The first day of the project. */
    start: described(z.optional(calendarDateInputSchema), "The first day of the project, YYYY-MM-DD."),
    /** The last day of the project. */
    end: described(
      z.optional(calendarDateInputSchema),
      "The last day of the project, YYYY-MM-DD; at the latest the edition's end of the period of use.",
    ),
    /** Objectives (tavoitteet), 893/2019 6 § 2 mom. 1 k. */
    objectives: described(z.optional(text), "Objectives (tavoitteet), 893/2019 6 § 2 mom. 1 k."),
    /** Planned measures (toimenpiteet), 6 § 2 mom. 1 k. */
    measures: described(z.optional(text), "Planned measures (toimenpiteet), 893/2019 6 § 2 mom. 1 k."),
    /** Intended results (tulokset), 6 § 2 mom. 1 k. */
    results: described(z.optional(text), "Intended results (tulokset), 893/2019 6 § 2 mom. 1 k."),
    /** Plan for using and disseminating the results, 6 § 2 mom. 2 k. */
    disseminationPlan: described(
      z.optional(text),
      "Plan for using and disseminating the results, 893/2019 6 § 2 mom. 2 k.",
    ),
    /** Schedule (aikataulu), 6 § 2 mom. 3 k. */
    schedule: described(z.optional(text), "Schedule (aikataulu), 893/2019 6 § 2 mom. 3 k."),
    /** Organisation (organisointi), 6 § 2 mom. 3 k. */
    organisation: described(z.optional(text), "Organisation (organisointi), 893/2019 6 § 2 mom. 3 k."),
    /** Relation to other key projects of the field and their implementation, 6 § 2 mom. 6 k. */
    relatedProjects: described(
      z.optional(text),
      "Relation to other key projects of the field and their implementation, 893/2019 6 § 2 mom. 6 k.",
    ),
    /** How the changes in operations are carried out (the 2020, 2021 and 2022 call texts). */
    operationalChange: described(
      z.optional(text),
      "How the changes in operations are carried out (miten toiminnan muutokset toteutetaan): required by the 2020, 2021 and 2022 call texts.",
    ),
  }),
  "The project (hanke): its focus area, exclusion declarations, period and the contents 893/2019 6 § requires.",
);

/** The budget: lines and the grant requested. */
export const budgetSchema = described(
  z.object({
    lines: described(
      z.array(budgetLineSchema).check(z.maxLength(1000)),
      "The budget lines, VAT-free amounts with their VAT.",
    ),
    /** The grant applied for (haettu avustus). */
    requestedGrant: described(
      amountInputSchema,
      "The grant applied for (haettu avustus), in euros; at most 85 % of the eligible VAT-free costs (893/2019 4 §).",
    ),
  }),
  "The budget: lines and the grant requested.",
);

/**
 * The zod schema of an application: the public input contract. Unknown keys are dropped, so
 * integrators may send more than the library reads. A `zod/mini` schema: `.safeParse` works as in
 * zod; derive a schema from it with zod's functions (`z.extend(applicationSchema, { … })`).
 */
export const applicationSchema = described(
  z.object({
    /** An id of the caller's own, carried through. */
    id: described(
      z.optional(z.string().check(z.maxLength(200))),
      "An id of the caller's own, carried through to the assessment.",
    ),
    /** The call edition applied to. */
    edition: described(editionIdSchema, "The call edition (hakukierros) applied to."),
    /** When the application was sent, an ISO 8601 instant with an offset. */
    submittedAt: described(
      z.optional(instantInputSchema),
      'When the application was sent: an ISO 8601 instant with an explicit offset, e.g. "2022-04-25T15:30:00+03:00".',
    ),
    /** The lead applicant and administrator (hakija, hankehallinnoija). */
    applicant: described(
      partySchema,
      "The lead applicant and administrator (hakija, hankehallinnoija): a municipality or a joint municipal authority.",
    ),
    /** The other implementing parties (osatoteuttajat) and partners. */
    participants: described(
      z._default(z.array(partySchema).check(z.maxLength(400)), []),
      "The other implementing parties (osatoteuttajat) and partners.",
    ),
    project: projectSchema,
    budget: budgetSchema,
  }),
  {
    title: "Application to the digikannustin grant (avustus kuntien digitalisaation edistämiseen)",
    description:
      "An application as the caller sends it to digikannustin's parseApplication and assess. Unknown keys are ignored.",
  },
);

/** An application as the caller sends it (amounts may be numbers). */
export type ApplicationInput = z.input<typeof applicationSchema>;
/** An application after parsing: amounts are canonical decimal strings, defaults filled in. */
export type Application = z.output<typeof applicationSchema>;
/** A party of an application. */
export type Party = z.output<typeof partySchema>;
/** A budget line after parsing. */
export type BudgetLine = z.output<typeof budgetLineSchema>;
