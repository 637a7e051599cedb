import type { JsonValue } from "../assess/types.js";
import { formatMessage } from "../messages/catalogue.js";
import { type Locale, checkLocale } from "../vocabulary/locale.js";
import { Dec } from "../money/decimal.js";
import { formatAmount } from "../money/format.js";
import { formatDate, formatHelsinkiTime } from "../time/format.js";
import { parseInstant } from "../time/instant.js";
import type { EditionChange } from "./types.js";

/** Options of {@link renderDiffMarkdown}. */
export interface RenderDiffOptions {
  /** The language of the table. */
  readonly locale: Locale;
  /** The earlier edition's label, the heading of the "before" column, e.g. `"2021"`. */
  readonly from: string;
  /** The later edition's label, the heading of the "after" column, e.g. `"2022"`. */
  readonly to: string;
}

// Paths whose prefix names a code-keyed record; the entry's own title labels the row.
const KEYED = ["focusAreas", "exclusions", "money.costCategories", "requiredContents", "conditionsOfUse", "criteria"];
const INSTANTS = new Set(["window.opensAt", "window.closesAt"]);
const DATES = new Set(["decidedOn", "period.latestEnd"]);
const PARTY_LISTS = new Set(["eligibility.applicantTypes", "eligibility.partnerOnlyTypes"]);

/**
 * Renders edition changes as a Markdown table for readers: one row per change with the item, the
 * kind of change, the value in each edition and the source. Values read as a person would write
 * them: amounts as `10 000 000,00 €` / `€10,000,000.00`, instants in Finnish time, dates as
 * `30.9.2024` / `30 September 2024`, booleans as kyllä/ei, ja/nej or yes/no, titles in the chosen
 * language; an `inferred` value is marked so. No changes give one sentence instead of a table.
 *
 * @example
 * ```ts
 * const table = renderDiffMarkdown(diffEditions("2021", "2022"), { locale: "en", from: "2021", to: "2022" });
 * table.split("\n")[0]; //=> "| Item | Change | 2021 | 2022 | Source |"
 * table.split("\n")[6]; //=> "| Focus area: The built environment sector (`focusAreas.builtEnvironmentServices`) | removed | The built environment sector | — | https://vm.fi/fi/kuntien-digikannustinavustukset-2021 |"
 * ```
 */
export function renderDiffMarkdown(changes: readonly EditionChange[], options: RenderDiffOptions): string {
  const { locale, from, to } = options;
  checkLocale("renderDiffMarkdown", locale);
  const t = (code: "diff.column.item" | "diff.column.change" | "diff.column.source") =>
    formatMessage(code, undefined, locale);
  if (changes.length === 0) return `${formatMessage("diff.none", { from, to }, locale)}\n`;
  const lines = [
    `| ${t("diff.column.item")} | ${t("diff.column.change")} | ${cell(from)} | ${cell(to)} | ${t("diff.column.source")} |`,
    "|---|---|---|---|---|",
  ];
  for (const change of changes) {
    const absent = "—";
    const before =
      change.kind === "added" ? absent : renderValue(change.path, change.before, change.certainty.before, locale);
    const after =
      change.kind === "removed" ? absent : renderValue(change.path, change.after, change.certainty.after, locale);
    const source = (change.kind === "removed" ? change.citation.before : change.citation.after) ?? absent;
    const kind = formatMessage(`diff.kind.${change.kind}`, undefined, locale);
    lines.push(
      `| ${cell(label(change, locale))} (\`${change.path}\`) | ${kind} | ${cell(before)} | ${cell(after)} | ${cell(source)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Keeps a value inside its table cell: no pipes, no line breaks. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function label(change: EditionChange, locale: Locale): string {
  const prefix = KEYED.find((p) => change.path.startsWith(`${p}.`));
  if (prefix === undefined) return formatMessage("diff.field", { path: change.path }, locale);
  const title = localized(member(change.after, "title") ?? member(change.before, "title"), locale);
  const name = title ?? change.path.slice(prefix.length + 1);
  return `${formatMessage("diff.field", { path: prefix }, locale)}: ${name}`;
}

function renderValue(path: string, value: JsonValue, certainty: string | null, locale: Locale): string {
  const text = renderPlain(path, value, locale);
  return certainty === "inferred" ? `${text} (${formatMessage("diff.value.inferred", undefined, locale)})` : text;
}

function renderPlain(path: string, value: JsonValue, locale: Locale): string {
  if (value === null) return formatMessage("diff.value.unknown", undefined, locale);
  if (typeof value === "boolean") return formatMessage(value ? "diff.value.yes" : "diff.value.no", undefined, locale);
  if (path === "appropriation") {
    const amount = member(value, "amount");
    const shared = member(value, "sharedWith");
    if (typeof amount === "string" && Array.isArray(shared)) {
      const editions = shared.filter((e): e is string => typeof e === "string");
      return formatMessage("diff.value.appropriation", { amount: formatAmount(amount, locale), editions }, locale);
    }
  }
  if (INSTANTS.has(path) && typeof value === "string") {
    const instant = parseInstant(value);
    if (instant.success) return formatHelsinkiTime(instant.data, locale);
  }
  if (DATES.has(path) && typeof value === "string") return formatDate(value, locale);
  if (path === "money.maxGrantRate" && typeof value === "string") {
    // A rate as a percentage, computed exactly: "0.85" → "85".
    return formatMessage("diff.value.rate", { percent: new Dec(value).times(100).toString() }, locale);
  }
  if (PARTY_LISTS.has(path) && Array.isArray(value)) {
    if (value.length === 0) return formatMessage("diff.value.none", undefined, locale);
    return value.map((code) => formatMessage("diff.value.partyType", { code: String(code) }, locale)).join(", ");
  }
  if (path.startsWith("money.costCategories.")) {
    const treatment = member(value, "treatment");
    const condition = localized(member(value, "condition"), locale);
    const text = formatMessage("diff.value.treatment", { code: String(treatment) }, locale);
    return condition === undefined ? text : `${text}: ${condition}`;
  }
  const title = localized(member(value, "title"), locale);
  if (title !== undefined) return title;
  const text = localized(value, locale);
  if (text !== undefined) return text;
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "object") return `\`${JSON.stringify(value)}\``;
  return String(value);
}

function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, JsonValue>)[key] : undefined;
}

/** The text of a `{ fi, sv, en }` value in the locale, if the value is one. */
function localized(value: JsonValue | undefined, locale: Locale): string | undefined {
  const text = member(value, locale);
  return typeof text === "string" ? text : undefined;
}
