import * as z from "zod/mini";
import { CERTAINTIES, type Certainty } from "../vocabulary/codes.js";

/** The zod schema of a {@link Certainty}. */
export const certaintySchema = z.enum(CERTAINTIES);
export type { Certainty };

/** A text in Finnish, Swedish and English. */
export const localizedTextSchema = z.strictObject({
  /** Finnish. */
  fi: z.string().check(z.minLength(1)),
  /** Swedish. */
  sv: z.string().check(z.minLength(1)),
  /** English. */
  en: z.string().check(z.minLength(1)),
});
/** A text in Finnish, Swedish and English. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A value with the provision or page it rests on. A `Cited` node is the unit of citation in a call
 * edition: every leaf value of an edition sits inside one.
 */
export interface Cited<T> {
  /** The value itself. */
  readonly value: T;
  /** Where it comes from: an act and section (`"893/2019 4 §"`) or a call page URL. */
  readonly citation: string;
  /** `sourced` or `inferred` (a documented assumption). */
  readonly certainty: "sourced" | "inferred";
  /** Why an inferred value is what it is, or any other caveat, in Finnish, Swedish and English. */
  readonly note?: LocalizedText;
}

/** A value that was looked for and not found: it is `null`, and the note says where we looked. */
export interface NotFound {
  /** Always `null`: the value is unknown. */
  readonly value: null;
  /** Where it was looked for. */
  readonly citation: string;
  /** Always `notFound`. */
  readonly certainty: "notFound";
  /** What is known instead, and why the value is left unknown, in Finnish, Swedish and English. */
  readonly note: LocalizedText;
}

/** A cited value, or one that is documented as not found. */
export type MaybeCited<T> = Cited<T> | NotFound;

/** The zod schema of a {@link Cited} value. */
export function cited<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    value,
    citation: z.string().check(z.minLength(1)),
    certainty: z.enum(["sourced", "inferred"]),
    note: z.optional(localizedTextSchema),
  });
}

/** The zod schema of a {@link NotFound} value. */
export const notFoundSchema = z.strictObject({
  value: z.null(),
  citation: z.string().check(z.minLength(1)),
  certainty: z.literal("notFound"),
  note: localizedTextSchema,
});

/** The zod schema of a {@link MaybeCited} value. */
export function maybeCited<T extends z.ZodMiniType>(value: T) {
  return z.union([cited(value), notFoundSchema]);
}
