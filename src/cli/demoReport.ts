import { exampleCall2022 } from "../examples/index.js";
import {
  type Assessment,
  type Locale,
  allocate,
  assess,
  formatAmount,
  formatHelsinkiTime,
  getEdition,
  parseInstant,
} from "../index.js";
import { mainReason } from "./commands/allocate.js";
import { applicantName, mainFinding, municipalityCodes, statusText, table } from "./format.js";

/** One text in every language; a missing language does not compile. */
function localized<F>(entry: { readonly fi: F; readonly sv: F; readonly en: F }): Readonly<Record<Locale, F>> {
  return entry;
}

const text = {
  heading: localized({
    fi: (p: { closes: string; amount: string }) =>
      `Haku päättyi ${p.closes} · määräraha ${p.amount} · 49 fiktiivistä esimerkkihakemusta`,
    sv: (p: { closes: string; amount: string }) =>
      `Ansökan stängde ${p.closes} · anslag ${p.amount} · 49 fiktiva exempelansökningar`,
    en: (p: { closes: string; amount: string }) =>
      `The call closed ${p.closes} · appropriation ${p.amount} · 49 fictional example applications`,
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
      "Kokeile myös: npx tsx src/cli/main.ts assess examples/application-2022.json --locale fi (tai npm run build && npx digikannustin --help)",
    sv: () =>
      "Prova också: npx tsx src/cli/main.ts assess examples/application-2022.json --locale sv (eller npm run build && npx digikannustin --help)",
    en: () =>
      "Try also: npx tsx src/cli/main.ts assess examples/application-2022.json --locale en (or npm run build && npx digikannustin --help)",
  }),
  col: localized({
    fi: () => ["Tunnus", "Hakija", "Kuntia", "Tila", "Pääasiallinen syy", "Haettu", "Enintään"],
    sv: () => ["Id", "Sökande", "Kommuner", "Status", "Huvudsaklig orsak", "Sökt", "Högst"],
    en: () => ["Id", "Applicant", "Munic.", "Status", "Main reason", "Requested", "Maximum"],
  }),
  grantCol: localized({
    fi: () => ["Sija", "Tunnus", "Hakija", "Pisteet", "Avustus"],
    sv: () => ["Plats", "Id", "Sökande", "Poäng", "Understöd"],
    en: () => ["Rank", "Id", "Applicant", "Score", "Grant"],
  }),
  reserveCol: localized({
    fi: () => ["Sija", "Tunnus", "Hakija", "Pisteet", "Myönnettävissä", "Miksi ei rahoitettu"],
    sv: () => ["Plats", "Id", "Sökande", "Poäng", "Kan beviljas", "Varför inte finansierad"],
    en: () => ["Rank", "Id", "Applicant", "Score", "Grantable", "Why not funded"],
  }),
};
type Counts = { eligible: number; ineligible: number; needsReview: number };
type Totals = { granted: string; count: number; remaining: string };

/** The first sentence (or clause) of a message, for a table cell: `Hakemus saapui …, mutta haku päättyi jo 25.4.2022 klo 16.15`. */
function firstSentence(message: string): string {
  const [first = message] = message.split(/\.\s+(?=[A-ZÅÄÖ”"])|;\s/u);
  return first.length > 110 ? `${first.slice(0, 109)}…` : first.replace(/\.$/, "");
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

  print(`digikannustin · ${edition.title.value[locale]}`);
  print(
    text.heading[locale]({
      closes: closes.success ? formatHelsinkiTime(closes.data, locale) : edition.window.closesAt.value,
      amount: eur(edition.appropriation.value.amount),
    }),
  );
  print(`\n${text.assessment[locale]()}\n`);

  const candidates = exampleCall2022.candidates;
  const names = new Map(candidates.map((c) => [c.id, applicantName(c.application, locale)]));
  const assessments: Assessment[] = candidates.map((c) => assess(c.application, { locale }));
  const rows = candidates.map((c, i) => {
    const a = assessments[i]!;
    const reason = mainFinding(a);
    return [
      c.id,
      names.get(c.id)!,
      String(municipalityCodes(c.application).length),
      statusText(a.status, locale),
      reason ? firstSentence(reason.message) : "–",
      a.budget ? eur(a.budget.requestedGrant) : "–",
      a.budget ? eur(a.budget.maxGrant) : "–",
    ];
  });
  // The reason is the longest column: put it last so the table stays readable when it wraps.
  const order = [0, 1, 2, 3, 5, 6, 4];
  const headers = text.col[locale]();
  print(
    table(
      order.map((i) => headers[i]!),
      rows.map((r) => order.map((i) => r[i]!)),
      [2, 4, 5],
    ),
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
      granted.map((a) => [String(a.rank), a.id, names.get(a.id) ?? a.id, a.score ?? "–", eur(a.amount)]),
      [0, 3, 4],
    ),
  );
  print(
    `\n${text.totals[locale]({ granted: eur(r.totalGranted), count: r.counts.granted, remaining: eur(r.remaining) })}`,
  );
  print(`\n${text.reserve[locale]()}\n`);
  print(
    table(
      text.reserveCol[locale](),
      reserve.map((a) => [
        String(a.rank),
        a.id,
        names.get(a.id) ?? a.id,
        a.score ?? "–",
        eur(a.grantable ?? "0.00"),
        firstSentence(mainReason(a)),
      ]),
      [0, 3, 4],
    ),
  );
  print("");
  for (const note of r.notes) print(`* ${note.message}`);
  print(`\n${text.tryIt[locale]()}`);
  return `${lines.join("\n")}\n`;
}
