// Reading the facts of a call edition by the paths the rules name (`eligibility.minMunicipalities`),
// and every cited node of an edition: the data behind the rule pages and the open questions.
import type { CallEdition, Certainty, LocalizedText } from "../src/index.js";

/** One fact of one edition as the explorer shows it. */
export interface FactView {
  /** The value: a cited node's value, a record of cited nodes' values, or plain library data. */
  readonly value: unknown;
  /** The citations, each once; empty for the library's own data (the register year). */
  readonly citations: readonly string[];
  /** How sure the value is (the least sure of a record); `null` for library data. */
  readonly certainty: Certainty | null;
  /** The notes of the cited nodes, each once, in Finnish, Swedish and English. */
  readonly notes: readonly LocalizedText[];
}

/** A cited node: `{ value, citation, certainty, note? }`. */
interface CitedNode {
  readonly value: unknown;
  readonly citation: string;
  readonly certainty: Certainty;
  readonly note?: LocalizedText;
}

export function isCited(x: unknown): x is CitedNode {
  return (
    typeof x === "object" &&
    x !== null &&
    "value" in x &&
    typeof (x as { citation?: unknown }).citation === "string" &&
    typeof (x as { certainty?: unknown }).certainty === "string"
  );
}

const RANK: Record<Certainty, number> = { sourced: 0, inferred: 1, notFound: 2 };

/** The node at a dot path of an edition, or `undefined` when the edition has none there. */
function nodeAt(edition: CallEdition, path: string): unknown {
  let node: unknown = edition;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The fact at a path of an edition, or `undefined` when the edition has none there. */
export function factOf(edition: CallEdition, path: string): FactView | undefined {
  const node = nodeAt(edition, path);
  if (node === undefined) return undefined;
  if (isCited(node)) {
    return {
      value: node.value,
      citations: [node.citation],
      certainty: node.certainty,
      notes: node.note === undefined ? [] : [node.note],
    };
  }
  if (typeof node === "object" && node !== null && Object.values(node).every(isCited)) {
    const children = Object.values(node) as CitedNode[];
    const certainty = children.reduce<Certainty>(
      (worst, c) => (RANK[c.certainty] > RANK[worst] ? c.certainty : worst),
      "sourced",
    );
    return {
      value: children.map((c) => c.value),
      citations: [...new Set(children.map((c) => c.citation))],
      certainty,
      notes: [
        ...new Map(children.flatMap((c) => (c.note === undefined ? [] : [[c.note.en, c.note] as const]))).values(),
      ],
    };
  }
  return { value: node, citations: [], certainty: null, notes: [] };
}

/** Every cited node of an edition with its dot path, in the order of the data. */
export function citedNodes(edition: CallEdition): { path: string; node: CitedNode }[] {
  const out: { path: string; node: CitedNode }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (isCited(node)) {
      out.push({ path, node });
      return;
    }
    if (typeof node !== "object" || node === null || Array.isArray(node)) return;
    for (const [key, child] of Object.entries(node)) walk(child, path === "" ? key : `${path}.${key}`);
  };
  walk(edition, "");
  return out;
}
