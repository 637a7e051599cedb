/**
 * Generates the example JSON files under `examples/`: the example call `call-2022.json` (49 fictional
 * applications to the 2022 call, with reviewer scores), which `src/examples/call2022.ts` imports as
 * `exampleCall2022` and the CLI reads, and single applications for the README and the CLI. Dev-only:
 * `npm run gen:examples`. Deterministic: a seeded PRNG, no clock. The output is committed;
 * `test/examples/generated.test.ts` regenerates it in memory and fails when it differs.
 *
 * Every application is fictional. The municipalities are real (2022 register codes), the joint
 * authorities are invented ("… (fiktiivinen)") with check-digit-valid business IDs in the 999xxxx
 * range, and the projects, texts, budgets and scores are made up.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApplicationInput } from "../src/application/schema.js";
import { getEdition } from "../src/editions/registry.js";
import {
  type Amount,
  applyRate,
  maxAmount,
  splitLargestRemainder,
  subtractAmounts,
  sumAmounts,
} from "../src/money/index.js";
import { businessIdCheckDigit } from "../src/reference/businessId.js";
import { helsinkiInstant, parseInstant } from "../src/time/index.js";
import { earlierEditionExamples } from "../src/examples/editions.js";
import type { ReviewerScores, Scenario } from "../src/examples/types.js";

/** Where the example JSON files go. */
export const EXAMPLES_DIR_URL = new URL("../examples/", import.meta.url);

// mulberry32: a tiny seeded PRNG, so the data is the same on every run and every machine.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Real 2022 municipality codes by region (maakunta); the first is the region's centre. */
const REGIONS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  uusimaa: [
    ["091", "Helsinki"],
    ["049", "Espoo"],
    ["092", "Vantaa"],
    ["235", "Kauniainen"],
    ["245", "Kerava"],
    ["186", "Järvenpää"],
    ["858", "Tuusula"],
    ["638", "Porvoo"],
    ["444", "Lohja"],
    ["710", "Raasepori"],
    ["106", "Hyvinkää"],
    ["543", "Nurmijärvi"],
    ["257", "Kirkkonummi"],
    ["753", "Sipoo"],
    ["927", "Vihti"],
  ],
  varsinaisSuomi: [
    ["853", "Turku"],
    ["202", "Kaarina"],
    ["680", "Raisio"],
    ["529", "Naantali"],
    ["423", "Lieto"],
    ["734", "Salo"],
    ["895", "Uusikaupunki"],
    ["430", "Loimaa"],
    ["445", "Parainen"],
    ["322", "Kemiönsaari"],
  ],
  satakunta: [
    ["609", "Pori"],
    ["684", "Rauma"],
    ["214", "Kankaanpää"],
    ["886", "Ulvila"],
    ["079", "Harjavalta"],
    ["050", "Eura"],
  ],
  pirkanmaa: [
    ["837", "Tampere"],
    ["536", "Nokia"],
    ["980", "Ylöjärvi"],
    ["211", "Kangasala"],
    ["418", "Lempäälä"],
    ["604", "Pirkkala"],
    ["922", "Vesilahti"],
    ["562", "Orivesi"],
  ],
  kantaHame: [
    ["109", "Hämeenlinna"],
    ["694", "Riihimäki"],
    ["061", "Forssa"],
    ["082", "Hattula"],
    ["165", "Janakkala"],
  ],
  paijatHame: [
    ["398", "Lahti"],
    ["111", "Heinola"],
    ["098", "Hollola"],
    ["560", "Orimattila"],
    ["016", "Asikkala"],
  ],
  kaakkoisSuomi: [
    ["286", "Kouvola"],
    ["285", "Kotka"],
    ["075", "Hamina"],
    ["405", "Lappeenranta"],
    ["153", "Imatra"],
  ],
  etelaSavo: [
    ["491", "Mikkeli"],
    ["740", "Savonlinna"],
    ["593", "Pieksämäki"],
  ],
  pohjoisSavo: [
    ["297", "Kuopio"],
    ["749", "Siilinjärvi"],
    ["915", "Varkaus"],
    ["140", "Iisalmi"],
    ["778", "Suonenjoki"],
    ["420", "Leppävirta"],
    ["595", "Pielavesi"],
    ["239", "Keitele"],
    ["857", "Tuusniemi"],
    ["204", "Kaavi"],
    ["686", "Rautalampi"],
    ["921", "Vesanto"],
    ["844", "Tervo"],
    ["402", "Lapinlahti"],
    ["925", "Vieremä"],
    ["263", "Kiuruvesi"],
    ["762", "Sonkajärvi"],
  ],
  pohjoisKarjala: [
    ["167", "Joensuu"],
    ["260", "Kitee"],
    ["422", "Lieksa"],
    ["541", "Nurmes"],
    ["276", "Kontiolahti"],
    ["426", "Liperi"],
    ["309", "Outokumpu"],
    ["146", "Ilomantsi"],
    ["176", "Juuka"],
    ["607", "Polvijärvi"],
    ["848", "Tohmajärvi"],
    ["707", "Rääkkylä"],
    ["090", "Heinävesi"],
  ],
  keskiSuomi: [
    ["179", "Jyväskylä"],
    ["182", "Jämsä"],
    ["992", "Äänekoski"],
    ["410", "Laukaa"],
    ["500", "Muurame"],
    ["249", "Keuruu"],
    ["729", "Saarijärvi"],
    ["931", "Viitasaari"],
  ],
  etelaPohjanmaa: [
    ["743", "Seinäjoki"],
    ["408", "Lapua"],
    ["233", "Kauhava"],
    ["010", "Alavus"],
    ["301", "Kurikka"],
    ["145", "Ilmajoki"],
    ["232", "Kauhajoki"],
    ["300", "Kuortane"],
    ["403", "Lappajärvi"],
    ["934", "Vimpeli"],
    ["005", "Alajärvi"],
    ["052", "Evijärvi"],
    ["759", "Soini"],
    ["151", "Isojoki"],
    ["218", "Karijoki"],
    ["846", "Teuva"],
  ],
  pohjanmaa: [
    ["905", "Vaasa"],
    ["499", "Mustasaari"],
    ["598", "Pietarsaari"],
    ["545", "Närpiö"],
    ["287", "Kristiinankaupunki"],
    ["231", "Kaskinen"],
    ["893", "Uusikaarlepyy"],
    ["288", "Kruunupyy"],
    ["440", "Luoto"],
    ["475", "Maalahti"],
    ["280", "Korsnäs"],
  ],
  keskiPohjanmaa: [
    ["272", "Kokkola"],
    ["236", "Kaustinen"],
    ["584", "Perho"],
    ["074", "Halsua"],
    ["421", "Lestijärvi"],
    ["849", "Toholampi"],
    ["217", "Kannus"],
  ],
  pohjoisPohjanmaa: [
    ["564", "Oulu"],
    ["244", "Kempele"],
    ["425", "Liminka"],
    ["494", "Muhos"],
    ["859", "Tyrnävä"],
  ],
  kainuu: [
    ["205", "Kajaani"],
    ["765", "Sotkamo"],
    ["290", "Kuhmo"],
    ["777", "Suomussalmi"],
    ["578", "Paltamo"],
    ["697", "Ristijärvi"],
    ["105", "Hyrynsalmi"],
    ["620", "Puolanka"],
  ],
  lappi: [
    ["698", "Rovaniemi"],
    ["240", "Kemi"],
    ["851", "Tornio"],
    ["241", "Keminmaa"],
    ["320", "Kemijärvi"],
    ["758", "Sodankylä"],
    ["148", "Inari"],
    ["261", "Kittilä"],
    ["498", "Muonio"],
    ["047", "Enontekiö"],
    ["273", "Kolari"],
    ["854", "Pello"],
    ["976", "Ylitornio"],
    ["845", "Tervola"],
    ["751", "Simo"],
    ["683", "Ranua"],
    ["614", "Posio"],
    ["732", "Salla"],
    ["742", "Savukoski"],
    ["583", "Pelkosenniemi"],
    ["890", "Utsjoki"],
  ],
};

/** The fictional joint municipal authorities (kuntayhtymät), one per region that has one. */
const JOINT_AUTHORITIES: Readonly<Record<string, string>> = {
  etelaPohjanmaa: "Esimerkki-Pohjanmaan kuntayhtymä (fiktiivinen)",
  pohjoisSavo: "Kuvitteellisen Savon tietohallintokuntayhtymä (fiktiivinen)",
  lappi: "Esimerkki-Lapin ICT-kuntayhtymä (fiktiivinen)",
  pohjoisKarjala: "Malli-Karjalan koulutuskuntayhtymä (fiktiivinen)",
  kainuu: "Kuvitteellisen Kainuun seutukuntayhtymä (fiktiivinen)",
  pohjanmaa: "Esimerkkirannikon kuntayhtymä (fiktiivinen)",
};

/** A fictional but check-digit-valid business ID in the 999xxxx range, the n-th such number. */
function fictionalBusinessId(n: number): string {
  let found = -1;
  for (let body = 9990001; body < 9999999; body += 7) {
    const check = businessIdCheckDigit(String(body));
    if (check === null) continue;
    found++;
    if (found === n) return `${body}-${check}`;
  }
  throw new Error("no business ID");
}

const JA_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(JOINT_AUTHORITIES).map((region, i) => [region, fictionalBusinessId(i)]),
);

interface Topic {
  readonly name: string;
  readonly goal: string;
  readonly process: string;
  readonly measure: string;
  readonly result: string;
}

const TOPICS: Readonly<Record<"dataQuality" | "competence", readonly Topic[]>> = {
  dataQuality: [
    {
      name: "Tietoaineistojen laatu kuntoon",
      goal: "kuvata ja arvioida kuntien keskeisten tietoaineistojen laatu yhteisellä mittaristolla",
      process: "tiedonhallinnan prosessinsa",
      measure: "Yhteisen laatumittariston laatiminen ja tietoaineistojen laatuarviot",
      result: "Jokaisella kunnalla on tietoaineistojensa laatukuvaus ja korjaussuunnitelma",
    },
    {
      name: "Rakennusvalvonnan tietojen laadunhallinta",
      goal: "parantaa rakennusvalvonnan ja paikkatietojen laatua ja yhtenäistää niiden kuvaukset",
      process: "lupa- ja valvontaprosessin tiedonhallinnan",
      measure: "Tietojen laatupoikkeamien analyysi ja korjausprosessin mallintaminen",
      result:
        "Rakennustietojen virheet vähenevät ja tiedot ovat kansallisen rakennustietorekisterin edellyttämässä muodossa",
    },
    {
      name: "Talous- ja henkilöstötietojen yhteinen tietomalli",
      goal: "luoda talous- ja henkilöstötiedoille yhteinen tietomalli ja laatukriteerit",
      process: "talous- ja henkilöstöhallinnon raportointiprosessit",
      measure: "Yhteisen tietomallin ja käsitteistön laatiminen sekä laatukriteerien käyttöönotto",
      result: "Raportit syntyvät yhteisistä, laadultaan kuvatuista tiedoista ilman käsityötä",
    },
    {
      name: "Tiedonhallintamallin käyttöönotto",
      goal: "ottaa tiedonhallintalain mukainen tiedonhallintamalli käyttöön ja kuvata aineistojen laatu sen osana",
      process: "asiakirja- ja tiedonhallinnan toimintatavat",
      measure: "Tiedonhallintamallin laatiminen ja tietoaineistojen laatuominaisuuksien kirjaaminen",
      result: "Kunnilla on ajantasainen tiedonhallintamalli, jossa aineistojen laatu on kuvattu",
    },
    {
      name: "Sivistystoimen tietojen laatu",
      goal: "parantaa varhaiskasvatuksen ja perusopetuksen tietovarantojen laatua",
      process: "oppilas- ja asiakastietojen kirjaamisen prosessit",
      measure: "Kirjaamiskäytäntöjen yhtenäistäminen ja laadun seurannan automatisointi",
      result: "Sivistystoimen tietoon perustuva johtaminen nojaa luotettaviin tietoihin",
    },
    {
      name: "Avoimen datan laatu ja metatiedot",
      goal: "kuvata avattavien tietoaineistojen laatu ja metatiedot yhtenäisesti",
      process: "datan avaamisen ja ylläpidon prosessit",
      measure: "Metatietomallin laatiminen ja aineistojen laatuluokitus",
      result: "Avattu data on kuvattua, laadultaan tunnettua ja ajantasaista",
    },
    {
      name: "Hankintatietojen laatu ja luokittelu",
      goal: "parantaa hankinta- ja ostolaskutietojen laatua ja luokittelua",
      process: "hankintojen ja ostolaskujen käsittelyprosessit",
      measure: "Yhteisen luokittelun käyttöönotto ja laatupoikkeamien seuranta",
      result: "Hankintatiedot ovat vertailukelpoisia kuntien kesken",
    },
  ],
  competence: [
    {
      name: "Johdon ja päättäjien tiedolla johtamisen osaaminen",
      goal: "vahvistaa johdon ja luottamushenkilöiden osaamista tiedon hyödyntämisessä päätöksenteossa",
      process: "päätösvalmistelun ja johtamisen prosessit",
      measure: "Valmennusohjelma johdolle ja päättäjille sekä päätösvalmistelun uudistaminen",
      result: "Päätösesityksissä käytetään yhtenäistä tietopohjaa ja vaikutusarviointia",
    },
    {
      name: "Henkilöstön digiosaamisen kartoitus ja valmennus",
      goal: "kartoittaa henkilöstön digitaidot ja kehittää niitä uudistettavien prosessien tarpeisiin",
      process: "sähköisen asioinnin ja sisäiset prosessinsa",
      measure: "Osaamiskartoitus, valmennuspolut ja digiagenttiverkosto",
      result: "Henkilöstö hallitsee uudistetut sähköiset työtavat",
    },
    {
      name: "Digituki asukkaille",
      goal: "kehittää asukkaiden digitaitoja ja kuntien digitukea uudistettujen sähköisten palvelujen käyttöön",
      process: "asiakaspalvelun ja neuvonnan prosessit",
      measure: "Yhteinen digitukimalli, tukihenkilöiden koulutus ja asiointipisteiden uudistus",
      result: "Asukkaat käyttävät sähköisiä palveluja ja asiointi siirtyy verkkoon",
    },
    {
      name: "Automaatio-osaaminen taloushallinnossa",
      goal: "kehittää henkilöstön osaamista ohjelmistorobotiikan hyödyntämisessä taloushallinnossa",
      process: "taloushallinnon rutiiniprosessit",
      measure: "Osaamisen kehittämisohjelma ja prosessien automatisointikelpoisuuden arviointi",
      result: "Henkilöstö tunnistaa ja toteuttaa automatisoitavat työvaiheet",
    },
    {
      name: "Esihenkilöiden muutosjohtamisen osaaminen",
      goal: "vahvistaa esihenkilöiden osaamista digitaalisen muutoksen johtamisessa",
      process: "palvelujen kehittämisen ja johtamisen käytännöt",
      measure: "Muutosjohtamisen valmennus ja vertaismentorointi",
      result: "Esihenkilöt johtavat prosessien uudistamista suunnitelmallisesti",
    },
    {
      name: "Tietoturvaosaaminen arjen työssä",
      goal: "kehittää henkilöstön tietoturva- ja tietosuojaosaamista uudistettujen sähköisten prosessien osana",
      process: "tietojen käsittelyn prosessit",
      measure: "Roolikohtaiset verkkokoulutukset ja harjoitukset",
      result: "Tietoturvapoikkeamat vähenevät ja käsittelykäytännöt yhtenäistyvät",
    },
    {
      name: "Sähköisen kokoustyön osaaminen",
      goal: "kehittää luottamushenkilöiden ja henkilöstön osaamista sähköisessä kokous- ja päätöstyössä",
      process: "kokous- ja päätöksentekoprosessit",
      measure: "Koulutukset, ohjeistus ja tukimalli sähköiseen kokoustyöhön",
      result: "Toimielinten kokoukset ja asiakirjat ovat sähköisiä",
    },
  ],
};

interface Plan {
  readonly scenario: Scenario;
  readonly region: string;
  readonly size: number;
  readonly lead: "municipality" | "jointAuthority" | "jointAuthorityOnBehalf";
  readonly focus: "dataQuality" | "competence";
  /** Eligible costs in hundreds of euros. */
  readonly hundreds: number;
  readonly rate: string;
}

// The problems, in the proportions of a real call: 19 of 49.
const PROBLEMS: readonly Scenario[] = [
  "late",
  "late",
  "singleMunicipality",
  "singleMunicipality",
  "socialAndHealthCare",
  "digitisationOnly",
  "equipmentInRequest",
  "tangibleInvestment",
  "overRequest",
  "overRequest",
  "missingContents",
  "blankContents",
  "mergedMunicipality",
  "associationApplicant",
  "projectTooLong",
  "wrongFocusArea",
  "softwareLicences",
  "internalCharges",
  "alandMember",
];

const CLEAN_COUNT = 30;

function plans(rng: Rng): Plan[] {
  const regions = Object.keys(REGIONS);
  const out: Plan[] = [];
  const scenarios = shuffle(rng, [...PROBLEMS, ...Array<Scenario>(CLEAN_COUNT).fill("clean")]);
  let clean = 0;
  for (const scenario of scenarios) {
    let region = pick(rng, regions);
    const max = REGIONS[region]!.length;
    let size = Math.min(max, pick(rng, [2, 2, 3, 3, 4, 5, 6, 8, 10]));
    let lead: Plan["lead"] = "municipality";
    // Eligible costs log-uniform between 145 000 € and 1 760 000 €, so requests run from about
    // 100 000 € to 1.5 M€.
    let hundreds = Math.round(1450 * Math.exp(rng() * Math.log(17600 / 1450)));
    let rate = pick(rng, ["0.85", "0.85", "0.85", "0.80", "0.75", "0.70"]);
    if (scenario === "clean") {
      clean++;
      // Pin the extremes of the spread: the smallest and largest request, the largest consortium.
      if (clean === 1) [region, size, hundreds, rate] = ["lappi", 20, 17600, "0.85"];
      if (clean === 2) [size, hundreds, rate] = [2, 1180, "0.85"];
      if (clean === 3) [region, size, lead] = ["etelaPohjanmaa", 12, "jointAuthority"];
      if (clean === 4) [region, size, lead] = ["pohjoisSavo", 9, "jointAuthorityOnBehalf"];
      if (clean === 5) [region, size, lead] = ["kainuu", 8, "jointAuthority"];
      if (clean === 6) [region, size, lead] = ["pohjanmaa", 7, "jointAuthorityOnBehalf"];
      if (clean === 7) [region, size, lead] = ["pohjoisKarjala", 13, "jointAuthority"];
      if (clean === 8) [region, size] = ["uusimaa", 15];
    }
    if (scenario === "alandMember") region = "varsinaisSuomi";
    if (scenario === "mergedMunicipality") [region, size] = ["satakunta", 2];
    const focus = pick(rng, ["dataQuality", "competence"] as const);
    out.push({ scenario, region, size: Math.min(size, REGIONS[region]!.length), lead, focus, hundreds, rate });
  }
  return out;
}

const ALL_DECLARATIONS = { socialAndHealthCare: false, digitisationOnly: false, employerSanctions: false } as const;

function texts(topic: Topic, plan: Plan, leadName: string, names: readonly string[], start: string, end: string) {
  const n = names.length;
  return {
    objectives: `Hankkeen tavoitteena on ${topic.goal}. Kunnat uudistavat yhdessä ${topic.process} ja ottavat käyttöön yhteiset toimintatavat.`,
    measures: `1) Nykytilan kartoitus ${n === 1 ? "kunnassa" : n === 2 ? "molemmissa kunnissa" : `kaikissa ${n} kunnassa`}. 2) ${topic.measure}. 3) ${n <= 2 ? "Pilotointi ja käyttöönotto" : "Pilotointi kahdessa kunnassa ja laajennus muihin"}. 4) Muutoksen vakiinnuttaminen ja arviointi.`,
    results: `${topic.result}. Muutos mitataan ennen ja jälkeen -mittauksin jokaisessa kunnassa.`,
    disseminationPlan:
      "Tulokset, mallit ja koulutusaineistot julkaistaan avoimesti muiden kuntien käyttöön; uudet käsitteet ja tietomallit julkaistaan yhteentoimiva.suomi.fi-palvelussa. Hankkeen jälkeen toimintamalli jää kuntien yhteisen verkoston ylläpitoon.",
    schedule: `${start} – ${end}: kartoitus ensimmäisten kuuden kuukauden aikana, pilotit ja käyttöönotto sen jälkeen, levitys ja arviointi hankkeen viimeisinä kuukausina.`,
    organisation: `Hankehallinnoija on ${leadName}. Ohjausryhmässä on edustaja jokaisesta osallistuvasta kunnasta (${names.join(", ")}); hankkeella on kokoaikainen projektipäällikkö.`,
    relatedProjects: `Hanke hyödyntää kansallisia Suomi.fi-palveluja ja aiempien digikannustinhankkeiden tuloksia${plan.focus === "dataQuality" ? " sekä julkisen hallinnon tiedonhallintalautakunnan suosituksia" : ""}.`,
    operationalChange: `Uusi toimintatapa otetaan käyttöön ${n === 1 ? "koko kunnassa" : n === 2 ? "molemmissa kunnissa yhtä aikaa" : "ensin pilottikunnissa ja sitten muissa"}; esihenkilöt johtavat muutosta, henkilöstö koulutetaan ennen käyttöönottoa, ja vanhasta toimintatavasta luovutaan hallitusti.`,
  };
}

let lateCount = 0;

/** A submission instant in the last three weeks before the deadline, most of them near it. */
function submittedAt(rng: Rng, scenario: Scenario): string {
  // One a few minutes late on the day, one the next morning: no deadline extensions (vm.fi/usein-kysyttya).
  if (scenario === "late") return lateCount++ === 0 ? "2022-04-25T16:41:00+03:00" : "2022-04-26T09:03:00+03:00";
  const day = Math.max(4, 25 - Math.floor(-Math.log(1 - rng()) * 5));
  const lastDay = day === 25;
  const hour = int(rng, 8, lastDay ? 15 : 16);
  const minute = int(rng, 0, 59);
  return helsinkiInstant(
    `2022-04-${String(day).padStart(2, "0")}`,
    `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
  );
}

function euros(hundreds: number): Amount {
  return `${hundreds}00.00`;
}

interface BuiltLine {
  category: string;
  amount: string;
  vat?: string;
  description: string;
  party?: string;
  necessary?: boolean;
  actualCosts?: boolean;
}

type BuiltParty = ApplicationInput["applicant"];

/** How budget lines name a party: its municipality code or business ID. */
function keyOf(party: BuiltParty): string | undefined {
  return party.type === "municipality" ? party.code : party.businessId;
}

/**
 * Spreads the budget over the consortium (893/2019 6 § 2 mom. 5 k.): the staff costs are shared
 * evenly, in whole euros, by the applicant and up to three member municipalities (those a joint
 * authority applies for, else the municipalities taking part), each member's line naming it with
 * `party`; the purchases stay with the applicant, which buys for the project. Then each party
 * that bears costs states its funding share: what the grant applied for leaves to finance (all
 * costs with VAT less the request), split in proportion to its costs with VAT. A municipality a
 * joint authority applies for has its share stated in the joint authority's. No randomness.
 */
function spreadOverParties(
  lines: readonly BuiltLine[],
  requested: Amount,
  applicant: BuiltParty,
  participants: readonly BuiltParty[],
): { lines: BuiltLine[]; applicant: BuiltParty; participants: BuiltParty[] } {
  const members =
    applicant.type === "jointAuthority" && applicant.onBehalfOf
      ? applicant.onBehalfOf
      : participants.flatMap((p) => (p.type === "municipality" ? [p.code] : []));
  const bearers = [undefined, ...members.slice(0, 3)];
  const staffIndex = lines.findIndex((l) => l.category === "staff");
  const staff = lines[staffIndex]!;
  const shares = splitLargestRemainder(
    staff.amount,
    bearers.map((_, i) => ({ key: String(i), weight: "1.00" })),
    "euro",
  );
  const spread: BuiltLine[] = [
    ...lines.slice(0, staffIndex),
    ...bearers.map((party, i) =>
      party === undefined
        ? { ...staff, amount: shares[i]! }
        : { ...staff, amount: shares[i]!, description: "Osatoteuttajakunnan asiantuntijat", party },
    ),
    ...lines.slice(staffIndex + 1),
  ];
  // Each party object's costs with VAT, those of the municipalities a joint authority applies for in the joint authority's.
  const objects = [applicant, ...participants];
  const costs = objects.map(() => "0.00");
  // A member a joint authority applies for has no object: its line counts to the joint authority, the applicant.
  const owner = (key: string | undefined) =>
    Math.max(
      objects.findIndex((p) => keyOf(p) === key),
      0,
    );
  for (const l of spread) {
    const i = owner(l.party);
    costs[i] = sumAmounts([costs[i]!, l.amount, l.vat ?? "0.00"]);
  }
  const left = maxAmount(subtractAmounts(sumAmounts(costs), requested), "0.00");
  const financing = splitLargestRemainder(
    left,
    costs.map((weight, i) => ({ key: String(i).padStart(3, "0"), weight })),
    "cent",
  );
  const withShare = (p: BuiltParty, i: number): BuiltParty =>
    costs[i] === "0.00" ? p : { ...p, financing: financing[i]! };
  return {
    lines: spread,
    applicant: withShare(applicant, 0),
    participants: participants.map((p, i) => withShare(p, i + 1)),
  };
}

/** Splits the eligible costs into realistic lines; the last line takes the rest, so they sum exactly. */
function budgetLines(rng: Rng, eligible: Amount): BuiltLine[] {
  const staff = applyRate(eligible, pick(rng, ["0.45", "0.50", "0.55", "0.60"]), { unit: "euro", mode: "down" });
  const travel = applyRate(eligible, pick(rng, ["0.01", "0.02", "0.03"]), { unit: "euro", mode: "down" });
  const materials = applyRate(eligible, "0.02", { unit: "euro", mode: "down" });
  const services = subtractAmounts(eligible, sumAmounts([staff, travel, materials]));
  const withVat = rng() < 0.5;
  const lines: BuiltLine[] = [
    { category: "staff", amount: staff, description: "Projektipäällikkö ja kuntien asiantuntijat" },
    {
      category: "services",
      amount: services,
      ...(withVat ? { vat: applyRate(services, "0.24", { unit: "cent", mode: "halfUp" }) } : {}),
      description: "Ostopalvelut vain hankkeen käyttöön",
    },
    { category: "travel", amount: travel, description: "Matkat" },
    { category: "materials", amount: materials, description: "Materiaalit" },
  ];
  return lines;
}

interface BuiltCandidate {
  id: string;
  scenario: Scenario;
  application: ApplicationInput;
  score: { reviewers: ReviewerScores[] };
}

/** The evaluation criteria of the 2022 edition, in its order. */
const CRITERIA_2022 = Object.keys(getEdition("2022").criteria);

function reviewerScores(rng: Rng, blank: boolean): ReviewerScores[] {
  const quality = int(rng, 2, 5);
  const count = int(rng, 2, 3);
  const reviewers: Record<string, number | null>[] = [];
  for (let r = 0; r < count; r++) {
    const scores: Record<string, number | null> = {};
    for (const c of CRITERIA_2022) scores[c] = Math.min(5, Math.max(1, quality + int(rng, -1, 1)));
    reviewers.push(scores);
  }
  // A reviewer who left one criterion blank: the aggregation leaves that reviewer out.
  if (blank) reviewers[0]![CRITERIA_2022.at(-1)!] = null;
  return reviewers;
}

function build(rng: Rng, plan: Plan, index: number): BuiltCandidate {
  const id = `EX-2022-${String(index + 1).padStart(2, "0")}`;
  const region = REGIONS[plan.region]!;
  const lead = region[0]!;
  const others = shuffle(rng, region.slice(1)).slice(0, plan.size - 1);
  let members = [lead, ...others];
  const topic = pick(rng, TOPICS[plan.focus]);
  const start = pick(rng, ["2022-08-01", "2022-09-01", "2022-10-01"]);
  let end = pick(rng, ["2024-06-30", "2024-08-31", "2024-09-30"]);
  const s = plan.scenario;

  let applicant: ApplicationInput["applicant"] = { type: "municipality", code: lead[0], name: lead[1] };
  let participants: ApplicationInput["participants"] = [];
  const jaName = JOINT_AUTHORITIES[plan.region];
  if (s === "singleMunicipality") {
    members = [lead];
    participants = [
      index % 2 === 0
        ? { type: "company", name: "Kuvitteellinen Tietopalvelu Oy (fiktiivinen)", businessId: fictionalBusinessId(20) }
        : {
            type: "association",
            name: "Esimerkkikuntien kehittämisyhdistys ry (fiktiivinen)",
            businessId: fictionalBusinessId(21),
          },
    ];
  } else if (s === "associationApplicant") {
    applicant = {
      type: "association",
      name: "Digitaaliset Esimerkkikunnat ry (fiktiivinen)",
      businessId: fictionalBusinessId(22),
    };
    participants = members.map(([code, name]) => ({ type: "municipality", code, name }));
  } else if (s === "mergedMunicipality") {
    // Honkajoki (099) merged into Kankaanpää on 1.1.2021: its code no longer exists in 2022.
    members = [["214", "Kankaanpää"]];
    applicant = { type: "municipality", code: "214", name: "Kankaanpää" };
    participants = [{ type: "municipality", code: "099", name: "Honkajoki" }];
  } else if (s === "alandMember") {
    // Åland's eligibility is unknown for every call (`eligibility.alandMunicipalities`): a human must decide.
    participants = [
      ...others.map(([code, name]) => ({ type: "municipality" as const, code, name })),
      { type: "municipality", code: "478", name: "Maarianhamina" },
    ];
  } else if (plan.lead !== "municipality" && jaName) {
    applicant = { type: "jointAuthority", name: jaName, businessId: JA_IDS[plan.region]! };
    if (plan.lead === "jointAuthorityOnBehalf") applicant = { ...applicant, onBehalfOf: members.map(([c]) => c) };
    else participants = members.map(([code, name]) => ({ type: "municipality", code, name }));
  } else {
    participants = others.map(([code, name]) => ({ type: "municipality", code, name }));
  }
  // A few consortia take in a partner that cannot apply but may take part (vm.fi/usein-kysyttya).
  if (s === "clean" && index % 7 === 3) {
    participants = [
      ...participants,
      {
        type: "association",
        name: "Esimerkkikuntien kehittämisyhdistys ry (fiktiivinen)",
        businessId: fictionalBusinessId(21),
      },
    ];
  }

  const leadName = applicant.type === "municipality" ? (applicant.name ?? applicant.code) : applicant.name;
  const project: ApplicationInput["project"] = {
    name: `${topic.name} (fiktiivinen)`,
    focusArea: s === "wrongFocusArea" ? "digitalSecurity" : plan.focus,
    declarations: {
      ...ALL_DECLARATIONS,
      ...(s === "socialAndHealthCare" ? { socialAndHealthCare: true } : {}),
      ...(s === "digitisationOnly" ? { digitisationOnly: true } : {}),
    },
    start,
    end: s === "projectTooLong" ? "2024-12-31" : end,
    ...texts(
      topic,
      plan,
      leadName,
      members.map(([, n]) => n),
      start,
      s === "projectTooLong" ? "2024-12-31" : end,
    ),
  };
  if (s === "missingContents") delete project.disseminationPlan;
  if (s === "blankContents") project.results = "   ";
  if (s === "socialAndHealthCare") project.name = "Kotihoidon asiakastietojen laatu (fiktiivinen)";
  if (s === "digitisationOnly") project.name = "Rakennuslupa-arkiston digitointi (fiktiivinen)";
  end = project.end ?? end;

  const eligible = euros(plan.hundreds);
  const lines = budgetLines(rng, eligible);
  let requested = applyRate(eligible, plan.rate, { unit: "euro", mode: "down" });
  if (s === "overRequest")
    requested = index % 2 === 0 ? eligible : applyRate(eligible, "0.90", { unit: "euro", mode: "down" });
  if (s === "equipmentInRequest" || s === "tangibleInvestment") {
    const extra = applyRate(eligible, "0.20", { unit: "euro", mode: "down" });
    lines.push(
      s === "equipmentInRequest"
        ? {
            category: "equipment",
            amount: extra,
            vat: applyRate(extra, "0.24", { unit: "cent", mode: "halfUp" }),
            description: "Kannettavat tietokoneet ja kokoushuoneiden näyttölaitteet",
          }
        : { category: "tangibleInvestment", amount: extra, description: "Asiointipisteiden kalustus" },
    );
    // The equipment-in-request applicant took 85 % of all costs, equipment included (893/2019 5 § 2 mom.).
    if (s === "equipmentInRequest")
      requested = applyRate(sumAmounts([eligible, extra]), "0.85", { unit: "euro", mode: "down" });
  }
  if (s === "softwareLicences") {
    const licence = applyRate(eligible, "0.08", { unit: "euro", mode: "down" });
    lines[1] = { ...lines[1]!, amount: subtractAmounts(lines[1]!.amount, licence) };
    lines.push({
      category: "softwareLicences",
      amount: licence,
      description: "Tiedon laadun mittaustyökalun lisenssit hankkeen ajaksi",
      necessary: true,
    });
  }
  if (s === "internalCharges") {
    const charge = applyRate(eligible, "0.10", { unit: "euro", mode: "down" });
    lines[0] = { ...lines[0]!, amount: subtractAmounts(lines[0]!.amount, charge) };
    lines.push({
      category: "internalCharges",
      amount: charge,
      description: "Kaupungin tietohallintoyksikön sisäinen laskutus",
      actualCosts: true,
    });
  }

  const spread = spreadOverParties(lines, requested, applicant, participants);
  const application: ApplicationInput = {
    id,
    edition: "2022",
    submittedAt: index === 5 ? "2022-04-22T10:05:00Z" : submittedAt(rng, s),
    applicant: spread.applicant,
    participants: spread.participants,
    project,
    budget: { lines: spread.lines as ApplicationInput["budget"]["lines"], requestedGrant: requested },
  };
  return { id, scenario: s, application, score: { reviewers: reviewerScores(rng, index === 11 || index === 30) } };
}

function instant(iso: string): number {
  const r = parseInstant(iso);
  if (!r.success) throw new Error(`bad instant ${iso}`);
  return r.data;
}

/** Builds the 49 candidates, ordered and numbered by submission time as a registry would. */
export function buildCall2022(): BuiltCandidate[] {
  const rng = prng(2022);
  lateCount = 0;
  const built = plans(rng).map((plan, i) => build(rng, plan, i));
  const order = built
    .map((c, i) => ({ c, i, t: instant(c.application.submittedAt!) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  return order.map(({ c }, i) => {
    const id = `EX-2022-${String(i + 1).padStart(2, "0")}`;
    return { ...c, id, application: { ...c.application, id } };
  });
}

/** The example JSON files under `examples/`, by file name. Pure. */
export function renderExampleFiles(): Record<string, string> {
  const candidates = buildCall2022();
  const first = (s: Scenario) => candidates.find((c) => c.scenario === s)!.application;
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const invalid = {
    ...first("clean"),
    budget: { lines: [{ category: "staff", amount: "120000.005" }], requestedGrant: "1e5" },
  };
  return {
    "application-2022.json": json(first("clean")),
    "application-2022-late.json": json(first("late")),
    "application-2022-review.json": json(first("softwareLicences")),
    "application-2022-invalid.json": json(invalid),
    "application-2021.json": json(earlierEditionExamples["2021"][0]!.application),
    "call-2022.json": json({ edition: "2022", candidates }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(EXAMPLES_DIR_URL, { recursive: true });
  for (const [name, text] of Object.entries(renderExampleFiles())) writeFileSync(new URL(name, EXAMPLES_DIR_URL), text);
  console.log(`wrote ${Object.keys(renderExampleFiles()).length} files in ${fileURLToPath(EXAMPLES_DIR_URL)}`);
}
