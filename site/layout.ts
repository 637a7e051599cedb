// The frame of every page: language switch, navigation, search, footer. Links are relative, so the
// site works from any folder of a static server and from file://.
import { LOCALES, type Locale } from "../src/index.js";
import { esc } from "./format.js";
import { type UiKey, ui } from "./i18n.js";

/** A page to write: its path under the site root (without the language folder) and its HTML. */
export interface Page {
  /** The path under the language folder, e.g. `rules/grant.withinMaximum.html`. */
  readonly path: string;
  /** The page's title. */
  readonly title: string;
  /** The page's main content, HTML. */
  readonly body: string;
  /** Scripts of the page, paths under `assets/`. */
  readonly scripts?: readonly string[];
  /** Plain text for the search index; the body's text when absent. */
  readonly searchText?: string;
}

const NAV: readonly [UiKey, string][] = [
  ["navOverview", "index.html"],
  ["navRules", "rules/index.html"],
  ["navTry", "try.html"],
  ["navYears", "years.html"],
  ["navAllocate", "allocate.html"],
  ["navOpen", "open-questions.html"],
  ["navDocs", "docs/index.html"],
];

const LANGUAGE_NAMES: Record<Locale, string> = { fi: "Suomeksi", sv: "På svenska", en: "In English" };

/** The relative link from one page to another, both paths under the site root. */
export function rel(from: string, to: string): string {
  const depth = from.split("/").length - 1;
  return "../".repeat(depth) + to;
}

/** A page's whole HTML document. */
export function renderPage(locale: Locale, page: Page): string {
  const self = `${locale}/${page.path}`;
  const link = (to: string) => esc(rel(self, to));
  const nav = NAV.map(([key, to]) => {
    const current = page.path === to ? ' aria-current="page"' : "";
    return `<li><a href="${link(`${locale}/${to}`)}"${current}>${esc(ui(key, locale))}</a></li>`;
  }).join("");
  const languages = LOCALES.map((l) =>
    l === locale
      ? `<li><span aria-current="true" lang="${l}">${LANGUAGE_NAMES[l]}</span></li>`
      : `<li><a href="${link(`${l}/${page.path}`)}" lang="${l}" hreflang="${l}" data-lang="${l}">${LANGUAGE_NAMES[l]}</a></li>`,
  ).join("");
  const scripts = ["search.js", ...(page.scripts ?? [])]
    .map((s) => `<script type="module" src="${link(`assets/${s}`)}"></script>`)
    .join("");
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)} · ${esc(ui("siteName", locale))}</title>
<link rel="stylesheet" href="${link("assets/site.css")}">
<link rel="icon" href="data:,">
</head>
<body data-root="${link("")}" data-locale="${locale}">
<a class="skip" href="#main">${esc(ui("skip", locale))}</a>
<header class="top">
<div class="brand"><a href="${link(`${locale}/index.html`)}">${esc(ui("siteName", locale))}</a></div>
<nav aria-label="${esc(ui("language", locale))}" class="languages"><ul>${languages}</ul></nav>
<form class="search" role="search" action="#" data-search>
<label for="search-input" class="visually-hidden">${esc(ui("search", locale))}</label>
<input id="search-input" type="search" placeholder="${esc(ui("searchPlaceholder", locale))}" autocomplete="off" aria-controls="search-results">
<ul id="search-results" class="search-results" aria-live="polite" hidden></ul>
</form>
<nav aria-label="${esc(ui("nav", locale))}" class="main-nav"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer><p>${esc(ui("footer", locale))}</p></footer>
${scripts}
</body>
</html>
`;
}
