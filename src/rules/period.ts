// The project period (hankkeen kesto) and the period of use of the grant (käyttöaika).
import { compareDates } from "../time/instant.js";
import { cite } from "./cite.js";
import { defineRule } from "./defineRule.js";

/** `period.startBeforeEnd`: the project's first day is not after its last (a schedule, 893/2019 6 § 2 mom. 3 kohta). */
export const periodStartBeforeEnd = defineRule({
  id: "period.startBeforeEnd",
  family: "period",
  citation: "893/2019 6 § 2 mom. 3 kohta",
  reads: [],
  verdicts: {
    pass: { outcome: "pass", messageCode: "period.startBeforeEnd.pass" },
    fail: { outcome: "fail", messageCode: "period.startBeforeEnd.fail" },
    missing: { outcome: "missing", messageCode: "period.startBeforeEnd.missing" },
  },
  decide(ctx) {
    const { start, end } = ctx.app.project;
    if (start === undefined || end === undefined) return "missing";
    return compareDates(start, end) <= 0 ? "pass" : "fail";
  },
  explain(ctx, verdict) {
    const { start = null, end = null } = ctx.app.project;
    const values = { start, end };
    if (verdict === "missing") return { verdict, values, params: { start, end } };
    return { verdict, values, params: { start: start!, end: end! } };
  },
});

/**
 * `period.endsByLatestEnd`: the project must end by the last day the edition's grant may be used.
 * The ministry's decision sets the period of use (688/2001 11 §). Where that day was published with
 * the call (the 2019 calls: 30.11.2021), a later end fails; where it is known only from the decision
 * releases (certainty `inferred`: 2020's end of October 2022, 2022's 30.9.2024), a later end is
 * `review`, since the ministry can shorten the period in its decision.
 */
export const periodEndsByLatestEnd = defineRule({
  id: "period.endsByLatestEnd",
  family: "period",
  citation: "688/2001 11 §",
  reads: ["period.latestEnd"],
  verdicts: {
    pass: { outcome: "pass", messageCode: "period.endsByLatestEnd.pass" },
    fail: { outcome: "fail", messageCode: "period.endsByLatestEnd.fail" },
    fromDecision: { outcome: "review", messageCode: "period.endsByLatestEnd.fromDecision" },
    missing: { outcome: "missing", messageCode: "period.endsByLatestEnd.missing" },
  },
  decide(ctx) {
    const end = ctx.app.project.end;
    if (end === undefined) return "missing";
    const latestEnd = ctx.edition.period.latestEnd;
    if (compareDates(end, latestEnd.value) <= 0) return "pass";
    // A date known only from the decisions decides nothing alone: the ministry shortens the period instead.
    return latestEnd.certainty === "inferred" ? "fromDecision" : "fail";
  },
  explain(ctx, verdict) {
    const node = ctx.edition.period.latestEnd;
    const latestEnd = node.value;
    const end = ctx.app.project.end;
    const citation = cite("688/2001 11 §", node.citation);
    const values = { end: end ?? null, latestEnd, latestEndCertainty: node.certainty };
    if (verdict === "missing") return { verdict, citation, values, params: { latestEnd } };
    return { verdict, citation, values, params: { end: end!, latestEnd } };
  },
});
