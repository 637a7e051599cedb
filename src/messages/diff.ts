import { defineMessages } from "../vocabulary/locale.js";
import { CERTAINTY_WORDS, COST_TREATMENT_WORDS, PARTY_TYPE_WORDS, wordFor } from "../vocabulary/words.js";

type Path = { readonly path: string };
type Code = { readonly code: string };
type Range = { readonly from: string; readonly to: string };
type Amount = { readonly amount: string; readonly editions: readonly string[] };
type Percent = { readonly percent: string };
type Segment = { readonly outcome: string; readonly first: string; readonly last: string; readonly toEnd: boolean };
type Summary = { readonly rule: string; readonly segments: readonly string[] };
type None = Record<string, never>;
type Limit = { readonly count: number; readonly limit: number };

// Labels of the compared nodes of a call edition (see diffEditions); the path itself when unknown.
const FIELDS_FI: Readonly<Record<string, string>> = {
  registerYear: "Kuntaluettelon vuosi",
  legalBasis: "Säädösperusta",
  budgetItem: "Talousarvion momentti",
  appropriation: "Määräraha",
  "window.opensAt": "Haku alkoi",
  "window.closesAt": "Haku päättyi",
  decidedOn: "Päätöspäivä",
  "eligibility.applicantTypes": "Hakijaksi kelpaavat",
  "eligibility.partnerOnlyTypes": "Vain kumppaneina",
  "eligibility.jointOnly": "Vain usean kunnan yhteishankkeet",
  "eligibility.minMunicipalities": "Kuntia vähintään",
  "eligibility.jointAuthorityOnBehalf": "Kuntayhtymä voi hakea kuntien puolesta",
  "eligibility.alandMunicipalities": "Ahvenanmaan kunnat mukana",
  recipients: "Yhteishankkeen avustuksen saaja (administrator = hankehallinnoija, joint = kunnat yhdessä)",
  focusAreas: "Painopiste",
  exclusions: "Rajaus",
  "money.maxGrantRate": "Avustuksen enimmäisosuus",
  "money.vatEligible": "Arvonlisävero hyväksyttävä kustannus",
  "money.costCategories": "Kustannuslaji",
  "period.latestEnd": "Hanke päättyy viimeistään",
  requiredContents: "Hakemuksen sisältö",
  conditionsOfUse: "Käytön ehto",
  "reporting.finalReport": "Loppuselvitys",
  "reporting.auditorStatement": "Tilintarkastajan lausunto",
  criteria: "Arviointikriteeri",
};
const FIELDS_SV: Readonly<Record<string, string>> = {
  registerYear: "Kommunförteckningens år",
  legalBasis: "Rättslig grund",
  budgetItem: "Moment i statsbudgeten",
  appropriation: "Anslag",
  "window.opensAt": "Ansökningstiden började",
  "window.closesAt": "Ansökningstiden gick ut",
  decidedOn: "Beslutsdatum",
  "eligibility.applicantTypes": "Vem kan ansöka",
  "eligibility.partnerOnlyTypes": "Endast som partner",
  "eligibility.jointOnly": "Endast samprojekt mellan flera kommuner",
  "eligibility.minMunicipalities": "Minst antal kommuner",
  "eligibility.jointAuthorityOnBehalf": "Samkommun kan ansöka för kommunerna",
  "eligibility.alandMunicipalities": "Ålands kommuner med",
  recipients: "Understödstagare i ett samprojekt (administrator = projektadministratör, joint = kommunerna gemensamt)",
  focusAreas: "Tyngdpunkt",
  exclusions: "Avgränsning",
  "money.maxGrantRate": "Understödets maximiandel",
  "money.vatEligible": "Mervärdesskatt godtagbar kostnad",
  "money.costCategories": "Kostnadsslag",
  "period.latestEnd": "Projektet slutar senast",
  requiredContents: "Ansökans innehåll",
  conditionsOfUse: "Villkor för användningen",
  "reporting.finalReport": "Slutredovisning",
  "reporting.auditorStatement": "Revisorns utlåtande",
  criteria: "Bedömningskriterium",
};
const FIELDS_EN: Readonly<Record<string, string>> = {
  registerYear: "Municipality register year",
  legalBasis: "Legal basis",
  budgetItem: "Budget item",
  appropriation: "Appropriation",
  "window.opensAt": "Call opened",
  "window.closesAt": "Call closed",
  decidedOn: "Decision date",
  "eligibility.applicantTypes": "Who may apply",
  "eligibility.partnerOnlyTypes": "Partners only",
  "eligibility.jointOnly": "Joint projects of several municipalities only",
  "eligibility.minMunicipalities": "Minimum municipalities",
  "eligibility.jointAuthorityOnBehalf": "Joint authority may apply on behalf of municipalities",
  "eligibility.alandMunicipalities": "Åland municipalities included",
  recipients:
    "Recipients of a joint project's grant (administrator = hankehallinnoija, joint = the municipalities jointly)",
  focusAreas: "Focus area",
  exclusions: "Exclusion",
  "money.maxGrantRate": "Maximum grant rate",
  "money.vatEligible": "VAT an eligible cost",
  "money.costCategories": "Cost category",
  "period.latestEnd": "Latest project end",
  requiredContents: "Required content",
  conditionsOfUse: "Condition of use",
  "reporting.finalReport": "Final report",
  "reporting.auditorStatement": "Auditor's statement",
  criteria: "Evaluation criterion",
};

const OUTCOMES = {
  fi: {
    pass: "hyväksytty",
    fail: "hylätty",
    review: "tarkistettava",
    missing: "tieto puuttuu",
    notEvaluated: "ei arvioitu",
  },
  sv: {
    pass: "godkänd",
    fail: "underkänd",
    review: "ska granskas",
    missing: "uppgift saknas",
    notEvaluated: "inte bedömd",
  },
  en: {
    pass: "passed",
    fail: "failed",
    review: "needs review",
    missing: "missing an answer",
    notEvaluated: "not evaluated",
  },
} as const satisfies Record<string, Record<string, string>>;

const pick = (table: Readonly<Record<string, string>>, key: string) => table[key] ?? key;
const editions = (xs: readonly string[]) => xs.join(", ");

/** Texts of the edition diff table (renderDiffMarkdown) and of the cross-edition comparison. */
export const diffMessages = defineMessages({
  "diff.field": {
    fi: (p: Path) => pick(FIELDS_FI, p.path),
    sv: (p: Path) => pick(FIELDS_SV, p.path),
    en: (p: Path) => pick(FIELDS_EN, p.path),
  },
  "diff.column.item": { fi: () => "Kohta", sv: () => "Punkt", en: () => "Item" },
  "diff.column.change": { fi: () => "Muutos", sv: () => "Ändring", en: () => "Change" },
  "diff.column.source": { fi: () => "Lähde", sv: () => "Källa", en: () => "Source" },
  "diff.kind.added": { fi: () => "lisätty", sv: () => "tillagd", en: () => "added" },
  "diff.kind.removed": { fi: () => "poistettu", sv: () => "borttagen", en: () => "removed" },
  "diff.kind.changed": { fi: () => "muuttunut", sv: () => "ändrad", en: () => "changed" },
  "diff.none": {
    fi: (p: Range) => `Hakukierrosten ${p.from} ja ${p.to} säännöissä ei ole eroja.`,
    sv: (p: Range) => `Reglerna för ansökningsomgångarna ${p.from} och ${p.to} skiljer sig inte åt.`,
    en: (p: Range) => `The rules of the ${p.from} and ${p.to} calls do not differ.`,
  },
  "diff.value.yes": { fi: () => "kyllä", sv: () => "ja", en: () => "yes" },
  "diff.value.no": { fi: () => "ei", sv: () => "nej", en: () => "no" },
  "diff.value.unknown": {
    fi: () => CERTAINTY_WORDS.notFound.fi,
    sv: () => CERTAINTY_WORDS.notFound.sv,
    en: () => CERTAINTY_WORDS.notFound.en,
  },
  "diff.value.none": { fi: () => "ei yhtään", sv: () => "inga", en: () => "none" },
  "diff.value.inferred": {
    fi: () => CERTAINTY_WORDS.inferred.fi,
    sv: () => CERTAINTY_WORDS.inferred.sv,
    en: () => CERTAINTY_WORDS.inferred.en,
  },
  "diff.value.appropriation": {
    fi: (p: Amount) => (p.editions.length ? `${p.amount} (yhteinen: ${editions(p.editions)})` : p.amount),
    sv: (p: Amount) => (p.editions.length ? `${p.amount} (gemensamt med ${editions(p.editions)})` : p.amount),
    en: (p: Amount) => (p.editions.length ? `${p.amount} (shared with ${editions(p.editions)})` : p.amount),
  },
  "diff.value.rate": {
    fi: (p: Percent) => `${p.percent} %`,
    sv: (p: Percent) => `${p.percent} %`,
    en: (p: Percent) => `${p.percent}%`,
  },
  "diff.value.partyType": {
    fi: (p: Code) => wordFor(PARTY_TYPE_WORDS, p.code, "fi"),
    sv: (p: Code) => wordFor(PARTY_TYPE_WORDS, p.code, "sv"),
    en: (p: Code) => wordFor(PARTY_TYPE_WORDS, p.code, "en"),
  },
  "diff.value.treatment": {
    fi: (p: Code) => wordFor(COST_TREATMENT_WORDS, p.code, "fi"),
    sv: (p: Code) => wordFor(COST_TREATMENT_WORDS, p.code, "sv"),
    en: (p: Code) => wordFor(COST_TREATMENT_WORDS, p.code, "en"),
  },
  "compare.outcome": {
    fi: (p: Code) => pick(OUTCOMES.fi, p.code),
    sv: (p: Code) => pick(OUTCOMES.sv, p.code),
    en: (p: Code) => pick(OUTCOMES.en, p.code),
  },
  // One run of editions with the same outcome: "hylätty 2019-2 alkaen", "failed from 2019-2 on".
  "compare.segment": {
    fi: (p: Segment) =>
      p.first === p.last
        ? `${p.outcome} ${p.first}`
        : p.toEnd
          ? `${p.outcome} ${p.first} alkaen`
          : `${p.outcome} ${p.first}–${p.last}`,
    sv: (p: Segment) =>
      p.first === p.last
        ? `${p.outcome} ${p.first}`
        : p.toEnd
          ? `${p.outcome} från och med ${p.first}`
          : `${p.outcome} ${p.first}–${p.last}`,
    en: (p: Segment) =>
      p.first === p.last
        ? `${p.outcome} in ${p.first}`
        : p.toEnd
          ? `${p.outcome} from ${p.first} on`
          : `${p.outcome} in ${p.first}–${p.last}`,
  },
  "compare.summary": {
    fi: (p: Summary) => `${p.rule}: ${p.segments.join(", ")}`,
    sv: (p: Summary) => `${p.rule}: ${p.segments.join(", ")}`,
    en: (p: Summary) => `${p.rule}: ${p.segments.join(", ")}`,
  },
  "compare.notAList": {
    fi: (_: None) => "Hakukierrosten pitää olla taulukko.",
    sv: (_: None) => "Ansökningsomgångarna ska vara en lista.",
    en: (_: None) => "The call editions must be an array.",
  },
  "compare.tooManyEditions": {
    fi: (p: Limit) => `Hakukierroksia on ${p.count}; enintään ${p.limit}.`,
    sv: (p: Limit) => `${p.count} ansökningsomgångar; högst ${p.limit}.`,
    en: (p: Limit) => `${p.count} call editions; at most ${p.limit}.`,
  },
});
