// The consortium (hankekonsortio): the municipalities behind a project and its partners (893/2019 3 §).
import type { Outcome } from "../assess/types.js";
import { cite } from "./cite.js";
import { type MemberFact, participantPath } from "./facts.js";
import { PASSED, finding } from "./finding.js";
import type { Rule, RuleContext } from "./types.js";

/** Whether a member counts toward the minimum: valid that year, and named where the edition lets it count. */
function counts(ctx: RuleContext, m: MemberFact): boolean {
  // A kuntayhtymä acting on behalf of municipalities brings them in only where the call allows it.
  if (m.role === "onBehalfOf" && !ctx.edition.eligibility.jointAuthorityOnBehalf.value) return false;
  return m.status === "valid" || (m.status === "aland" && ctx.aland === "allow");
}

/**
 * `consortium.minMunicipalities`: a joint-projects call funds only projects of several
 * municipalities, so the project must name at least the edition's minimum of *distinct*
 * municipalities valid in its register year (the applicant, the participants, and those a joint
 * authority applies for). 2019-1 let a single municipality apply.
 */
export const consortiumMinMunicipalities: Rule = {
  info: {
    id: "consortium.minMunicipalities",
    family: "consortium",
    citation: "893/2019 3 §",
    facts: [
      "eligibility.minMunicipalities",
      "eligibility.jointOnly",
      "eligibility.jointAuthorityOnBehalf",
      "eligibility.alandMunicipalities",
      "registerYear",
    ],
    outcomes: ["pass", "fail", "review", "missing"],
  },
  evaluate(ctx) {
    const id = "consortium.minMunicipalities";
    const eligibility = ctx.edition.eligibility;
    const minimum = eligibility.minMunicipalities.value;
    const year = ctx.editionFacts.registerYear;
    if (!ctx.complete) {
      let n = 0;
      for (const m of ctx.facts.members) if (!m.duplicate && counts(ctx, m)) n++;
      if (n >= minimum) return PASSED;
    }
    const counted: string[] = [];
    const countedLabels: string[] = [];
    const aland: string[] = [];
    for (const m of ctx.facts.members) {
      if (m.duplicate) continue;
      if (counts(ctx, m)) {
        counted.push(m.code);
        countedLabels.push(m.label);
      } else if (m.status === "aland" && ctx.aland === "review") aland.push(m.code);
    }
    const citation = cite("893/2019 3 §", eligibility.minMunicipalities.citation);
    const values = {
      municipalities: counted.length,
      minimum,
      jointOnly: eligibility.jointOnly.value,
      counted,
      aland,
      registerYear: year,
    };
    const params = {
      count: counted.length,
      minimum,
      year,
      municipalities: countedLabels,
      jointOnly: eligibility.jointOnly.value,
    };
    if (counted.length >= minimum)
      return finding(ctx, id, "pass", citation, values, "consortium.minMunicipalities.pass", params);
    if (counted.length + aland.length >= minimum) {
      // Only Åland's municipalities make up the number, and whether they may take part is unknown.
      return finding(
        ctx,
        id,
        "review",
        cite(citation, eligibility.alandMunicipalities.citation),
        values,
        "consortium.minMunicipalities.aland",
        {
          ...params,
          aland: aland.length,
        },
      );
    }
    if (ctx.facts.jointAuthorityWithoutMembers) {
      return finding(ctx, id, "missing", citation, values, "consortium.minMunicipalities.missing", params);
    }
    return finding(ctx, id, "fail", citation, values, "consortium.minMunicipalities.fail", params);
  },
};

/** The worst of two outcomes: fail over review over missing over pass. */
function worse(a: Outcome, b: Outcome): Outcome {
  const rank = { pass: 0, missing: 1, review: 2, fail: 3 } as const;
  return rank[b] > rank[a] ? b : a;
}

/**
 * `consortium.members`: every municipality the application names must exist in the edition's
 * register year. A code that merged away (Honkajoki 099 after 2020, Valtimo 911 after 2019) or that
 * never existed fails; a municipality named twice is noted; a municipality of Åland goes to review
 * unless the caller's `alandMunicipalities` option decides.
 */
export const consortiumMembers: Rule = {
  info: {
    id: "consortium.members",
    family: "consortium",
    citation: "893/2019 3 §",
    facts: ["registerYear", "eligibility.alandMunicipalities"],
    outcomes: ["pass", "fail", "review"],
  },
  evaluate(ctx) {
    const id = "consortium.members";
    const year = ctx.editionFacts.registerYear;
    // A member fails or needs review only when it is not named twice and is not in the register,
    // or is Åland's and the policy does not allow it.
    if (
      !ctx.complete &&
      ctx.facts.members.every(
        (m) => m.duplicate || m.status === "valid" || (m.status === "aland" && ctx.aland === "allow"),
      )
    ) {
      return PASSED;
    }
    const unknown: string[] = [];
    const dissolved: string[] = [];
    const mergedInto: string[] = [];
    const mergedOn: string[] = [];
    const aland: string[] = [];
    const duplicates: string[] = [];
    let outcome = "pass" as Outcome;
    const members = ctx.facts.members.map((m) => {
      let reason: string;
      if (m.duplicate) {
        reason = "duplicate";
        if (!duplicates.includes(m.label)) duplicates.push(m.label);
      } else if (m.status === "unknown") {
        reason = "unknown";
        unknown.push(m.code);
        outcome = "fail";
      } else if (m.status === "dissolved") {
        reason = "dissolved";
        dissolved.push(m.label);
        mergedInto.push(m.mergedInto ?? "");
        // Mergers take effect on 1 January of the year after the last register the municipality is in.
        mergedOn.push(`${(m.lastYear ?? year - 1) + 1}-01-01`);
        outcome = "fail";
      } else if (m.status === "aland") {
        reason = `aland.${ctx.aland}`;
        aland.push(m.label);
        if (ctx.aland === "deny") outcome = "fail";
        else if (ctx.aland === "review") outcome = worse(outcome, "review");
      } else reason = "valid";
      return { code: m.code, path: m.path, role: m.role, status: m.status, reason, duplicate: m.duplicate };
    });
    const alandNode = ctx.edition.eligibility.alandMunicipalities;
    const citation = aland.length > 0 ? cite("893/2019 3 §", alandNode.citation) : "893/2019 3 §";
    const values = { registerYear: year, members, alandPolicy: ctx.aland };
    const params = {
      year,
      count: members.length,
      unknown,
      dissolved,
      mergedInto,
      mergedOn,
      aland,
      alandPolicy: ctx.aland,
      duplicates,
    };
    const code =
      outcome === "fail"
        ? "consortium.members.fail"
        : outcome === "review"
          ? "consortium.members.review"
          : "consortium.members.pass";
    return finding(ctx, id, outcome, citation, values, code, params);
  },
};

/**
 * `consortium.partners`: companies, associations and other bodies may take part only as partners
 * (vm.fi/usein-kysyttya); they cannot receive the grant. Always passes: the finding names them so
 * that a reader sees who is in the project but outside the grant.
 */
export const consortiumPartners: Rule = {
  info: {
    id: "consortium.partners",
    family: "consortium",
    citation: "893/2019 3 §",
    facts: ["eligibility.partnerOnlyTypes"],
    outcomes: ["pass"],
  },
  evaluate(ctx) {
    // Always a pass: inside allocate (not `complete`) nothing need be made.
    if (!ctx.complete) return PASSED;
    const node = ctx.edition.eligibility.partnerOnlyTypes;
    const partnerTypes = node.value as readonly string[];
    const partners: { path: string; type: string; name: string }[] = [];
    ctx.app.participants.forEach((p, i) => {
      if (partnerTypes.includes(p.type) && "name" in p && p.name !== undefined) {
        partners.push({ path: participantPath(i), type: p.type, name: p.name });
      }
    });
    const citation = cite("893/2019 3 §", node.citation);
    const values = { partners };
    const names = partners.map((p) => p.name);
    const code = partners.length === 0 ? "consortium.partners.none" : "consortium.partners.pass";
    return finding(ctx, "consortium.partners", "pass", citation, values, code, { names });
  },
};
