import type { JsonValue, Outcome } from "./finding.js";
import type { AssessmentMessageCode } from "../messages/assessment.js";
import type { ParamsOf } from "../messages/catalogue.js";
import type { MessageParams } from "../vocabulary/locale.js";
import type { RuleContext, RuleFamily, RuleSpec } from "./types.js";

/** What a verdict means: the outcome it gives and the message that words it. */
export interface VerdictMeaning {
  /** The outcome of the finding. */
  readonly outcome: Outcome;
  /** The message of the finding. */
  readonly messageCode: AssessmentMessageCode;
}

/** A rule's own verdicts by name, e.g. `{ pass: …, fail: …, nothingRequested: … }`. */
export type Verdicts = { readonly [verdict: string]: VerdictMeaning };

/** The values a finding read. */
export type FindingValues = { readonly [key: string]: JsonValue };

/**
 * What `explain` says of a verdict: the values the rule read, the parameters of the verdict's
 * message, and the citation where it depends on the edition's page (else the rule's provision).
 * It names the verdict it explains, so that the compiler checks the parameters against that
 * verdict's message: a rule cannot forget a parameter or give another message's.
 */
export type Explanation<V extends Verdicts> = {
  readonly [K in keyof V & string]: {
    readonly verdict: K;
    readonly values: FindingValues;
    readonly params: ParamsOf<V[K]["messageCode"]>;
    readonly citation?: string | undefined;
  };
}[keyof V & string];

/** A rule as {@link defineRule} takes it. */
export interface RuleDefinition<Id extends string, V extends Verdicts> {
  /** The stable id, `family.name`. */
  readonly id: Id;
  /** The family it belongs to. */
  readonly family: RuleFamily;
  /** The provision the rule rests on, e.g. `"893/2019 4 §"`. */
  readonly citation: string;
  /** Paths into the edition the rule reads, e.g. `"eligibility.minMunicipalities"`. */
  readonly reads: readonly string[];
  /** A path into the edition that must exist for the rule to be evaluated. */
  readonly appliesWhen?: string;
  /** Each verdict's outcome and message, in the order the rules reference lists the outcomes. */
  readonly verdicts: V;
  /** The provision's decision: one verdict, and nothing computed for its explanation. */
  readonly decide: (ctx: RuleContext) => keyof V & string;
  /** The explanation of a verdict, made only when a finding is reported. */
  readonly explain: (ctx: RuleContext, verdict: keyof V & string) => Explanation<V>;
}

/**
 * A rule: what the registry lists and `assess` runs. Its type keeps its id and its verdicts, from
 * which the finding types are derived (`RuleId`, `Finding`); `Rule` alone is any rule.
 */
export interface Rule<Id extends string = string, V extends Verdicts = Verdicts> {
  /** What it is, for the rules reference. */
  readonly info: RuleSpec & { readonly id: Id };
  /** Each verdict's outcome and message. */
  readonly verdicts: V;
  /** Decides the verdict. Pure: reads the context, changes nothing. */
  decide(ctx: RuleContext): string;
  /** Explains a verdict it decided. Pure. */
  explain(
    ctx: RuleContext,
    verdict: string,
  ): { readonly values: FindingValues; readonly params: MessageParams; readonly citation?: string | undefined };
}

/**
 * Declares a rule: it decides once, with a small verdict of its own, and explains a verdict only
 * when asked. Each verdict maps to its outcome and message code, whose parameters the compiler
 * checks against the catalogue; the outcomes the rules reference lists are the verdicts'.
 *
 * @example
 * ```ts
 * const ends = defineRule({
 *   id: "period.endsByLatestEnd", family: "period", citation: "688/2001 11 §", reads: ["period.latestEnd"],
 *   verdicts: { pass: { outcome: "pass", messageCode: "period.endsByLatestEnd.pass" }, … },
 *   decide: (ctx) => …,
 *   explain: (ctx, verdict) => ({ verdict, values: { … }, params: { … } }),
 * });
 * ends.info.outcomes; //=> ["pass", "fail", "missing"]
 * ```
 */
export function defineRule<const Id extends string, const V extends Verdicts>(
  rule: RuleDefinition<Id, V>,
): Rule<Id, V> {
  const { id, family, citation, reads, appliesWhen, verdicts, decide, explain } = rule;
  const outcomes = [...new Set(Object.values(verdicts).map((v) => v.outcome))];
  const info = { id, family, citation, facts: reads, outcomes, ...(appliesWhen === undefined ? {} : { appliesWhen }) };
  // Every message's parameters are message parameters: the generic type cannot show it.
  return { info, verdicts, decide, explain: explain as Rule["explain"] };
}
