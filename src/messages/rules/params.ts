/** Message parameters that carry a title in every language, so that any language can be rendered. */
export type TitleParams = { readonly titleFi: string; readonly titleSv: string; readonly titleEn: string };

/** The parameters of a message that takes none. */
export type Empty = Record<string, never>;
