import * as z from "zod/mini";

/** What the JSON Schema says about a part of the input contract. */
export interface SchemaDescription {
  /** What the field is and which provision asks for it. */
  readonly description: string;
  /** A title, for the root only. */
  readonly title?: string;
}

/**
 * The descriptions of the input contract, read by `applicationJsonSchema`. The library's own
 * registry: zod's global one belongs to the host application, and writing to it would change a
 * global (the pure core changes none).
 */
export const descriptions = z.registry<SchemaDescription>();

/**
 * A copy of `schema` that carries `description` in the JSON Schema. A copy, so that one schema can
 * be described differently where it is used (the copy keeps a link to its original, which the JSON
 * Schema generator follows).
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string | SchemaDescription): T {
  const copy = schema.clone();
  descriptions.add(copy, typeof description === "string" ? { description } : description);
  return copy;
}
