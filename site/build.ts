// Builds the rules explorer: a static site in Finnish, Swedish and English, generated from the
// library's public API and its generated Markdown, so it cannot drift from the library. The live
// pages run the library itself, bundled for the browser. Output: .tmp/site/ (ignored by git).
//
//   npm run docs:site    # build
//   npm run docs:serve   # build, then serve on http://127.0.0.1:4173/
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { LOCALES, type Locale, ruleCatalogue } from "../src/index.js";
import { esc } from "./format.js";
import { ui } from "./i18n.js";
import { type Page, renderPage } from "./layout.js";
import { docsPages } from "./pages/docs.js";
import { allocatePage, tryPage, yearsPage } from "./pages/interactive.js";
import { openQuestionsPage } from "./pages/openQuestions.js";
import { overviewPage } from "./pages/overview.js";
import { rulePage, rulesIndexPage } from "./pages/rules.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = join(HERE, "..");
/** Where the site is written. */
export const OUT = join(ROOT, ".tmp", "site");

/** The page scripts, by output name: each bundles the library's public API it uses. */
const SCRIPTS: Readonly<Record<string, string>> = {
  "search.js": "client/search.ts",
  "try.js": "client/try.ts",
  "years.js": "client/years.ts",
  "allocate.js": "client/allocate.ts",
};

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every page of one language. */
export function pagesOf(locale: Locale): Page[] {
  return [
    overviewPage(locale),
    rulesIndexPage(locale),
    ...ruleCatalogue.map((rule) => rulePage(rule, locale)),
    tryPage(locale),
    yearsPage(locale),
    allocatePage(locale),
    openQuestionsPage(locale),
    ...docsPages(ROOT, locale),
  ];
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The landing page: the three languages. */
function landing(): string {
  const links = LOCALES.map(
    (l) => `<li><a href="${l}/index.html" lang="${l}" hreflang="${l}">${esc(ui("overviewTitle", l))}</a></li>`,
  ).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(ui("siteName", "en"))}</title><link rel="stylesheet" href="assets/site.css"><link rel="icon" href="data:,"></head>
<body><main id="main"><h1>Digikannustin</h1><ul class="doc-list">${links}</ul></main></body></html>
`;
}

/** Builds the site into `out` and returns the number of pages written. */
export async function buildSite(out: string = OUT): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  let count = 0;
  for (const locale of LOCALES) {
    const index: { t: string; u: string; x: string }[] = [];
    for (const page of pagesOf(locale)) {
      write(join(out, locale, page.path), renderPage(locale, page));
      index.push({
        t: page.title,
        u: `${locale}/${page.path}`,
        x: (page.searchText ?? plain(page.body)).slice(0, 4000),
      });
      count++;
    }
    write(join(out, "assets", `search-${locale}.js`), `globalThis.__searchIndex = ${JSON.stringify(index)};\n`);
  }
  write(join(out, "index.html"), landing());
  copyFileSync(join(HERE, "site.css"), join(out, "assets", "site.css"));
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(SCRIPTS).map(([name, src]) => [name.replace(/\.js$/, ""), join(HERE, src)]),
    ),
    outdir: join(out, "assets"),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    splitting: false,
    legalComments: "none",
    logLevel: "warning",
  });
  return count + 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const pages = await buildSite();
  process.stdout.write(`site: ${pages} pages in ${OUT} (${Math.round(performance.now() - started)} ms)\n`);
}
