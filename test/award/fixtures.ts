// The standard decision terms of the tests: the standard 2022 application (Lohja leads), granted its
// maximum grant of 102 000,00 €, with the report deadline, scheme and income effect a test states.
import type { Allocation } from "../../src/allocate/types.js";
import { assess } from "../../src/assess/assess.js";
import type { DecisionTerms } from "../../src/award/types.js";
import { type DecisionTermsOptions, decisionTerms } from "../../src/award/terms.js";
import { application2022 } from "../helpers/application2022.js";

/** The allocation entry of the standard application: granted its maximum. */
export const granted: Pick<Allocation, "id" | "status" | "amount" | "eligibleCosts"> = {
  id: "T-2022-1",
  status: "granted",
  amount: "102000.00",
  eligibleCosts: "120000.01",
};

/** The assessment of the standard 2022 application. */
export const assessment2022 = () => assess(application2022(), { at: "2022-04-25T15:30:00+03:00" });

/** The terms of the standard application under `options` (default: 2 months to report, paid after the report). */
export function terms2022(options: Partial<DecisionTermsOptions> = {}): DecisionTerms {
  const r = decisionTerms(assessment2022(), granted, {
    reportMonths: 2,
    payment: { scheme: "afterReport" },
    income: "reducesCosts",
    ...options,
  });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}
