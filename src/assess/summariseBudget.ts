import type { Application } from "../application/schema.js";
import type { CallEdition } from "../editions/schema.js";
import { budgetFacts } from "../rules/budget.js";
import { editionFacts } from "../rules/facts.js";
import type { BudgetSummary } from "./types.js";

/**
 * The money of a parsed application under an edition's rules (893/2019 4–5 §): total, eligible,
 * conditional and ineligible VAT-free costs, VAT, the maximum grant (rate × eligible costs,
 * rounded down to the cent), the grant applied for and the applicants' own financing (all costs and
 * VAT less the grant that can be awarded). Every amount is a decimal string;
 * `totalCosts = eligibleCosts + ineligibleCosts`.
 *
 * @example
 * ```ts
 * // 100 000,00 € staff, 20 000,01 € services (+ 4 800,00 € VAT), 15 000,00 € equipment
 * const parsed = parseApplication(application);
 * if (parsed.success) summariseBudget(parsed.data, getEdition("2022"));
 * //=> { totalCosts: "135000.01", eligibleCosts: "120000.01", conditionalCosts: "0.00", ineligibleCosts: "15000.00",
 * //     vat: "4800.00", rate: "0.85", maxGrant: "102000.00", requestedGrant: "102000.00", ownShare: "37800.01" }
 * ```
 */
export function summariseBudget(app: Application, edition: CallEdition): BudgetSummary {
  return budgetFacts(app, editionFacts(edition)).summary;
}
