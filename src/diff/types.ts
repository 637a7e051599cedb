import type { Certainty } from "../editions/cited.js";
import type { JsonValue } from "../assess/types.js";

/** What happened to a value between two call editions. */
export type ChangeKind = "added" | "removed" | "changed";

/**
 * One difference between two call editions (hakukierrokset). Plain, JSON-serialisable data.
 *
 * The unit of change is a cited node of the edition (`{ value, citation, certainty }`): a change
 * names the node's dot-separated path in the edition schema (`"window.closesAt"`,
 * `"focusAreas.dataQuality"`) and its value on both sides.
 */
export interface EditionChange {
  /** The dot-separated path of the node in the edition, e.g. `"eligibility.jointOnly"`. */
  readonly path: string;
  /**
   * `added`: the code exists only in the later edition (`b`); `removed`: only in the earlier one
   * (`a`); `changed`: both have the node and its value differs.
   */
  readonly kind: ChangeKind;
  /** The value in `a` as plain JSON; `null` when the node is absent there or its value is unknown. */
  readonly before: JsonValue;
  /** The value in `b` as plain JSON; `null` when the node is absent there or its value is unknown. */
  readonly after: JsonValue;
  /** The provision or call page each side cites; `null` where the node is absent or uncited. */
  readonly citation: { readonly before: string | null; readonly after: string | null };
  /** How sure each side is; `null` where the node is absent or carries no certainty. */
  readonly certainty: { readonly before: Certainty | null; readonly after: Certainty | null };
}
