import { parseApplication } from "../src/application/parse.js";
import { assess, assessApplication } from "../src/assess/assess.js";
import { getEdition } from "../src/editions/registry.js";
import { type BenchSuite, measureInterleaved } from "./measure.js";

// A typical 2022 application: a lead municipality, three partner municipalities, an association,
// five budget lines (one with VAT, one software licence), every text content.
const APPLICATION = {
  id: "BENCH-2022",
  edition: "2022",
  submittedAt: "2022-04-25T15:30:00+03:00",
  applicant: { type: "municipality", code: "444", name: "Lohja" },
  participants: [
    { type: "municipality", code: "049", name: "Espoo" },
    { type: "municipality", code: "091", name: "Helsinki" },
    { type: "municipality", code: "092", name: "Vantaa" },
    { type: "association", name: "Kuntaliitto", businessId: "0201256-6" },
  ],
  project: {
    name: "Tiedon laatu kuntien tiedonhallinnassa",
    focusArea: "dataQuality",
    declarations: { socialAndHealthCare: false, digitisationOnly: false },
    start: "2022-08-01",
    end: "2024-09-30",
    objectives: "Tietoaineistojen laadun kuvaaminen, arviointi ja kehittäminen osana tiedonhallintaa.",
    measures: "Laatukriteerit, arviointi, koulutus ja käyttöönotto neljässä kunnassa.",
    results: "Kuvatut ja arvioidut tietoaineistot sekä osaava henkilöstö.",
    disseminationPlan: "Mallit ja aineistot julkaistaan avoimesti muiden kuntien käyttöön.",
    schedule: "8/2022 kartoitus, 2023 pilotit, 2024 levitys ja arviointi.",
    organisation: "Lohja hallinnoi; ohjausryhmässä kaikki kunnat.",
    relatedProjects: "Jatkaa aiempia tiedolla johtamisen hankkeita.",
  },
  budget: {
    lines: [
      { category: "staff", amount: "148900.00", description: "Projektipäällikkö ja asiantuntijat" },
      { category: "services", amount: "139966.00", vat: "33591.84", description: "Ostopalvelut" },
      { category: "travel", amount: "2978.00" },
      { category: "materials", amount: "5956.00" },
      { category: "softwareLicences", amount: "4500.00", necessary: true },
    ],
    requestedGrant: "250000.00",
  },
};

// Four copies that differ in their submission minute, taken in turn: the time kernel remembers the
// last instant it read (the rules read the submission time the input contract has just read), and
// one object repeated would let each call reuse the previous call's reading, as no real one can.
const APPLICATIONS = [0, 1, 2, 3].map((m) => ({ ...APPLICATION, submittedAt: `2022-04-25T15:3${m}:00+03:00` }));
let turn = 0;
const next = () => APPLICATIONS[turn++ & 3]!;

const suite: BenchSuite = () => {
  const parsed = parseApplication(APPLICATION);
  if (!parsed.success) throw new Error("the benchmark application must parse");
  const edition = getEdition("2022");
  // In turns, ten rounds of ten samples of 200 calls each, after a second of untimed calls of each
  // row: every row's samples span the whole run (see measureInterleaved).
  return measureInterleaved([
    { name: "assess: parse + assess, typical 2022 application", fn: () => assess(next()), target: "< 0.020 ms" },
    { name: "assess: parseApplication only", fn: () => parseApplication(next()) },
    { name: "assess: assessApplication (already parsed)", fn: () => assessApplication(parsed.data, edition) },
    { name: "assess: parse + assess, English messages", fn: () => assess(next(), { locale: "en" }) },
  ]);
};
export default suite;
