/**
 * Built-in example data (`digikannustin/examples`): a whole fictional 2022 call of 49 applications
 * with reviewer scores, and a few applications to every other edition. The municipalities are
 * real (their codes are in the register of the year); the projects, joint authorities, budgets and
 * scores are invented and marked "(fiktiivinen)". Plain, deep-frozen data.
 *
 * @packageDocumentation
 */
import type { EditionId } from "../vocabulary/codes.js";
import { exampleCall2022 } from "./call2022.js";
import { earlierEditionExamples } from "./editions.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import type { ExampleApplication } from "./types.js";

export { exampleCall2022 } from "./call2022.js";
export type { ExampleApplication, ExampleCall, ExampleCandidate, ReviewerScores, Scenario } from "./types.js";

function fromCall(id: string, note: string): ExampleApplication {
  const c = exampleCall2022.candidates.find((x) => x.id === id)!;
  return { scenario: c.scenario, note, application: c.application };
}

/**
 * A few example applications per call edition (2–3 each), chosen to show what changed between the
 * calls; the 2022 ones are taken from {@link exampleCall2022}. Deep-frozen.
 *
 * @example
 * ```ts
 * exampleApplications["2019-1"][0].application.participants; //=> [] (one municipality alone)
 * exampleApplications["2022"].map((e) => e.scenario);        //=> ["clean", "late", "softwareLicences"]
 * ```
 */
export const exampleApplications: { readonly [E in EditionId]: readonly ExampleApplication[] } =
  /* @__PURE__ */ deepFreeze({
    ...earlierEditionExamples,
    "2022": [
      fromCall(firstOf("clean"), "A clean application: every rule of 2022 passes."),
      fromCall(firstOf("late"), "Sent after the deadline of 25 April 2022 at 16.15 Helsinki time."),
      fromCall(
        firstOf("softwareLicences"),
        "Software licences are eligible only where necessary (893/2019 5 § 3 mom.): a human decides.",
      ),
    ],
  });

function firstOf(scenario: ExampleApplication["scenario"]): string {
  return exampleCall2022.candidates.find((c) => c.scenario === scenario)!.id;
}
