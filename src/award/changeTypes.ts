import type { JsonValue, Outcome } from "../assess/types.js";
import type { CalendarDate } from "../time/instant.js";
import type { EditionId } from "../vocabulary/codes.js";
import type { Locale, MessageParams } from "../vocabulary/locale.js";
import type { TermsIssue } from "./parseTerms.js";
import type { DecisionTerms } from "./types.js";

/** The four independent parts a change application may ask for, in the order they are decided. */
export const CHANGE_PARTS = Object.freeze(["extension", "reallocation", "content", "consortium"] as const);
/** A part of a change application. */
export type ChangePartKind = (typeof CHANGE_PARTS)[number];

/**
 * What the library proposes the ministry decide on a part: `approve` (every finding passed),
 * `reject` (a finding failed) or `review` (none failed, but one needs a human or an answer).
 */
export type ChangeProposal = "approve" | "reject" | "review";

/**
 * One cited finding on a part of a change. The content and consortium parts carry the findings of
 * the edition's own rules (`focusArea.*`, `exclusion.*`, `applicant.*`, `consortium.*`) as `assess`
 * gives them; the extension and the reallocation carry their own (`change.*`).
 */
export interface ChangeFinding {
  /** The rule or check, e.g. `"change.extension.appropriation"` or `"consortium.minMunicipalities"`. */
  readonly rule: string;
  /** What it concluded. */
  readonly outcome: Outcome;
  /** The provision it rests on. */
  readonly citation: string;
  /** The values it read. */
  readonly values: { readonly [key: string]: JsonValue };
  /** The message code. */
  readonly messageCode: string;
  /** Its parameters. */
  readonly params: MessageParams;
  /** The message in the chosen language. */
  readonly message: string;
}

/** One part of a change application, decided on its own. */
export interface ChangePart {
  /** Which part. */
  readonly kind: ChangePartKind;
  /** The worst outcome of its findings: fail, then missing, then review, then pass. */
  readonly outcome: Outcome;
  /** The proposed decision. */
  readonly proposal: ChangeProposal;
  /** Its findings, in a stable order. */
  readonly findings: readonly ChangeFinding[];
}

/** One value of the terms that the change moves, in the style of `diffEditions`. */
export interface TermsDifference {
  /** The dot-separated path in the terms, array indexes as numbers: `"recipients.parties.1.share"`. */
  readonly path: string;
  /** The value before the change; `null` when the node is new. */
  readonly before: JsonValue;
  /** The value after the change; `null` when the node is gone. */
  readonly after: JsonValue;
}

/**
 * The verdict on a change application: `invalid` (the terms, the change or the options did not
 * parse), `rejected` (a part is proposed for rejection; the others stand on their own), `needsReview`
 * (none rejected, some need a human) or `approvable` (every part may be approved as asked).
 */
export type ChangeStatus = "invalid" | "rejected" | "needsReview" | "approvable";

/** Options of {@link assessChange}. */
export interface AssessChangeOptions {
  /** The day the change is assessed: a calendar date, or an instant read as its Helsinki date. Required: no clock is read. */
  readonly at: CalendarDate | string;
  /** The language of the messages; Finnish by default. */
  readonly locale?: Locale;
}

/** The assessment of a change application under the decision's terms. Plain, JSON-serialisable data. */
export interface ChangeAssessment {
  /** The change application's id. */
  readonly id: string | null;
  /** The edition of the grant; `null` when the terms did not parse. */
  readonly edition: EditionId | null;
  /** The language of the messages. */
  readonly locale: Locale;
  /** The verdict. */
  readonly status: ChangeStatus;
  /** One entry per part asked for, in the order of {@link CHANGE_PARTS}; empty when `invalid`. */
  readonly parts: readonly ChangePart[];
  /** The amended terms: every part not proposed for rejection applied; `null` when `invalid`. */
  readonly terms: DecisionTerms | null;
  /** What the amendment moves in the terms; empty when nothing moves or `invalid`. */
  readonly differences: readonly TermsDifference[];
  /** Why the input did not parse; empty otherwise. */
  readonly issues: readonly TermsIssue[];
}
