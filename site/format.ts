// How the explorer shows a value of an edition or a finding: shared by the page generator and the
// scripts that run in the page, so a value reads the same in both. Amounts, dates and instants are
// formatted by the library's own formatters.
import { type Locale, formatAmount, formatDate, formatHelsinkiTime, isAmount, parseInstant } from "../src/index.js";
import { esc } from "./html.js";
import { UI, ui } from "./i18n.js";

export { esc, scrollable } from "./html.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const RATE = /^0\.\d+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLocalized(value: Record<string, unknown>): value is Record<Locale, string> {
  return typeof value["fi"] === "string" && typeof value["sv"] === "string" && typeof value["en"] === "string";
}

/** A code's label where the site has one (`municipality` → "kunta"), else the code itself. */
function codeLabel(code: string, locale: Locale): string {
  for (const prefix of ["party_", "treatment_"] as const) {
    const key = `${prefix}${code}`;
    if (key in UI) return ui(key as keyof typeof UI, locale);
  }
  return code;
}

/**
 * A value as a reader sees it: amounts in euros, dates and instants in Finnish time, texts in the
 * language. `key` is the value's name or path: a rate (`maxGrantRate`, `rate`) reads as a percentage.
 */
export function formatValue(value: unknown, locale: Locale, key = ""): string {
  if (value === null || value === undefined) return ui("unknown", locale);
  if (typeof value === "boolean") return ui(value ? "yes" : "no", locale);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (DATE.test(value)) return formatDate(value, locale);
    if (INSTANT.test(value)) {
      const instant = parseInstant(value);
      return instant.success ? formatHelsinkiTime(instant.data, locale) : value;
    }
    if (/rate$/i.test(key) && RATE.test(value)) return `${(Number(value) * 100).toLocaleString(locale)} %`;
    if (isAmount(value)) return formatAmount(value, locale);
    return codeLabel(value, locale);
  }
  if (Array.isArray(value)) return value.length === 0 ? "–" : value.map((v) => formatValue(v, locale)).join(", ");
  if (isRecord(value)) {
    if (isLocalized(value)) return value[locale];
    if (isRecord(value["title"]) && isLocalized(value["title"])) {
      const title = value["title"][locale];
      return typeof value["treatment"] === "string" ? `${title}: ${codeLabel(value["treatment"], locale)}` : title;
    }
    if (typeof value["amount"] === "string") return formatValue(value["amount"], locale);
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v, locale)}`)
      .join("; ");
  }
  return String(value);
}

/** A citation as HTML: a link when it is a web page, each part of a `;`-separated list on its own. */
export function citationHtml(citation: string): string {
  return citation
    .split(/;\s*/)
    .map((part) =>
      /^https?:\/\//.test(part)
        ? `<a class="cite" href="${esc(part)}" rel="noreferrer">${esc(part.replace(/^https?:\/\//, ""))}</a>`
        : `<span class="cite">${esc(part)}</span>`,
    )
    .join("; ");
}

/** The certainty badge of a fact: sourced, inferred, not found, or the library's own data. */
export function certaintyBadge(certainty: string | null, locale: Locale): string {
  const key = certainty === "sourced" || certainty === "inferred" || certainty === "notFound" ? certainty : null;
  const label = key === null ? ui("libraryData", locale) : ui(key, locale);
  return `<span class="badge certainty-${key ?? "library"}">${esc(label)}</span>`;
}

/** The badge of a rule's outcome. */
export function outcomeBadge(outcome: string, locale: Locale): string {
  const key = `outcome_${outcome}` as keyof typeof UI;
  const label = key in UI ? ui(key, locale) : outcome;
  return `<span class="badge outcome-${esc(outcome)}">${esc(label)}</span>`;
}
