// The consortium (hankekonsortio): the municipalities behind a project and its partners (893/2019 3 §).
import type { Party } from "../application/schema.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";
import { type MemberFact, participantPath } from "./facts.js";
import type { RuleContext } from "./types.js";

/** Whether a member counts toward the minimum: valid that year, and named where the edition lets it count. */
function counts(ctx: RuleContext, m: MemberFact): boolean {
  // A kuntayhtymä acting on behalf of municipalities brings them in only where the call allows it.
  if (m.role === "onBehalfOf" && !ctx.edition.eligibility.jointAuthorityOnBehalf.value) return false;
  return m.status === "valid" || (m.status === "aland" && ctx.aland === "allow");
}

/** A code that is not in the register year (a typo, or a municipality merged away): a data error to correct. */
function isCorrectable(m: MemberFact): boolean {
  return m.status === "unknown" || m.status === "dissolved";
}

/**
 * The distinct municipalities that count; those of Åland that would count if a case handler let
 * them; and the codes to correct that would count once corrected: an unknown code, or one merged
 * away whose successor is not already named (Honkajoki 099 beside Kankaanpää 214 adds nobody).
 */
function tally(ctx: RuleContext): { counted: MemberFact[]; aland: MemberFact[]; correctable: MemberFact[] } {
  const counted: MemberFact[] = [];
  const aland: MemberFact[] = [];
  const correctable: MemberFact[] = [];
  for (const m of ctx.facts.members) {
    if (m.duplicate) continue;
    if (counts(ctx, m)) counted.push(m);
    else if (m.status === "aland" && ctx.aland === "review") aland.push(m);
    else if (isCorrectable(m) && (m.role !== "onBehalfOf" || ctx.edition.eligibility.jointAuthorityOnBehalf.value))
      correctable.push(m);
  }
  if (correctable.length === 0) return { counted, aland, correctable };
  const named = new Set(counted.map((m) => m.code));
  const fresh = correctable.filter((m) => {
    const successor = m.successor;
    if (successor === undefined) return true;
    if (named.has(successor)) return false;
    named.add(successor);
    return true;
  });
  return { counted, aland, correctable: fresh };
}

/**
 * The least number of municipalities: the edition's, and at least two where a joint municipal
 * authority applies, in every edition (893/2019 3 § 2 mom.: a kuntayhtymä may receive the grant
 * "jos hankkeen toteuttamiseen sitoutuu useampi kunta").
 */
function minimumOf(ctx: RuleContext): { minimum: number; jointAuthority: boolean } {
  const edition = ctx.edition.eligibility.minMunicipalities.value;
  const jointAuthority = ctx.app.applicant.type === "jointAuthority" && edition < 2;
  return { minimum: jointAuthority ? 2 : edition, jointAuthority };
}

/**
 * `consortium.minMunicipalities`: a joint-projects call funds only projects of several
 * municipalities, so the project must name at least the edition's minimum of *distinct*
 * municipalities valid in its register year (the applicant, the participants, and those a joint
 * authority applies for). 2019-1 let a single municipality apply, but not a joint municipal
 * authority for a single municipality (893/2019 3 § 2 mom.). Where only codes to correct (unknown
 * or merged away, hallintolaki 22 §) leave the number short, the finding is `review`, not `fail`.
 */
export const consortiumMinMunicipalities = defineRule({
  id: "consortium.minMunicipalities",
  family: "consortium",
  citation: "893/2019 3 §",
  reads: [
    "eligibility.minMunicipalities",
    "eligibility.jointOnly",
    "eligibility.jointAuthorityOnBehalf",
    "eligibility.alandMunicipalities",
    "registerYear",
  ],
  verdicts: {
    pass: { outcome: "pass", messageCode: "consortium.minMunicipalities.pass" },
    fail: { outcome: "fail", messageCode: "consortium.minMunicipalities.fail" },
    aland: { outcome: "review", messageCode: "consortium.minMunicipalities.aland" },
    correctable: { outcome: "review", messageCode: "consortium.minMunicipalities.correctable" },
    missing: { outcome: "missing", messageCode: "consortium.minMunicipalities.missing" },
  },
  decide(ctx) {
    const { minimum } = minimumOf(ctx);
    const { counted, aland, correctable } = tally(ctx);
    if (counted.length >= minimum) return "pass";
    // Only Åland's municipalities make up the number, and whether they may take part is unknown.
    if (counted.length + aland.length >= minimum) return "aland";
    // Only codes an official would ask to be corrected make up the number.
    if (counted.length + aland.length + correctable.length >= minimum) return "correctable";
    return ctx.facts.jointAuthorityWithoutMembers ? "missing" : "fail";
  },
  explain(ctx, verdict) {
    const { minMunicipalities, jointOnly, alandMunicipalities } = ctx.edition.eligibility;
    const { counted, aland, correctable } = tally(ctx);
    const { minimum, jointAuthority } = minimumOf(ctx);
    const year = ctx.editionFacts.registerYear;
    const base = cite("893/2019 3 §", minMunicipalities.citation);
    const citation = jointAuthority ? `893/2019 3 § 2 mom.; ${base}` : base;
    const values = {
      municipalities: counted.length,
      minimum,
      jointOnly: jointOnly.value,
      jointAuthority,
      counted: counted.map((m) => m.code),
      aland: aland.map((m) => m.code),
      correctable: correctable.map((m) => m.code),
      registerYear: year,
    };
    const params = {
      count: counted.length,
      minimum,
      year,
      municipalities: counted.map((m) => m.label),
      jointOnly: jointOnly.value,
      jointAuthority,
    };
    if (verdict === "aland")
      return {
        verdict,
        citation: cite(citation, alandMunicipalities.citation),
        values,
        params: { ...params, aland: aland.length },
      };
    if (verdict === "correctable") {
      const codes = correctable.map((m) => m.label);
      return {
        verdict,
        citation: `${citation}; hallintolaki 434/2003 22 §`,
        values,
        params: { ...params, codes, aland: aland.length },
      };
    }
    return { verdict, citation, values, params };
  },
});

/** Why a member passes or not: named twice, its place in the register, or Åland's under the policy. */
function reasonOf(ctx: RuleContext, m: MemberFact): string {
  if (m.duplicate) return "duplicate";
  return m.status === "aland" ? `aland.${ctx.aland}` : m.status;
}

/**
 * `consortium.members`: every municipality the application names must exist in the edition's
 * register year. A code that merged away (Honkajoki 099 after 2020, Valtimo 911 after 2019) or that
 * never existed is a data error an official asks to be corrected (hallintolaki 22 §): `review`,
 * naming the successor municipality where there is one. A municipality named twice is noted; a
 * municipality of Åland goes to review unless the caller's `alandMunicipalities` option decides.
 */
export const consortiumMembers = defineRule({
  id: "consortium.members",
  family: "consortium",
  citation: "893/2019 3 §",
  reads: ["registerYear", "eligibility.alandMunicipalities"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "consortium.members.pass" },
    fail: { outcome: "fail", messageCode: "consortium.members.fail" },
    review: { outcome: "review", messageCode: "consortium.members.review" },
  },
  decide(ctx) {
    let verdict: "pass" | "review" = "pass";
    for (const m of ctx.facts.members) {
      const reason = reasonOf(ctx, m);
      if (reason === "aland.deny") return "fail";
      if (reason === "aland.review" || reason === "unknown" || reason === "dissolved") verdict = "review";
    }
    return verdict;
  },
  explain(ctx, verdict) {
    const year = ctx.editionFacts.registerYear;
    const unknown: string[] = [];
    const dissolved: string[] = [];
    const mergedInto: string[] = [];
    const mergedOn: string[] = [];
    const aland: string[] = [];
    const duplicates: string[] = [];
    const members = ctx.facts.members.map((m) => {
      const reason = reasonOf(ctx, m);
      if (reason === "duplicate") {
        if (!duplicates.includes(m.label)) duplicates.push(m.label);
      } else if (reason === "unknown") unknown.push(m.code);
      else if (reason === "dissolved") {
        dissolved.push(m.label);
        mergedInto.push(m.mergedInto!);
        mergedOn.push(m.mergedOn!);
      } else if (m.status === "aland") aland.push(m.label);
      return { code: m.code, path: m.path, role: m.role, status: m.status, reason, duplicate: m.duplicate };
    });
    const alandCitation = aland.length > 0 ? ctx.edition.eligibility.alandMunicipalities.citation : null;
    const correction = unknown.length + dissolved.length > 0 ? "hallintolaki 434/2003 22 §" : null;
    const cited = [alandCitation, correction].filter((c) => c !== null).join("; ");
    return {
      verdict,
      citation: cited === "" ? undefined : cite("893/2019 3 §", cited),
      values: { registerYear: year, members, alandPolicy: ctx.aland },
      params: {
        year,
        count: members.length,
        unknown,
        dissolved,
        mergedInto,
        mergedOn,
        aland,
        alandPolicy: ctx.aland,
        duplicates,
      },
    };
  },
});

/** Whether a participant is a partner only (a company, an association, another body), named. */
function isPartner(ctx: RuleContext, p: Party): p is Party & { name: string } {
  const partnerTypes = ctx.edition.eligibility.partnerOnlyTypes.value as readonly string[];
  return partnerTypes.includes(p.type) && p.name !== undefined;
}

/**
 * `consortium.partners`: companies, associations and other bodies may take part only as partners
 * (vm.fi/usein-kysyttya); they cannot receive the grant. Always passes: the finding names them so
 * that a reader sees who is in the project but outside the grant.
 */
export const consortiumPartners = defineRule({
  id: "consortium.partners",
  family: "consortium",
  citation: "893/2019 3 §",
  reads: ["eligibility.partnerOnlyTypes"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "consortium.partners.pass" },
    none: { outcome: "pass", messageCode: "consortium.partners.none" },
  },
  decide: (ctx) => (ctx.app.participants.some((p) => isPartner(ctx, p)) ? "pass" : "none"),
  explain(ctx, verdict) {
    const partners = ctx.app.participants.flatMap((p, i) =>
      isPartner(ctx, p) ? [{ path: participantPath(i), type: p.type, name: p.name }] : [],
    );
    const citation = cite("893/2019 3 §", ctx.edition.eligibility.partnerOnlyTypes.citation);
    return { verdict, citation, values: { partners }, params: { names: partners.map((p) => p.name) } };
  },
});
