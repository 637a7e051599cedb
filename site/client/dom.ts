// What every page script needs of the page: its language and its elements.
import type { Locale } from "../../src/index.js";

/** The page's language, from `<html lang>`. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return lang === "sv" || lang === "en" ? lang : "fi";
}

/** An element by id, typed; a missing one is a defect of the page. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** Keeps the situation when the reader switches language: the language links carry the fragment. */
export function carryHash(hash: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-lang]")) {
    link.href = link.href.replace(/#.*$/, "") + hash;
  }
}
