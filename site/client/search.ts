// Local search over every page of the language: the index is a script written at build time
// (`assets/search-<lang>.js`), loaded the first time the reader uses the search box.
import { esc } from "../html.js";
import { ui } from "../i18n.js";
import { pageLocale } from "./dom.js";

interface Entry {
  /** The page's title. */
  readonly t: string;
  /** The page's path under the site root. */
  readonly u: string;
  /** The page's text. */
  readonly x: string;
}

const locale = pageLocale();
const root = document.body.dataset["root"] ?? "";
const input = document.getElementById("search-input") as HTMLInputElement | null;
const results = document.getElementById("search-results") as HTMLUListElement | null;
let index: readonly Entry[] | null = null;
let loading: Promise<void> | null = null;

function loadIndex(): Promise<void> {
  loading ??= new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = `${root}assets/search-${locale}.js`;
    script.onload = () => {
      index = (globalThis as { __searchIndex?: Entry[] }).__searchIndex ?? [];
      resolve();
    };
    script.onerror = () => resolve();
    document.head.append(script);
  });
  return loading;
}

/** Pages whose title or text has every word of the query, title matches first. */
function find(query: string): Entry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || index === null) return [];
  const scored = index
    .map((e) => {
      const title = e.t.toLowerCase();
      const text = e.x.toLowerCase();
      if (!words.every((w) => title.includes(w) || text.includes(w))) return null;
      return { e, score: words.filter((w) => title.includes(w)).length };
    })
    .filter((x): x is { e: Entry; score: number } => x !== null);
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 12)
    .map((x) => x.e);
}

function snippet(text: string, query: string): string {
  const word = query.toLowerCase().split(/\s+/).find(Boolean) ?? "";
  const at = Math.max(0, text.toLowerCase().indexOf(word) - 40);
  return (at > 0 ? "…" : "") + text.slice(at, at + 120) + "…";
}

async function update(): Promise<void> {
  if (input === null || results === null) return;
  await loadIndex();
  const query = input.value.trim();
  if (query === "") {
    results.hidden = true;
    results.innerHTML = "";
    return;
  }
  const found = find(query);
  results.hidden = false;
  results.innerHTML =
    found.length === 0
      ? `<li>${esc(ui("searchNoResults", locale))}</li>`
      : found
          .map(
            (e) =>
              `<li><a href="${esc(root + e.u)}">${esc(e.t)}</a><span class="muted">${esc(snippet(e.x, query))}</span></li>`,
          )
          .join("");
}

input?.addEventListener("focus", () => void loadIndex());
input?.addEventListener("input", () => void update());
input?.form?.addEventListener("submit", (event) => {
  event.preventDefault();
  void update().then(() => results?.querySelector("a")?.focus());
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && results !== null && !results.hidden) {
    results.hidden = true;
    input?.focus();
  }
});
