// The lead applicant (hakija) and administrator (hankehallinnoija): who may apply (893/2019 3 §).
import { PASSED, finding } from "./finding.js";
import { cite } from "./cite.js";
import type { Rule } from "./types.js";

/**
 * `applicant.type`: the lead applicant must be of a type the edition lets apply, a municipality
 * (kunta) or a joint municipal authority (kuntayhtymä). Companies and associations cannot apply,
 * whoever owns them; they may be partners (vm.fi/usein-kysyttya).
 */
export const applicantType: Rule = {
  info: {
    id: "applicant.type",
    family: "applicant",
    citation: "893/2019 3 §",
    facts: ["eligibility.applicantTypes", "eligibility.partnerOnlyTypes"],
    outcomes: ["pass", "fail"],
  },
  evaluate(ctx) {
    const node = ctx.edition.eligibility.applicantTypes;
    const type = ctx.app.applicant.type;
    const allowed = node.value;
    const may = (allowed as readonly string[]).includes(type);
    if (may && !ctx.complete) return PASSED;
    const citation = cite("893/2019 3 §", node.citation);
    const values = { applicantType: type, allowed: [...allowed] };
    if (may) {
      return finding(ctx, "applicant.type", "pass", citation, values, "applicant.type.pass", { type });
    }
    // Companies and associations: the ministry's FAQ says they may only be partners.
    const partnerOnly = ctx.edition.eligibility.partnerOnlyTypes;
    const failCitation = (partnerOnly.value as readonly string[]).includes(type)
      ? cite(citation, partnerOnly.citation)
      : citation;
    return finding(ctx, "applicant.type", "fail", failCitation, values, "applicant.type.fail", {
      type,
      allowed: [...allowed],
    });
  },
};

/**
 * `applicant.municipalityExists`: a municipality applying must exist in the edition's municipality
 * register (kuntaluettelo); a code that merged away before the call's year fails.
 */
export const applicantMunicipalityExists: Rule = {
  info: {
    id: "applicant.municipalityExists",
    family: "applicant",
    citation: "893/2019 3 §",
    facts: ["registerYear"],
    outcomes: ["pass", "fail"],
  },
  evaluate(ctx) {
    const applicant = ctx.app.applicant;
    const year = ctx.editionFacts.registerYear;
    const id = "applicant.municipalityExists";
    // Only a municipality's code can fail: the applicant is then the first member named (see applicationFacts).
    if (
      !ctx.complete &&
      (applicant.type !== "municipality" ||
        ctx.facts.members[0]!.status === "valid" ||
        ctx.facts.members[0]!.status === "aland")
    ) {
      return PASSED;
    }
    if (applicant.type === "jointAuthority") {
      const values = { applicantType: applicant.type, businessId: applicant.businessId };
      return finding(ctx, id, "pass", "893/2019 3 §", values, "applicant.municipalityExists.jointAuthority", {
        name: applicant.name,
        businessId: applicant.businessId,
      });
    }
    if (applicant.type !== "municipality") {
      const values = { applicantType: applicant.type };
      return finding(ctx, id, "pass", "893/2019 3 §", values, "applicant.municipalityExists.notMunicipality", {
        type: applicant.type,
      });
    }
    // The applicant is the first member named (see applicationFacts).
    const member = ctx.facts.members[0]!;
    const values = { code: applicant.code, registerYear: year, status: member.status };
    if (member.status === "valid" || member.status === "aland") {
      return finding(ctx, id, "pass", "893/2019 3 §", values, "applicant.municipalityExists.pass", {
        municipality: member.label,
        year,
      });
    }
    return finding(ctx, id, "fail", "893/2019 3 §", values, "applicant.municipalityExists.fail", {
      code: applicant.code,
      year,
      former: member.status === "dissolved" ? member.label : null,
      mergedInto: member.mergedInto ?? null,
      mergedOn: member.lastYear === undefined ? null : `${member.lastYear + 1}-01-01`,
    });
  },
};
