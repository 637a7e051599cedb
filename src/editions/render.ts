import { formatAmount } from "../money/format.js";
import { Dec } from "../money/decimal.js";
import { municipalities } from "../reference/municipalities.js";
import { formatDate, formatHelsinkiTime } from "../time/format.js";
import { parseInstant } from "../time/instant.js";
import { type Locale, checkLocale } from "../vocabulary/locale.js";
import {
  CERTAINTY_WORDS,
  COST_TREATMENT_WORDS,
  PARTY_TYPE_WORDS,
  certaintyMark as mark,
  citationIn,
} from "../vocabulary/words.js";
import type { Certainty, LocalizedText } from "./cited.js";
import type { PartyType } from "../vocabulary/codes.js";
import { RECIPIENT_MODEL_TITLES, type RecipientModel } from "./recipients.js";
import type { CallEdition } from "./schema.js";

/** The languages an edition page is written in. */
export type EditionLocale = Locale;

/** Any cited node of an edition, as the renderer reads it. */
interface Node {
  readonly value: unknown;
  readonly citation: string;
  readonly certainty: Certainty;
  readonly note?: LocalizedText | undefined;
}

const L = {
  fi: {
    legend: `Jokaisen tiedon perässä on lähde ja varmuus: ${mark("sourced", "fi")} = luettu lähteestä; ${mark("inferred", "fi")} = päätelty lähteistä ja dokumentoitu oletus; ${mark("notFound", "fi")} = tietoa ei löytynyt, eikä sitä ole arvattu.`,
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
    recipientsHeading: "Avustuksen saaja yhteishankkeessa",
    recipients: "Malli",
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
  },
  sv: {
    legend: `Efter varje uppgift står källan och säkerheten: ${mark("sourced", "sv")} = läst i källan; ${mark("inferred", "sv")} = härlett ur källor och dokumenterat som antagande; ${mark("notFound", "sv")} = uppgiften hittades inte och har inte gissats.`,
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
    recipientsHeading: "Understödstagare i ett samprojekt",
    recipients: "Modell",
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
  },
  en: {
    legend: `Each fact is followed by its source and certainty: ${mark("sourced", "en")} = read at the source; ${mark("inferred", "en")} = inferred from sources and documented as an assumption; ${mark("notFound", "en")} = not found, and not guessed.`,
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
    recipientsHeading: "Recipients of a joint project's grant",
    recipients: "Model",
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
  },
} as const;

type Labels = (typeof L)[EditionLocale];

/** A citation as Markdown: a page as an autolink, an act and section as the language cites it. */
function cite(citation: string, locale: EditionLocale): string {
  return citation.startsWith("https://") ? `<${citation}>` : citationIn(citation, locale);
}

/** Source and certainty after a value, and the note on its own line when there is one. */
function provenance(node: Node, locale: EditionLocale): string {
  const t = L[locale];
  const line = ` — ${t.source}: ${cite(node.citation, locale)} · ${mark(node.certainty, locale)}`;
  return node.note ? `${line}\n  - *${t.note}* ${node.note[locale]}` : line;
}

function fact(label: string, node: Node, shown: (value: never) => string, locale: EditionLocale): string {
  const value = node.value === null ? CERTAINTY_WORDS.notFound[locale] : shown(node.value as never);
  return `- **${label}:** ${value}${provenance(node, locale)}`;
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

function titled(items: Readonly<Record<string, Node | undefined>>, locale: EditionLocale): string[] {
  const t = L[locale];
  const out: string[] = [];
  for (const [code, node] of Object.entries(items)) {
    if (!node) continue;
    const v = node.value as { title: LocalizedText; description?: LocalizedText };
    out.push(`#### ${v.title[locale]} (\`${code}\`)`, "");
    if (v.description) out.push(v.description[locale], "");
    out.push(`${t.source}: ${cite(node.citation, locale)} · ${mark(node.certainty, locale)}`);
    if (node.note) out.push("", `*${t.note}* ${node.note[locale]}`);
    out.push("");
  }
  return out;
}

function listed(items: Readonly<Record<string, Node | undefined>>, locale: EditionLocale): string[] {
  return Object.values(items)
    .filter((n): n is Node => n !== undefined)
    .map((n) => `- ${(n.value as { title: LocalizedText }).title[locale]}${provenance(n, locale)}`);
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
  checkLocale("renderEditionMarkdown", locale);
  const t = L[locale];
  const text = (v: string) => v;
  const parties = (v: readonly PartyType[]) => v.map((p) => PARTY_TYPE_WORDS[p][locale]).join(", ");
  const date = (v: string) => formatDate(v, locale);
  const register = municipalities(edition.registerYear);
  const aland = register.filter((m) => m.aland).length;
  const appropriation = (v: CallEdition["appropriation"]["value"]) =>
    formatAmount(v.amount, locale) + (v.sharedWith.length > 0 ? ` (${t.sharedWith(v.sharedWith.join(", "))})` : "");
  const costs = Object.entries(edition.money.costCategories).map(([code, node]) => {
    const v = node.value;
    return `| ${v.title[locale]} (\`${code}\`) | ${COST_TREATMENT_WORDS[v.treatment][locale]} | ${v.condition?.[locale] ?? "–"} | ${cite(node.citation, locale)} · ${mark(node.certainty, locale)} |`;
  });
  const exclusions = titled(edition.exclusions, locale);
  const s = edition.statistics;
  const e = edition.eligibility;
  return [
    `## ${edition.title.value[locale]}`,
    "",
    `${t.source}: ${cite(edition.title.citation, locale)} · ${mark(edition.title.certainty, locale)}${edition.title.note ? ` — *${t.note}* ${edition.title.note[locale]}` : ""}`,
    "",
    t.legend,
    "",
    `### ${t.basics}`,
    "",
    fact(t.legalBasis, edition.legalBasis, (v: readonly string[]) => v.join(", "), locale),
    fact(t.budgetItem, edition.budgetItem, text, locale),
    fact(t.appropriation, edition.appropriation, appropriation, locale),
    `- **${t.register}:** ${t.registerValue(edition.registerYear, register.length, aland)}`,
    "",
    `### ${t.window}`,
    "",
    fact(t.opensAt, edition.window.opensAt, instant(locale), locale),
    fact(t.closesAt, edition.window.closesAt, instant(locale), locale),
    fact(t.decidedOn, edition.decidedOn, date, locale),
    "",
    `### ${t.statistics}`,
    "",
    fact(t.applicationsReceived, s.applicationsReceived, String, locale),
    fact(t.grantsMade, s.grantsMade, String, locale),
    fact(t.totalGranted, s.totalGranted, (v: string) => formatAmount(v, locale), locale),
    "",
    `### ${t.eligibility}`,
    "",
    fact(t.applicantTypes, e.applicantTypes, parties, locale),
    fact(t.partnerOnlyTypes, e.partnerOnlyTypes, parties, locale),
    fact(t.jointOnly, e.jointOnly, yesNo(t), locale),
    fact(t.minMunicipalities, e.minMunicipalities, String, locale),
    fact(t.jointAuthorityOnBehalf, e.jointAuthorityOnBehalf, yesNo(t), locale),
    fact(t.alandMunicipalities, e.alandMunicipalities, yesNo(t), locale),
    "",
    `### ${t.recipientsHeading}`,
    "",
    fact(t.recipients, edition.recipients, (v: RecipientModel) => RECIPIENT_MODEL_TITLES[v][locale], locale),
    "",
    `### ${t.focusAreas}`,
    "",
    ...titled(edition.focusAreas, locale),
    `### ${t.exclusions}`,
    "",
    ...(exclusions.length > 0 ? exclusions : [t.noExclusions, ""]),
    `### ${t.money}`,
    "",
    fact(t.maxGrantRate, edition.money.maxGrantRate, (v: string) => t.rate(new Dec(v).times(100).toString()), locale),
    fact(t.vatEligible, edition.money.vatEligible, yesNo(t), locale),
    "",
    t.costHead,
    "|---|---|---|---|",
    ...costs,
    "",
    `### ${t.period}`,
    "",
    fact(t.latestEnd, edition.period.latestEnd, date, locale),
    "",
    `### ${t.requiredContents}`,
    "",
    ...listed(edition.requiredContents, locale),
    "",
    `### ${t.conditionsOfUse}`,
    "",
    ...listed(edition.conditionsOfUse, locale),
    "",
    `### ${t.reporting}`,
    "",
    fact(t.finalReport, edition.reporting.finalReport, (v: LocalizedText) => v[locale], locale),
    fact(t.auditorStatement, edition.reporting.auditorStatement, yesNo(t), locale),
    "",
    `### ${t.criteria}`,
    "",
    t.noWeights,
    "",
    ...titled(edition.criteria, locale),
  ]
    .join("\n")
    .trimEnd()
    .concat("\n");
}
