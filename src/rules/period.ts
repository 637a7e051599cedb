// The project period (hankkeen kesto) and the period of use of the grant (käyttöaika).
import { compareDates } from "../time/instant.js";
import { cite } from "./cite.js";
import { PASSED, finding } from "./finding.js";
import type { Rule } from "./types.js";

/** `period.startBeforeEnd`: the project's first day is not after its last (a schedule, 893/2019 6 § 2 mom. 3 kohta). */
export const periodStartBeforeEnd: Rule = {
  info: {
    id: "period.startBeforeEnd",
    family: "period",
    citation: "893/2019 6 § 2 mom. 3 kohta",
    facts: [],
    outcomes: ["pass", "fail", "missing"],
  },
  evaluate(ctx) {
    const id = "period.startBeforeEnd";
    const { start, end } = ctx.app.project;
    const citation = "893/2019 6 § 2 mom. 3 kohta";
    const values = { start: start ?? null, end: end ?? null };
    if (start === undefined || end === undefined) {
      return finding(ctx, id, "missing", citation, values, "period.startBeforeEnd.missing", {
        start: start ?? null,
        end: end ?? null,
      });
    }
    const outcome = compareDates(start, end) <= 0 ? "pass" : "fail";
    if (outcome === "pass" && !ctx.complete) return PASSED;
    return finding(
      ctx,
      id,
      outcome,
      citation,
      values,
      outcome === "pass" ? "period.startBeforeEnd.pass" : "period.startBeforeEnd.fail",
      { start, end },
    );
  },
};

/**
 * `period.endsByLatestEnd`: the project must end by the last day the edition's grant may be used
 * (30.9.2024 in 2022). The ministry's decision sets the period of use (688/2001 11 §).
 */
export const periodEndsByLatestEnd: Rule = {
  info: {
    id: "period.endsByLatestEnd",
    family: "period",
    citation: "688/2001 11 §",
    facts: ["period.latestEnd"],
    outcomes: ["pass", "fail", "missing"],
  },
  evaluate(ctx) {
    const id = "period.endsByLatestEnd";
    const node = ctx.edition.period.latestEnd;
    const latestEnd = node.value;
    const end = ctx.app.project.end;
    const citation = cite("688/2001 11 §", node.citation);
    const values = { end: end ?? null, latestEnd };
    if (end === undefined)
      return finding(ctx, id, "missing", citation, values, "period.endsByLatestEnd.missing", { latestEnd });
    const outcome = compareDates(end, latestEnd) <= 0 ? "pass" : "fail";
    if (outcome === "pass" && !ctx.complete) return PASSED;
    return finding(
      ctx,
      id,
      outcome,
      citation,
      values,
      outcome === "pass" ? "period.endsByLatestEnd.pass" : "period.endsByLatestEnd.fail",
      { end, latestEnd },
    );
  },
};
