/**
 * The shape every safe entry point returns, after zod's `safeParse`: it never throws.
 *
 * @example
 * ```ts
 * const r: Result<number, string> = { success: true, data: 1 };
 * if (r.success) r.data; //=> 1
 * ```
 */
export type Result<T, I> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly I[] };

/** A successful result. */
export function ok<T>(data: T): { readonly success: true; readonly data: T } {
  return { success: true, data };
}

/** A failed result with at least one issue. */
export function fail<I>(...issues: I[]): { readonly success: false; readonly issues: readonly I[] } {
  return { success: false, issues };
}
