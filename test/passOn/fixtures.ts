// A parsed assessment with the per-party figures a pass-on plan reads, built by hand so that a test
// states exactly the parties and costs it needs: the rest is the standard 2022 application's.
import { assess } from "../../src/assess/assess.js";
import type { Assessment } from "../../src/assess/types.js";
import type { EditionId } from "../../src/vocabulary/codes.js";
import { sumAmounts } from "../../src/money/index.js";
import { application2022 } from "../helpers/application2022.js";

/** What a test says of a party: its key, role, type, name and eligible costs. */
export interface PartyRow {
  readonly key: string | null;
  readonly role: "applicant" | "participant" | "onBehalfOf" | "unnamed";
  readonly type: "municipality" | "jointAuthority" | "association" | "company" | "other" | null;
  readonly name: string;
  readonly eligibleCosts: string;
}

/** A procurement notice as the assessment gives it (`procurement.nationalThreshold`). */
export interface NoticeRow {
  readonly line: number;
  readonly party: string | null;
  readonly amount: string;
}

/** A municipality participant. */
export const municipality = (key: string, name: string, eligibleCosts: string): PartyRow => ({
  key,
  role: "participant",
  type: "municipality",
  name,
  eligibleCosts,
});

/**
 * A parsed assessment of an application to `edition` whose parties are `parties` and whose maximum
 * grant is `maxGrant` (default 85 % of their eligible costs, rounded down).
 */
export function assessed(
  parties: readonly PartyRow[],
  { edition = "2022", maxGrant, notices = [] }: { edition?: EditionId; maxGrant?: string; notices?: NoticeRow[] } = {},
): Assessment {
  const base = assess(
    application2022((a) => (a.edition = edition)),
    { at: "2019-01-01T00:00:00+02:00" },
  );
  if (base.status === "invalid") throw new Error("the standard application must parse");
  const eligibleCosts = sumAmounts(parties.map((p) => p.eligibleCosts));
  const cents = (BigInt(eligibleCosts.replace(".", "")) * 85n) / 100n;
  const max = maxGrant ?? `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
  return {
    ...base,
    budget: { ...base.budget, eligibleCosts, maxGrant: max, parties },
    notices: notices.map((n) => ({
      code: "procurement.nationalThreshold",
      citation: "1397/2016 25 §",
      message: "",
      params: { ...n, category: "services" },
    })),
  } as unknown as Assessment;
}
