// The lead applicant (hakija) and administrator (hankehallinnoija): who may apply (893/2019 3 §).
import type { Party } from "../application/schema.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/**
 * `applicant.type`: the lead applicant must be of a type the edition lets apply, a municipality
 * (kunta) or a joint municipal authority (kuntayhtymä). Companies and associations cannot apply,
 * whoever owns them; they may be partners (vm.fi/usein-kysyttya).
 */
export const applicantType = defineRule({
  id: "applicant.type",
  family: "applicant",
  citation: "893/2019 3 §",
  reads: ["eligibility.applicantTypes", "eligibility.partnerOnlyTypes"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "applicant.type.pass" },
    fail: { outcome: "fail", messageCode: "applicant.type.fail" },
  },
  decide: (ctx) =>
    (ctx.edition.eligibility.applicantTypes.value as readonly string[]).includes(ctx.app.applicant.type)
      ? "pass"
      : "fail",
  explain(ctx, verdict) {
    const { applicantTypes, partnerOnlyTypes } = ctx.edition.eligibility;
    const type = ctx.app.applicant.type;
    const citation = cite("893/2019 3 §", applicantTypes.citation);
    const values = { applicantType: type, allowed: [...applicantTypes.value] };
    if (verdict === "pass") return { verdict, citation, values, params: { type } };
    // Companies and associations: the ministry's FAQ says they may only be partners.
    const partnerOnly = (partnerOnlyTypes.value as readonly string[]).includes(type);
    return {
      verdict,
      citation: partnerOnly ? cite(citation, partnerOnlyTypes.citation) : citation,
      values,
      params: { type, allowed: [...applicantTypes.value] },
    };
  },
});

/**
 * `applicant.municipalityExists`: a municipality applying must exist in the edition's municipality
 * register (kuntaluettelo). A code not in it (a typo, or a municipality merged away before the
 * call's year) is a data error an official asks to be corrected (hallintolaki 22 §): `review`,
 * naming the successor municipality where there is one. Another applicant has no code to check:
 * the finding names it.
 */
export const applicantMunicipalityExists = defineRule({
  id: "applicant.municipalityExists",
  family: "applicant",
  citation: "893/2019 3 §",
  reads: ["registerYear"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "applicant.municipalityExists.pass" },
    correctable: { outcome: "review", messageCode: "applicant.municipalityExists.correctable" },
    jointAuthority: { outcome: "pass", messageCode: "applicant.municipalityExists.jointAuthority" },
    notMunicipality: { outcome: "pass", messageCode: "applicant.municipalityExists.notMunicipality" },
  },
  decide(ctx) {
    const type = ctx.app.applicant.type;
    if (type === "jointAuthority") return "jointAuthority";
    if (type !== "municipality") return "notMunicipality";
    // The applicant is the first member named (see applicationFacts).
    const { status } = ctx.facts.members[0]!;
    return status === "valid" || status === "aland" ? "pass" : "correctable";
  },
  explain(ctx, verdict) {
    const applicant = ctx.app.applicant;
    const year = ctx.editionFacts.registerYear;
    switch (verdict) {
      case "jointAuthority": {
        const { name, businessId } = applicant as Extract<Party, { type: "jointAuthority" }>;
        return { verdict, values: { applicantType: applicant.type, businessId }, params: { name, businessId } };
      }
      case "notMunicipality":
        return { verdict, values: { applicantType: applicant.type }, params: { type: applicant.type } };
      default: {
        const member = ctx.facts.members[0]!;
        const values = { code: member.code, registerYear: year, status: member.status };
        if (verdict === "pass") return { verdict, values, params: { municipality: member.label, year } };
        return {
          verdict,
          citation: "893/2019 3 §; hallintolaki 434/2003 22 §",
          values: { ...values, mergedInto: member.mergedInto ?? null },
          params: {
            code: member.code,
            year,
            former: member.status === "dissolved" ? member.label : null,
            mergedInto: member.mergedInto ?? null,
            mergedOn: member.mergedOn ?? null,
          },
        };
      }
    }
  },
});
