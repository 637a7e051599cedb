// The library's Markdown documentation (the guide, the rules reference, the edition pages, the
// changes, the API reference, and the README) as pages of the site: links between Markdown files
// become links between pages; a link out of the documentation keeps its text only.
import { readFileSync, readdirSync } from "node:fs";
import { posix } from "node:path";
import { Marked, Renderer, type Tokens } from "marked";
import type { Locale } from "../../src/index.js";
import { esc, scrollable } from "../format.js";
import { ui } from "../i18n.js";
import type { Page } from "../layout.js";

/** One Markdown source: its path in the repository and its page's path under `docs/`. */
interface Source {
  readonly file: string;
  readonly page: string;
}

/** The page path of a Markdown file of the repository, or `null` when it is not part of the site. */
function pageOf(file: string): string | null {
  if (file === "README.md") return "docs/readme.html";
  if (file.startsWith("docs/") && file.endsWith(".md")) return file.replace(/\.md$/, ".html");
  return null;
}

function walk(root: string, dir: string): string[] {
  return readdirSync(`${root}/${dir}`, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(root, `${dir}/${entry.name}`)
      : entry.name.endsWith(".md")
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

/** A heading's anchor the way GitHub makes it, so that the Markdown's own `#anchors` keep working. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The language of a Markdown file's text: the rules reference has one file per language. */
function languageOf(file: string): Locale {
  const m = /\.(fi|sv|en)\.md$/.exec(file);
  return (m?.[1] as Locale | undefined) ?? "en";
}

function render(source: Source, markdown: string): { html: string; title: string; headings: string[] } {
  const headings: string[] = [];
  const seen = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const base = slug(plain(inner));
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        headings.push(plain(inner));
        return `<h${token.depth} id="${esc(id)}">${inner}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const href = token.href;
        if (/^(https?:|mailto:)/.test(href)) return `<a href="${esc(href)}" rel="noreferrer">${inner}</a>`;
        if (href.startsWith("#")) return `<a href="${esc(href)}">${inner}</a>`;
        const [target = "", anchor] = href.split("#");
        const file = posix.normalize(posix.join(posix.dirname(source.file), target));
        const page = pageOf(file);
        if (page === null) return `<span class="offsite">${inner}</span>`;
        const link = posix.relative(posix.dirname(source.page), page) + (anchor === undefined ? "" : `#${anchor}`);
        return `<a href="${esc(link)}">${inner}</a>`;
      },
      code(token: Tokens.Code) {
        // Focusable, so that a keyboard user can scroll a long example.
        const lang = token.lang === undefined || token.lang === "" ? "" : ` class="language-${esc(token.lang)}"`;
        return `<pre tabindex="0"><code${lang}>${esc(token.text)}</code></pre>\n`;
      },
      image(token: Tokens.Image) {
        return `<span class="offsite">${esc(token.text)}</span>`;
      },
      // A table scrolls in its own box on a narrow screen, named after the heading it stands under.
      table(this: Renderer, token: Tokens.Table) {
        return scrollable(headings.at(-1) ?? source.file, Renderer.prototype.table.call(this, token));
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        // Generated-file comments and the like; raw HTML is not carried over.
        return token.text.trim().startsWith("<!--") ? "" : esc(token.text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, title: headings[0] ?? source.file, headings };
}

/** Every page of the documentation in one language, and the documentation's index page. */
export function docsPages(root: string, locale: Locale): Page[] {
  const files = ["README.md", ...walk(root, "docs").sort()];
  const pages: Page[] = [];
  const entries: { page: string; title: string }[] = [];
  for (const file of files) {
    const page = pageOf(file)!;
    const { html, title, headings } = render({ file, page }, readFileSync(`${root}/${file}`, "utf8"));
    const lang = languageOf(file);
    entries.push({ page, title });
    pages.push({
      path: page,
      title,
      body: `<nav class="breadcrumb" aria-label="breadcrumb"><a href="${esc(posix.relative(posix.dirname(page), "docs/index.html"))}">${esc(ui("docsTitle", locale))}</a> › <code>${esc(file)}</code></nav><article class="markdown" lang="${lang}">${html}</article>`,
      // The API reference is long and repetitive: its headings and opening say what a reader searches for.
      searchText: file.startsWith("docs/api/") ? `${headings.join(" ")} ${plain(html).slice(0, 300)}` : plain(html),
    });
  }
  const top = entries.filter((e) => !e.page.startsWith("docs/api/") || e.page === "docs/api/README.html");
  const list = top.map((e) => `<li><a href="${esc(posix.relative("docs", e.page))}">${esc(e.title)}</a></li>`).join("");
  pages.unshift({
    path: "docs/index.html",
    title: ui("docsTitle", locale),
    body: `<h1>${esc(ui("docsTitle", locale))}</h1><p>${esc(ui("docsIntro", locale))}</p><ul class="doc-list">${list}</ul>`,
  });
  return pages;
}
