import { formatAmount } from "../money/format.js";
import { Dec } from "../money/decimal.js";
import { municipalities } from "../reference/municipalities.js";
import { formatDate, formatHelsinkiTime } from "../time/format.js";
import { parseInstant } from "../time/instant.js";
import type { LocalizedText } from "./cited.js";
import type { CostTreatment, PartyType } from "./codes.js";
import type { CallEdition } from "./schema.js";

/** The languages an edition page is written in. */
export type EditionLocale = "fi" | "sv" | "en";

/** Any cited node of an edition, as the renderer reads it. */
interface Node {
  readonly value: unknown;
  readonly citation: string;
  readonly certainty: "sourced" | "inferred" | "notFound";
  readonly note?: string | undefined;
}

const L = {
  fi: {
    legend:
      "Jokaisen tiedon perässä on lähde ja varmuus: *lähteestä* = luettu lähteestä; **oletus** = päätelty lähteistä ja dokumentoitu oletus; **tuntematon** = tietoa ei löytynyt, eikä sitä ole arvattu. Huomautukset ovat englanniksi.",
    sourced: "*lähteestä*",
    inferred: "**oletus**",
    notFound: "**tuntematon**",
    unknown: "tuntematon",
    yes: "kyllä",
    no: "ei",
    note: "Huom.",
    source: "Lähde",
    basics: "Perustiedot",
    legalBasis: "Säädösperusta",
    budgetItem: "Talousarvion momentti",
    appropriation: "Määräraha",
    sharedWith: (ids: string) => `yhteinen haun ${ids} kanssa`,
    register: "Kuntaluettelo",
    registerValue: (y: number, n: number, a: number) => `${y}: ${n} kuntaa, joista ${a} Ahvenanmaalla`,
    window: "Hakuaika",
    opensAt: "Haku alkoi",
    closesAt: "Haku päättyi",
    decidedOn: "Päätös",
    statistics: "Tilastot",
    applicationsReceived: "Hakemuksia",
    grantsMade: "Myönnettyjä avustuksia",
    totalGranted: "Myönnetty yhteensä",
    eligibility: "Kuka voi hakea",
    applicantTypes: "Hakijat",
    partnerOnlyTypes: "Vain kumppaneina",
    jointOnly: "Vain yhteishankkeet",
    minMunicipalities: "Kuntia vähintään",
    jointAuthorityOnBehalf: "Kuntayhtymä voi hakea kuntien puolesta",
    alandMunicipalities: "Ahvenanmaan kunnat voivat osallistua",
    focusAreas: "Painopisteet",
    exclusions: "Rajaukset",
    noExclusions: "Haussa ei rajattu hanketyyppejä.",
    money: "Rahoitussäännöt",
    maxGrantRate: "Avustuksen enimmäismäärä",
    rate: (p: string) => `${p} % hyväksyttävistä kustannuksista`,
    vatEligible: "Arvonlisävero on hyväksyttävä kustannus",
    costHead: "| Kustannuslaji | Käsittely | Ehto | Lähde |",
    period: "Hankeaika",
    latestEnd: "Hanke päättyy viimeistään",
    requiredContents: "Hakemuksen sisältö",
    conditionsOfUse: "Käytön ehdot",
    reporting: "Raportointi",
    finalReport: "Loppuselvitys",
    auditorStatement: "Tilintarkastajan lausunto liitettävä",
    criteria: "Arviointikriteerit",
    noWeights: "Painoarvoja tai pisteytystä ei julkaistu.",
    party: {
      municipality: "kunta",
      jointAuthority: "kuntayhtymä",
      association: "yhdistys",
      company: "yritys",
      other: "muu taho",
    },
    treatment: { eligible: "hyväksyttävä", ineligible: "ei hyväksyttävä", conditional: "ehdollinen" },
  },
  sv: {
    legend:
      "Efter varje uppgift står källan och säkerheten: *ur källan* = läst i källan; **antagande** = härlett ur källor och dokumenterat som antagande; **okänt** = uppgiften hittades inte och har inte gissats. Anmärkningarna är på engelska.",
    sourced: "*ur källan*",
    inferred: "**antagande**",
    notFound: "**okänt**",
    unknown: "okänt",
    yes: "ja",
    no: "nej",
    note: "Obs.",
    source: "Källa",
    basics: "Grunduppgifter",
    legalBasis: "Rättslig grund",
    budgetItem: "Budgetmoment",
    appropriation: "Anslag",
    sharedWith: (ids: string) => `gemensamt med omgången ${ids}`,
    register: "Kommunförteckning",
    registerValue: (y: number, n: number, a: number) => `${y}: ${n} kommuner, varav ${a} på Åland`,
    window: "Ansökningstid",
    opensAt: "Ansökan öppnade",
    closesAt: "Ansökan stängde",
    decidedOn: "Beslut",
    statistics: "Statistik",
    applicationsReceived: "Ansökningar",
    grantsMade: "Beviljade understöd",
    totalGranted: "Beviljat totalt",
    eligibility: "Vem kan ansöka",
    applicantTypes: "Sökande",
    partnerOnlyTypes: "Endast som partner",
    jointOnly: "Endast samprojekt",
    minMunicipalities: "Minsta antal kommuner",
    jointAuthorityOnBehalf: "En samkommun kan ansöka för kommunernas räkning",
    alandMunicipalities: "Kommuner på Åland kan delta",
    focusAreas: "Prioriteringar",
    exclusions: "Avgränsningar",
    noExclusions: "Omgången uteslöt inga projekttyper.",
    money: "Finansieringsregler",
    maxGrantRate: "Understödets maximibelopp",
    rate: (p: string) => `${p} % av de godtagbara kostnaderna`,
    vatEligible: "Mervärdesskatt är en godtagbar kostnad",
    costHead: "| Kostnadsslag | Behandling | Villkor | Källa |",
    period: "Projekttid",
    latestEnd: "Projektet ska avslutas senast",
    requiredContents: "Ansökans innehåll",
    conditionsOfUse: "Villkor för användningen",
    reporting: "Rapportering",
    finalReport: "Slutredovisning",
    auditorStatement: "Revisorns utlåtande ska bifogas",
    criteria: "Bedömningskriterier",
    noWeights: "Inga vikter eller poäng publicerades.",
    party: {
      municipality: "kommun",
      jointAuthority: "samkommun",
      association: "förening",
      company: "företag",
      other: "annan part",
    },
    treatment: { eligible: "godtagbar", ineligible: "inte godtagbar", conditional: "villkorlig" },
  },
  en: {
    legend:
      "Each fact is followed by its source and certainty: *sourced* = read at the source; **assumption** = inferred from sources and documented as an assumption; **unknown** = not found, and not guessed.",
    sourced: "*sourced*",
    inferred: "**assumption**",
    notFound: "**unknown**",
    unknown: "unknown",
    yes: "yes",
    no: "no",
    note: "Note",
    source: "Source",
    basics: "Basics",
    legalBasis: "Legal basis",
    budgetItem: "Budget item (momentti)",
    appropriation: "Appropriation",
    sharedWith: (ids: string) => `shared with call ${ids}`,
    register: "Municipality register",
    registerValue: (y: number, n: number, a: number) => `${y}: ${n} municipalities, ${a} of them in Åland`,
    window: "Application window",
    opensAt: "Opened",
    closesAt: "Closed",
    decidedOn: "Decision",
    statistics: "Statistics",
    applicationsReceived: "Applications received",
    grantsMade: "Grants made",
    totalGranted: "Total granted",
    eligibility: "Who may apply",
    applicantTypes: "Applicants",
    partnerOnlyTypes: "Partners only",
    jointOnly: "Joint projects only",
    minMunicipalities: "Minimum number of municipalities",
    jointAuthorityOnBehalf: "A joint municipal authority may apply on the municipalities' behalf",
    alandMunicipalities: "Municipalities of Åland may take part",
    focusAreas: "Focus areas",
    exclusions: "Exclusions",
    noExclusions: "The call excluded no kind of project.",
    money: "Money rules",
    maxGrantRate: "Maximum grant",
    rate: (p: string) => `${p} % of the eligible costs`,
    vatEligible: "VAT is an eligible cost",
    costHead: "| Cost category | Treatment | Condition | Source |",
    period: "Project period",
    latestEnd: "Latest end of the project",
    requiredContents: "Application contents",
    conditionsOfUse: "Conditions of use",
    reporting: "Reporting",
    finalReport: "Final report",
    auditorStatement: "Auditor's statement to be attached",
    criteria: "Evaluation criteria",
    noWeights: "No weights or scores were published.",
    party: {
      municipality: "municipality",
      jointAuthority: "joint municipal authority",
      association: "association",
      company: "company",
      other: "other body",
    },
    treatment: { eligible: "eligible", ineligible: "ineligible", conditional: "conditional" },
  },
} as const;

type Labels = (typeof L)[EditionLocale];

/** A citation as Markdown: a page as an autolink, an act and section as text. */
function cite(citation: string): string {
  return citation.startsWith("https://") ? `<${citation}>` : citation;
}

/** Source and certainty after a value, and the note on its own line when there is one. */
function provenance(node: Node, t: Labels): string {
  const line = ` — ${t.source}: ${cite(node.citation)} · ${t[node.certainty]}`;
  return node.note ? `${line}\n  - *${t.note}* ${node.note}` : line;
}

function fact(label: string, node: Node, shown: (value: never) => string, t: Labels): string {
  const value = node.value === null ? t.unknown : shown(node.value as never);
  return `- **${label}:** ${value}${provenance(node, t)}`;
}

function yesNo(t: Labels) {
  return (v: boolean) => (v ? t.yes : t.no);
}

function instant(locale: EditionLocale) {
  return (v: string) => {
    const ms = parseInstant(v);
    return ms.success ? formatHelsinkiTime(ms.data, locale) : v;
  };
}

function titled(items: Readonly<Record<string, Node | undefined>>, locale: EditionLocale, t: Labels): string[] {
  const out: string[] = [];
  for (const [code, node] of Object.entries(items)) {
    if (!node) continue;
    const v = node.value as { title: LocalizedText; description?: LocalizedText };
    out.push(`#### ${v.title[locale]} (\`${code}\`)`, "");
    if (v.description) out.push(v.description[locale], "");
    out.push(`${t.source}: ${cite(node.citation)} · ${t[node.certainty]}`);
    if (node.note) out.push("", `*${t.note}* ${node.note}`);
    out.push("");
  }
  return out;
}

function listed(items: Readonly<Record<string, Node | undefined>>, locale: EditionLocale, t: Labels): string[] {
  return Object.values(items)
    .filter((n): n is Node => n !== undefined)
    .map((n) => `- ${(n.value as { title: LocalizedText }).title[locale]}${provenance(n, t)}`);
}

/**
 * One call edition as a Markdown section in Finnish, Swedish or English: title, window,
 * appropriation, eligibility, focus areas, exclusions, money rules, period, contents, conditions,
 * reporting and criteria, each with its citation and certainty. Assumptions are flagged as such
 * and unknown values shown as unknown, never filled in. Pure: the same edition and locale give the
 * same text. The section starts with a level-2 heading, so pages can hold several languages.
 *
 * @example
 * ```ts
 * renderEditionMarkdown(getEdition("2022"), "en").split("\n")[0];
 * //=> "## 2022 grant for promoting digitalisation in municipalities"
 * ```
 */
export function renderEditionMarkdown(edition: CallEdition, locale: EditionLocale): string {
  const t = L[locale];
  const text = (v: string) => v;
  const parties = (v: readonly PartyType[]) => v.map((p) => t.party[p]).join(", ");
  const date = (v: string) => formatDate(v, locale);
  const register = municipalities(edition.registerYear);
  const aland = register.filter((m) => m.aland).length;
  const appropriation = (v: CallEdition["appropriation"]["value"]) =>
    formatAmount(v.amount, locale) + (v.sharedWith.length > 0 ? ` (${t.sharedWith(v.sharedWith.join(", "))})` : "");
  const costs = Object.entries(edition.money.costCategories).map(([code, node]) => {
    const v = node.value;
    const treatment: CostTreatment = v.treatment;
    return `| ${v.title[locale]} (\`${code}\`) | ${t.treatment[treatment]} | ${v.condition?.[locale] ?? "–"} | ${cite(node.citation)} · ${t[node.certainty]} |`;
  });
  const exclusions = titled(edition.exclusions, locale, t);
  const s = edition.statistics;
  const e = edition.eligibility;
  return [
    `## ${edition.title.value[locale]}`,
    "",
    `${t.source}: ${cite(edition.title.citation)} · ${t[edition.title.certainty]}${edition.title.note ? ` — *${t.note}* ${edition.title.note}` : ""}`,
    "",
    t.legend,
    "",
    `### ${t.basics}`,
    "",
    fact(t.legalBasis, edition.legalBasis, (v: readonly string[]) => v.join(", "), t),
    fact(t.budgetItem, edition.budgetItem, text, t),
    fact(t.appropriation, edition.appropriation, appropriation, t),
    `- **${t.register}:** ${t.registerValue(edition.registerYear, register.length, aland)}`,
    "",
    `### ${t.window}`,
    "",
    fact(t.opensAt, edition.window.opensAt, instant(locale), t),
    fact(t.closesAt, edition.window.closesAt, instant(locale), t),
    fact(t.decidedOn, edition.decidedOn, date, t),
    "",
    `### ${t.statistics}`,
    "",
    fact(t.applicationsReceived, s.applicationsReceived, String, t),
    fact(t.grantsMade, s.grantsMade, String, t),
    fact(t.totalGranted, s.totalGranted, (v: string) => formatAmount(v, locale), t),
    "",
    `### ${t.eligibility}`,
    "",
    fact(t.applicantTypes, e.applicantTypes, parties, t),
    fact(t.partnerOnlyTypes, e.partnerOnlyTypes, parties, t),
    fact(t.jointOnly, e.jointOnly, yesNo(t), t),
    fact(t.minMunicipalities, e.minMunicipalities, String, t),
    fact(t.jointAuthorityOnBehalf, e.jointAuthorityOnBehalf, yesNo(t), t),
    fact(t.alandMunicipalities, e.alandMunicipalities, yesNo(t), t),
    "",
    `### ${t.focusAreas}`,
    "",
    ...titled(edition.focusAreas, locale, t),
    `### ${t.exclusions}`,
    "",
    ...(exclusions.length > 0 ? exclusions : [t.noExclusions, ""]),
    `### ${t.money}`,
    "",
    fact(t.maxGrantRate, edition.money.maxGrantRate, (v: string) => t.rate(new Dec(v).times(100).toString()), t),
    fact(t.vatEligible, edition.money.vatEligible, yesNo(t), t),
    "",
    t.costHead,
    "|---|---|---|---|",
    ...costs,
    "",
    `### ${t.period}`,
    "",
    fact(t.latestEnd, edition.period.latestEnd, date, t),
    "",
    `### ${t.requiredContents}`,
    "",
    ...listed(edition.requiredContents, locale, t),
    "",
    `### ${t.conditionsOfUse}`,
    "",
    ...listed(edition.conditionsOfUse, locale, t),
    "",
    `### ${t.reporting}`,
    "",
    fact(t.finalReport, edition.reporting.finalReport, (v: LocalizedText) => v[locale], t),
    fact(t.auditorStatement, edition.reporting.auditorStatement, yesNo(t), t),
    "",
    `### ${t.criteria}`,
    "",
    t.noWeights,
    "",
    ...titled(edition.criteria, locale, t),
  ]
    .join("\n")
    .trimEnd()
    .concat("\n");
}
