import { exampleCall2022 } from "../examples/index.js";
import { allocate } from "../allocate/allocate.js";
import { assess } from "../assess/assess.js";
import type { Assessment, ParsedAssessment } from "../assess/types.js";
import { editions, getEdition } from "../editions/registry.js";
import { formatAmount } from "../money/format.js";
import { formatHelsinkiTime } from "../time/format.js";
import { parseInstant } from "../time/instant.js";
import { CRITERION_CODES } from "../vocabulary/codes.js";
import type { Locale } from "../vocabulary/locale.js";
import { mainReason } from "./commands/allocate.js";
import {
  OUTCOME_MARK,
  applicantName,
  jointProjectLines,
  mainFinding,
  statusText,
  table,
  tableLines,
  wrap,
} from "./format.js";

/** The demo's width: every line fits in a terminal of 120 columns. */
export const DEMO_WIDTH = 120;
/** A reason goes under its row, indented past the id column. */
const REASON_INDENT = " ".repeat(12);
/** The applicant's name wraps within this many columns. */
const NAME_WIDTH = 40;

/** One text in every language; a missing language does not compile. */
function localized<F>(entry: { readonly fi: F; readonly sv: F; readonly en: F }): Readonly<Record<Locale, F>> {
  return entry;
}

/** The heading's facts; `assumed` when the closing time of day is inferred, not published. */
type Heading = { readonly closes: string; readonly assumed: boolean; readonly amount: string };

const text = {
  heading: localized({
    fi: (p: Heading) =>
      `Haku päättyi ${p.closes}${p.assumed ? " (kellonaika oletettu)" : ""}\nMääräraha ${p.amount} · 49 fiktiivistä esimerkkihakemusta`,
    sv: (p: Heading) =>
      `Ansökan stängde ${p.closes}${p.assumed ? " (klockslaget antaget)" : ""}\nAnslag ${p.amount} · 49 fiktiva exempelansökningar`,
    en: (p: Heading) =>
      `The call closed ${p.closes}${p.assumed ? " (time of day assumed)" : ""}\nAppropriation ${p.amount} · 49 fictional example applications`,
  }),
  assessment: localized({
    fi: () => "1. Arviointi hakukierroksen 2022 säännöillä",
    sv: () => "1. Bedömning enligt reglerna för ansökningsomgången 2022",
    en: () => "1. Assessment under the rules of the 2022 call",
  }),
  allocation: localized({
    fi: () => "2. Määrärahan jako: paremmuusjärjestyksessä, avustukset täysinä euroina",
    sv: () => "2. Fördelning av anslaget: i rangordning, understöd i hela euro",
    en: () => "2. Sharing out the appropriation: in rank order, grants in whole euros",
  }),
  jointProject: localized({
    fi: (p: Joint) => `3. Yhteishankkeen raha: ${p.id} ${p.name}, avustus ${p.amount}`,
    sv: (p: Joint) => `3. Ett samprojekts pengar: ${p.id} ${p.name}, understöd ${p.amount}`,
    en: (p: Joint) => `3. A joint project's money: ${p.id} ${p.name}, grant ${p.amount}`,
  }),
  granted: localized({ fi: () => "Myönnetyt avustukset", sv: () => "Beviljade understöd", en: () => "Grants" }),
  reserve: localized({ fi: () => "Varalla", sv: () => "Reserv", en: () => "Reserve list" }),
  statuses: localized({
    fi: (p: Counts) => `Tukikelpoisia ${p.eligible}, ei tukikelpoisia ${p.ineligible}, harkittavia ${p.needsReview}.`,
    sv: (p: Counts) =>
      `Stödberättigande ${p.eligible}, inte stödberättigande ${p.ineligible}, att pröva ${p.needsReview}.`,
    en: (p: Counts) => `Eligible ${p.eligible}, ineligible ${p.ineligible}, needing review ${p.needsReview}.`,
  }),
  totals: localized({
    fi: (p: Totals) => `Myönnetty yhteensä ${p.granted} (${p.count} hanketta), jäljellä ${p.remaining}.`,
    sv: (p: Totals) => `Beviljat totalt ${p.granted} (${p.count} projekt), kvar ${p.remaining}.`,
    en: (p: Totals) => `Granted in total ${p.granted} (${p.count} projects), remaining ${p.remaining}.`,
  }),
  tryIt: localized({
    fi: () =>
      "Kokeile myös komentoriviä (npm run build ensin): npx digikannustin example application > hakemus.json, sitten npx digikannustin assess hakemus.json --only-open --locale fi",
    sv: () =>
      "Prova också kommandoraden (npm run build först): npx digikannustin example application > ansokan.json, sedan npx digikannustin assess ansokan.json --only-open --locale sv",
    en: () =>
      "Try the command line too (npm run build first): npx digikannustin example application > application.json, then npx digikannustin assess application.json --only-open --locale en",
  }),
  col: localized({
    fi: () => ["Tunnus", "Hakija", "Kuntia", "Tila", "Haettu", "Enintään"],
    sv: () => ["Id", "Sökande", "Kommuner", "Status", "Sökt", "Högst"],
    en: () => ["Id", "Applicant", "Munic.", "Status", "Requested", "Maximum"],
  }),
  grantCol: localized({
    fi: () => ["Sija", "Tunnus", "Hakija", "Pisteet", "Avustus"],
    sv: () => ["Plats", "Id", "Sökande", "Poäng", "Understöd"],
    en: () => ["Rank", "Id", "Applicant", "Score", "Grant"],
  }),
  reserveCol: localized({
    fi: () => ["Sija", "Tunnus", "Hakija", "Pisteet", "Myönnettävissä"],
    sv: () => ["Plats", "Id", "Sökande", "Poäng", "Kan beviljas"],
    en: () => ["Rank", "Id", "Applicant", "Score", "Grantable"],
  }),
};
type Counts = { eligible: number; ineligible: number; needsReview: number };
type Totals = { granted: string; count: number; remaining: string };
type Joint = { id: string; name: string; amount: string };

/**
 * The first sentence (or clause) of a message, whole: `Hakemus saapui …, mutta haku päättyi jo
 * 25.4.2022 klo 16.15`. Sentences end at a full stop before a capital, never inside a number.
 */
function firstSentence(message: string): string {
  const [first = message] = message.split(/\.\s+(?=[A-ZÅÄÖ”"])|;\s/u);
  return first.replace(/\.$/, "");
}

/**
 * The editions' words for their codes: each focus area and evaluation criterion by its title (from
 * the latest edition that has it), quoted as the language quotes.
 */
function editionWords(locale: Locale): ReadonlyMap<string, string> {
  const [open, close] = locale === "en" ? ["“", "”"] : ["”", "”"];
  const words = new Map<string, string>();
  for (const e of editions) {
    for (const [code, area] of Object.entries(e.focusAreas))
      words.set(code, `${open}${area.value.title[locale]}${close}`);
    for (const code of CRITERION_CODES) {
      const criterion = e.criteria[code];
      if (criterion) words.set(code, `${open}${criterion.value.title[locale]}${close}`);
    }
  }
  return words;
}

/**
 * A message for a reader of the demo: the editions' words in place of program codes (`Painopiste
 * digitalSecurity` → `Painopiste ”Digitaalinen turvallisuus”`), and without the field paths in
 * parentheses (`(project.disseminationPlan)`) that a developer needs and a reader does not.
 */
function inWords(message: string, words: ReadonlyMap<string, string>): string {
  return message
    .replace(/ \((?:project|budget|applicant|participants)[\w.[\]]*\)/g, "")
    .replace(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g, (code) => words.get(code) ?? code);
}

/** Lines of prose wrapped to the demo's width, each continuation indented like the first line. */
function prose(text: string, indent = "", hanging = indent): string[] {
  return wrap(text, DEMO_WIDTH - hanging.length).map((l, i) => `${i === 0 ? indent : hanging}${l}`);
}

/**
 * The demo's report: the 49 example applications of 2022 assessed under the 2022 rules (applicant,
 * consortium size, status, main reason, requested and maximum grant), then the 10 M€ shared out in
 * rank order in whole euros: the grants, the totals and the reserve list. Pure: no I/O.
 */
export function demoReport(locale: Locale): string {
  const lines: string[] = [];
  const print = (line: string) => void lines.push(line);
  const edition = getEdition("2022");
  const closes = parseInstant(edition.window.closesAt.value);
  const eur = (a: string) => formatAmount(a, locale);
  /** A table with lines of its own under each row. */
  const printTable = (t: ReturnType<typeof tableLines>, under: readonly (readonly string[])[]) => {
    for (const line of t.header) print(line);
    t.rows.forEach((row, i) => {
      for (const line of [...row, ...(under[i] ?? [])]) print(line);
    });
  };

  print(`digikannustin · ${edition.title.value[locale]}`);
  print(
    text.heading[locale]({
      closes: closes.success ? formatHelsinkiTime(closes.data, locale) : edition.window.closesAt.value,
      assumed: edition.window.closesAt.certainty === "inferred",
      amount: eur(edition.appropriation.value.amount),
    }),
  );
  print(`\n${text.assessment[locale]()}\n`);

  const candidates = exampleCall2022.candidates;
  const words = editionWords(locale);
  const names = new Map(candidates.map((c) => [c.id, applicantName(c.application, locale)]));
  const cell = (id: string) => wrap(names.get(id) ?? id, NAME_WIDTH).join("\n");
  const assessments: Assessment[] = candidates.map((c) => assess(c.application, { locale }));
  const rows = candidates.map((c, i) => {
    const a = assessments[i]!;
    // The municipalities the rules count: distinct, valid in the register year, counted where the call lets them.
    const counted = a.findings.find((f) => f.rule === "consortium.minMunicipalities")?.values["municipalities"];
    return [
      c.id,
      cell(c.id),
      typeof counted === "number" ? String(counted) : "–",
      statusText(a.status, locale),
      a.budget ? eur(a.budget.requestedGrant) : "–",
      a.budget ? eur(a.budget.maxGrant) : "–",
    ];
  });
  // Each row, then its main reason under it, whole and wrapped: the reason is the longest cell.
  printTable(
    tableLines(text.col[locale](), rows, [2, 4, 5]),
    assessments.map((a) => {
      const reason = mainFinding(a);
      if (!reason) return [];
      const mark = `${OUTCOME_MARK[reason.outcome]} `;
      return prose(inWords(firstSentence(reason.message), words), REASON_INDENT + mark, `${REASON_INDENT}  `);
    }),
  );
  const counts: Counts = { eligible: 0, ineligible: 0, needsReview: 0 };
  for (const a of assessments) if (a.status !== "invalid") counts[a.status]++;
  print(`\n${text.statuses[locale](counts)}`);

  print(`\n${text.allocation[locale]()}\n`);
  const result = allocate(candidates, { locale, unit: "euro" });
  if (!result.success) throw new Error(result.issues.map((i) => i.message).join("; "));
  const r = result.data;
  const granted = r.allocations.filter((a) => a.status === "granted");
  const reserve = r.allocations.filter((a) => a.status === "reserve");
  print(`${text.granted[locale]()}\n`);
  print(
    table(
      text.grantCol[locale](),
      granted.map((a) => [String(a.rank), a.id, cell(a.id), a.score ?? "–", eur(a.amount)]),
      [0, 3, 4],
    ),
  );
  print(
    `\n${text.totals[locale]({ granted: eur(r.totalGranted), count: r.counts.granted, remaining: eur(r.remaining) })}`,
  );
  print(`\n${text.reserve[locale]()}\n`);
  printTable(
    tableLines(
      text.reserveCol[locale](),
      reserve.map((a) => [String(a.rank), a.id, cell(a.id), a.score ?? "–", eur(a.grantable ?? "0.00")]),
      [0, 3, 4],
    ),
    reserve.map((a) => prose(inWords(firstSentence(mainReason(a)), words), REASON_INDENT)),
  );
  print("");
  for (const note of r.notes) for (const l of prose(inWords(note.message, words), "* ", "  ")) print(l);
  // The first grant with the most parties: its costs by party and how its grant is shared out.
  const joint = granted
    .map((g) => ({ g, a: assessments[candidates.findIndex((c) => c.id === g.id)] }))
    .filter((x): x is { g: (typeof granted)[number]; a: ParsedAssessment } => x.a !== undefined && x.a.budget !== null)
    .reduce<{ g: (typeof granted)[number]; a: ParsedAssessment } | undefined>(
      (best, x) => (best === undefined || x.a.budget.parties.length > best.a.budget.parties.length ? x : best),
      undefined,
    );
  if (joint) {
    print(
      `\n${text.jointProject[locale]({ id: joint.g.id, name: names.get(joint.g.id) ?? "", amount: eur(joint.g.amount) })}`,
    );
    for (const l of jointProjectLines(joint.a, locale, { granted: joint.g.amount })) print(l);
  }
  print("");
  for (const l of prose(text.tryIt[locale]())) print(l);
  return `${lines.join("\n")}\n`;
}
