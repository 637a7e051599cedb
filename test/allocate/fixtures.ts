// Hand-made assessments, so the allocation core is tested apart from the rules.
import type { Assessment, AssessmentStatus, Finding } from "../../src/assess/types.js";
import type { EditionId } from "../../src/vocabulary/codes.js";
import type { MessageCode } from "../../src/messages/catalogue.js";
import { type AllocateOptions, type AllocationCandidate, type AllocationReason, allocate } from "../../src/index.js";
import { application2022 } from "../helpers/application2022.js";

/** The money fields an allocation reads; the rest of the budget is filled in. */
export interface Money {
  readonly requested: string;
  readonly maxGrant: string;
  readonly eligible?: string;
}

/** A failing finding as `assess` would report it. */
export function failing(rule: string, citation: string): Finding {
  return {
    rule,
    outcome: "fail",
    citation,
    values: {},
    messageCode: rule as MessageCode,
    params: {},
    message: `${rule} failed`,
  } as unknown as Finding; // any rule id and code: the allocation core is tested apart from the rules
}

/** An assessment with the given verdict and money. */
export function assessment(
  status: AssessmentStatus,
  money: Money,
  options: { edition?: EditionId; findings?: readonly Finding[] } = {},
): Assessment {
  const eligible = money.eligible ?? money.maxGrant;
  return {
    id: null,
    edition: options.edition ?? "2022",
    status,
    locale: "en",
    findings: options.findings ?? [],
    issues: [],
    notices: [],
    budget:
      status === "invalid"
        ? null
        : {
            totalCosts: eligible,
            eligibleCosts: eligible,
            conditionalCosts: "0.00",
            ineligibleCosts: "0.00",
            vat: "0.00",
            rate: "0.85",
            maxGrant: money.maxGrant,
            requestedGrant: money.requested,
            ownShare: "0.00",
          },
  } as Assessment; // the budget is null exactly when the status is invalid
}

/** An eligible candidate with a score and money. */
export function eligible(id: string, score: number | string, requested: string, maxGrant = requested) {
  return { id, score, assessment: assessment("eligible", { requested, maxGrant }) };
}

/** Integer cents as a canonical amount string, without floating point. */
export function cents(n: number): string {
  const whole = Math.trunc(n / 100);
  const rest = n % 100;
  return `${whole}.${String(rest).padStart(2, "0")}`;
}

/** The standard application asking for `requested`; its maximum grant is 102 000.42 € (85 % of 120 000.50 €, 893/2019 4 §). */
export const asking = (requested: string) =>
  application2022((a) => {
    a.budget.lines = [{ category: "staff", amount: "120000.50" }];
    a.budget.requestedGrant = requested;
  });

/** A reason as its code and parameters, for comparing lists of reasons. */
export const brief = (reasons: readonly AllocationReason[]) => reasons.map((r) => [r.code, r.params]);

/** `allocate` under the 2022 call in English, its data or a thrown list of issues. */
export function run2022(candidates: readonly AllocationCandidate[], options: AllocateOptions) {
  const r = allocate(candidates, { edition: "2022", locale: "en", ...options });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

/** The reason of a candidate that is not a candidate, as code and parameters. */
export const INVALID_CANDIDATE = ["allocation.invalidCandidate", {}];

/** The allocations of a successful result, or a thrown list of issues. */
export function allocations<T>(
  r: { success: true; data: { allocations: readonly T[] } } | { success: false; issues: unknown },
): readonly T[] {
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data.allocations;
}
