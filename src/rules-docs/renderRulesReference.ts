import type { EditionId } from "../vocabulary/codes.js";
import { getEdition } from "../editions/registry.js";
import { RECIPIENT_MODELS, RECIPIENT_MODEL_TITLES } from "../editions/recipients.js";
import type { CallEdition } from "../editions/schema.js";
import type { Locale } from "../vocabulary/locale.js";
import {
  CERTAINTY_WORDS,
  COST_TREATMENT_WORDS,
  PARTY_TYPE_WORDS,
  certaintyMark,
  citationIn,
  wordFor,
} from "../vocabulary/words.js";
import { formatAmount } from "../money/format.js";
import { ruleCatalogue, rulesFor } from "../rules/catalogue.js";
import { RULE_FAMILIES, type RuleInfo } from "../rules/types.js";
import { formatDate, formatHelsinkiTime } from "../time/format.js";
import { parseInstant } from "../time/instant.js";
import { type CitedFact, type FactLookup, lookUpFact, weakest } from "./facts.js";
import { RULES_DOC_LABELS, type RulesDocLabels } from "./labels.js";

/**
 * How much a rules page says: `full` explains every rule with the facts behind it (the 2022 pages);
 * `summary` lists the rules in a table and the assumptions (the other editions).
 */
export type RulesDocDetail = "full" | "summary";

/** The file name of a rules page: `"2022.fi.md"`. */
export function rulesPageName(edition: EditionId, locale: Locale): string {
  return `${edition}.${locale}.md`;
}

const AMOUNT = /^\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function isLocalized(v: unknown): v is Record<Locale, string> {
  return typeof v === "object" && v !== null && "fi" in v && "sv" in v && "en" in v;
}

/** A value as a reader writes it: amounts in euros, instants in Finnish time, titles in the language. */
function show(value: unknown, path: string, locale: Locale, t: RulesDocLabels): string {
  if (value === null || value === undefined) return CERTAINTY_WORDS.notFound[locale];
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (path.endsWith("maxGrantRate")) return `${Math.round(Number(value) * 100)}${locale === "en" ? "%" : "\u00a0%"}`;
    if (AMOUNT.test(value)) return formatAmount(value, locale);
    if (DATE.test(value)) return formatDate(value, locale);
    if (INSTANT.test(value)) {
      const t0 = parseInstant(value);
      return t0.success ? formatHelsinkiTime(t0.data, locale) : value;
    }
    return value;
  }
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === "string" ? wordFor(PARTY_TYPE_WORDS, v, locale) : show(v, path, locale, t)))
      .join(", ");
  if (isLocalized(value)) return value[locale];
  const o = value as Record<string, unknown>;
  if ("amount" in o && typeof o["amount"] === "string") {
    const shared =
      Array.isArray(o["sharedWith"]) && o["sharedWith"].length > 0
        ? ` (${t.sharedWith((o["sharedWith"] as string[]).join(", "))})`
        : "";
    return `${formatAmount(o["amount"], locale)}${shared}`;
  }
  if ("treatment" in o && isLocalized(o["title"])) {
    return `${o["title"][locale]}: ${wordFor(COST_TREATMENT_WORDS, String(o["treatment"]), locale)}`;
  }
  if (isLocalized(o["title"])) return o["title"][locale];
  return JSON.stringify(value);
}

/** A citation as Markdown: a URL becomes an autolink, a provision is cited as the language cites it. */
function cite(citation: string, locale: Locale): string {
  return /^https?:\/\//.test(citation) ? `<${citation}>` : citationIn(citation, locale);
}

/** Markdown table cells must not contain a pipe or a line break. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

interface UsedFact {
  readonly fact: CitedFact;
  readonly rules: string[];
}

/** Every inferred or unknown fact the edition's rules rest on, with the rules that use it. */
function assumptionsOf(rules: readonly RuleInfo[], edition: CallEdition): UsedFact[] {
  const byPath = new Map<string, UsedFact>();
  for (const rule of rules) {
    for (const path of rule.facts) {
      const found = lookUpFact(edition, path);
      if (found.kind !== "cited") continue;
      for (const fact of found.nodes) {
        if (fact.certainty === "sourced") continue;
        const used = byPath.get(fact.path) ?? { fact, rules: [] };
        if (!used.rules.includes(rule.id)) used.rules.push(rule.id);
        byPath.set(fact.path, used);
      }
    }
  }
  return [...byPath.values()];
}

function factLines(found: FactLookup, locale: Locale, t: RulesDocLabels): string[] {
  if (found.kind === "absent") return [`  - \`${found.path}\`: —`];
  if (found.kind === "data") return [`  - \`${found.path}\`: ${show(found.value, found.path, locale, t)} — ${t.data}`];
  const lines: string[] = [];
  for (const f of found.nodes) {
    lines.push(
      `  - \`${f.path}\`: ${show(f.value, f.path, locale, t)} — ${certaintyMark(f.certainty, locale)} (${cite(f.citation, locale)})`,
    );
    if (f.certainty !== "sourced" && f.note) lines.push(`    - *${t.note}* ${f.note[locale]}`);
  }
  return lines;
}

function header(edition: CallEdition, locale: Locale, t: RulesDocLabels): string[] {
  const languages = (["fi", "sv", "en"] as const).map((l) =>
    l === locale ? RULES_DOC_LABELS[l].language : `[${RULES_DOC_LABELS[l].language}](${rulesPageName(edition.id, l)})`,
  );
  return [
    `<!-- ${t.generated} -->`,
    "",
    `# ${t.heading(edition.id)}`,
    "",
    `**${edition.title.value[locale]}**`,
    "",
    languages.join(" · "),
    "",
    t.intro(edition.id, `../editions/${edition.id}.md`),
    "",
    t.certaintyLegend,
    "",
    t.outcomeLegend,
    "",
  ];
}

function assumptionSection(
  rules: readonly RuleInfo[],
  edition: CallEdition,
  locale: Locale,
  t: RulesDocLabels,
): string[] {
  const used = assumptionsOf(rules, edition);
  const out = [`## ${t.assumptions}`, ""];
  if (used.length === 0) return [...out, t.noAssumptions, ""];
  out.push(t.assumptionsIntro, "");
  for (const { fact, rules: ids } of used) {
    out.push(
      `- \`${fact.path}\`: ${show(fact.value, fact.path, locale, t)} — ${certaintyMark(fact.certainty, locale)} (${cite(fact.citation, locale)}). ${t.usedBy}: ${ids.map((id) => `\`${id}\``).join(", ")}.`,
    );
    if (fact.note) out.push(`  - *${t.note}* ${fact.note[locale]}`);
  }
  out.push("");
  return out;
}

/** The two recipient models of 893/2019 3 § and the edition's, with its source and certainty. */
function recipientsSection(edition: CallEdition, locale: Locale, t: RulesDocLabels): string[] {
  const node = edition.recipients;
  const value = node.value === null ? CERTAINTY_WORDS.notFound[locale] : `\`${node.value}\``;
  const out = [
    `## ${t.recipients}`,
    "",
    t.recipientsIntro,
    "",
    ...RECIPIENT_MODELS.map((m) => `- \`${m}\`: ${RECIPIENT_MODEL_TITLES[m][locale]}.`),
    "",
    `${t.recipientsHere}: ${value} — ${certaintyMark(node.certainty, locale)} (${cite(node.citation, locale)})`,
  ];
  if (node.note) out.push("", `*${t.note}* ${node.note[locale]}`);
  out.push("");
  return out;
}

function notEvaluatedSection(rules: readonly RuleInfo[], locale: Locale, t: RulesDocLabels): string[] {
  const evaluated = new Set(rules.map((r) => r.id));
  const skipped = ruleCatalogue.filter((r) => !evaluated.has(r.id));
  if (skipped.length === 0) return [];
  return [
    `## ${t.notEvaluated}`,
    "",
    t.notEvaluatedIntro,
    "",
    ...skipped.map((r) => `- \`${r.id}\` – ${r.title[locale]} (${r.appliesWhen ? t.onlyWhen(r.appliesWhen) : "—"})`),
    "",
  ];
}

function fullRules(rules: readonly RuleInfo[], edition: CallEdition, locale: Locale, t: RulesDocLabels): string[] {
  const out = [`## ${t.rules(rules.length)}`, ""];
  for (const family of RULE_FAMILIES) {
    const ofFamily = rules.filter((r) => r.family === family);
    if (ofFamily.length === 0) continue;
    out.push(`### ${t.family[family]}`, "");
    for (const r of ofFamily) {
      out.push(`#### \`${r.id}\` – ${r.title[locale]}`, "", r.description[locale], "");
      out.push(`- **${t.provision}:** ${citationIn(r.citation, locale)}`);
      out.push(`- **${t.outcomes}:** ${r.outcomes.map((o) => t.outcome[o]).join(", ")}`);
      if (r.facts.length === 0) out.push(`- **${t.facts}:** ${t.noFacts}`);
      else out.push(`- **${t.facts}:**`, ...r.facts.flatMap((p) => factLines(lookUpFact(edition, p), locale, t)));
      out.push("");
    }
  }
  return out;
}

function summaryRules(rules: readonly RuleInfo[], edition: CallEdition, locale: Locale, t: RulesDocLabels): string[] {
  const rows = rules.map((r) => {
    const facts = r.facts.flatMap((p) => {
      const found = lookUpFact(edition, p);
      return found.kind === "cited" ? found.nodes : [];
    });
    const worst = weakest(facts);
    return `| \`${r.id}\` | ${cell(r.title[locale])} | ${cell(citationIn(r.citation, locale))} | ${worst ? certaintyMark(worst, locale) : "—"} |`;
  });
  return [
    `## ${t.rules(rules.length)}`,
    "",
    t.descriptions(rulesPageName("2022", locale)),
    "",
    `| ${t.col.rule} | ${t.col.checks} | ${t.col.provision} | ${t.col.certainty} |`,
    "|---|---|---|---|",
    ...rows,
    "",
  ];
}

/**
 * Renders the rules reference of an edition as Markdown for readers: the rules `assess` evaluates
 * under that edition, each with the provision it cites and the certainty of the edition values it
 * rests on (an inferred value is flagged as an assumption, with its note). Generated from the
 * edition data and `ruleCatalogue`, so it cannot drift from the code. Pure.
 *
 * @example
 * ```ts
 * renderRulesReference("2022", "en", "full").split("\n")[2]; //=> "# Rules – call edition 2022"
 * ```
 */
export function renderRulesReference(editionId: EditionId, locale: Locale, detail: RulesDocDetail): string {
  const edition = getEdition(editionId);
  const t = RULES_DOC_LABELS[locale];
  const rules = rulesFor(edition);
  const body = detail === "full" ? fullRules(rules, edition, locale, t) : summaryRules(rules, edition, locale, t);
  const lines = [
    ...header(edition, locale, t),
    ...assumptionSection(rules, edition, locale, t),
    ...body,
    ...recipientsSection(edition, locale, t),
    ...notEvaluatedSection(rules, locale, t),
  ];
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
