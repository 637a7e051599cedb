// The situation a reader is looking at (an application and the assessment options) kept in the
// URL's fragment, so that a case handler can share "this application under the 2021 rules". The
// fragment never reaches a server: the application stays in the reader's browser.
import type { AlandPolicy, EditionId } from "../../src/index.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";

/** What a permalink holds. */
export interface Situation {
  /** The application as JSON text, exactly as the reader typed it. */
  readonly json: string;
  /** Assess under this edition instead of the application's own. */
  readonly edition?: EditionId;
  /** The Åland policy, when not the default. */
  readonly aland?: AlandPolicy;
  /** The instant to assess at when the application has no submission time. */
  readonly at?: string;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The URL fragment of a situation: `#s=` and the situation as base64url JSON. */
export function encodeSituation(s: Situation): string {
  return `#s=${toBase64Url(JSON.stringify(s))}`;
}

/** The situation in a URL fragment, or `null` when there is none or it cannot be read. */
export function decodeSituation(hash: string): Situation | null {
  const m = /^#s=([A-Za-z0-9_-]+)$/.exec(hash);
  if (m === null) return null;
  try {
    const s = JSON.parse(fromBase64Url(m[1]!)) as Situation;
    return typeof s.json === "string" ? s : null;
  } catch {
    return null;
  }
}

/** The example application a picker value names (`call:EX-2022-01`, `edition:2020:1`), as JSON text. */
export function exampleJson(value: string): string | null {
  const [kind, a, b] = value.split(":");
  const application =
    kind === "call"
      ? exampleCall2022.candidates.find((c) => c.id === a)?.application
      : exampleApplications[a as EditionId]?.[Number(b)]?.application;
  return application === undefined ? null : JSON.stringify(application, null, 2);
}

/** The first example of the call: what a page shows before the reader picks anything. */
export const DEFAULT_EXAMPLE = `call:${exampleCall2022.candidates[0]!.id}`;
