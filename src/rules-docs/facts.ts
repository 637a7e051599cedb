import type { Certainty, LocalizedText } from "../editions/cited.js";
import type { CallEdition } from "../editions/schema.js";

/** One cited value an edition path leads to: the path, its value, source and certainty. */
export interface CitedFact {
  /** The dotted path of the cited node, e.g. `"window.closesAt"` or `"focusAreas.dataQuality"`. */
  readonly path: string;
  /** The value (`null` when not found). */
  readonly value: unknown;
  /** The provision or page it comes from. */
  readonly citation: string;
  /** `sourced`, `inferred` or `notFound`. */
  readonly certainty: Certainty;
  /** The note of an inferred or unknown value, if any, in Finnish, Swedish and English. */
  readonly note?: LocalizedText;
}

/** What a rule's fact path leads to in an edition. */
export type FactLookup =
  /** The path is absent from the edition. */
  | { readonly kind: "absent"; readonly path: string }
  /** A plain value of the library's own (e.g. `registerYear`), not a cited node. */
  | { readonly kind: "data"; readonly path: string; readonly value: unknown }
  /** One or more cited nodes: the node itself, or each node of a record of them (`focusAreas`). */
  | { readonly kind: "cited"; readonly path: string; readonly nodes: readonly CitedFact[] };

/** A cited node of an edition, as the reference reads it. */
type CitedNode = { value: unknown; citation: string; certainty: Certainty; note?: LocalizedText };

function isCited(node: unknown): node is CitedNode {
  return typeof node === "object" && node !== null && "certainty" in node && "citation" in node && "value" in node;
}

function toFact(path: string, node: CitedNode): CitedFact {
  return {
    path,
    value: node.value,
    citation: node.citation,
    certainty: node.certainty,
    ...(node.note ? { note: node.note } : {}),
  };
}

/**
 * Looks up a rule's fact path (`"eligibility.minMunicipalities"`) in an edition and returns the
 * cited nodes behind it, so that the reference can show how certain each is. Pure.
 */
export function lookUpFact(edition: CallEdition, path: string): FactLookup {
  let node: unknown = edition;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return { kind: "absent", path };
    node = (node as Record<string, unknown>)[key];
  }
  if (isCited(node)) return { kind: "cited", path, nodes: [toFact(path, node)] };
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    const children = Object.entries(node).filter(([, child]) => isCited(child));
    if (children.length > 0) {
      return { kind: "cited", path, nodes: children.map(([key, child]) => toFact(`${path}.${key}`, child as never)) };
    }
  }
  return { kind: "data", path, value: node };
}

const RANK: Readonly<Record<Certainty, number>> = { sourced: 0, inferred: 1, notFound: 2 };

/** The least certain of some facts: `notFound` over `inferred` over `sourced`; `null` when there are none. */
export function weakest(facts: readonly CitedFact[]): Certainty | null {
  let worst: Certainty | null = null;
  for (const f of facts) if (worst === null || RANK[f.certainty] > RANK[worst]) worst = f.certainty;
  return worst;
}
