// parse + assess of a typical 2022 application, against the hand-written check of the same eight
// rules (handwritten.ts) on the same input objects: the ratio of issue 9 (target: library ≤ 3×).
import { assess, assessApplication, getEdition, parseApplication } from "../src/index.js";
import { checkApplication } from "./handwritten.js";
import { type BenchSuite, measure } from "./measure.js";

// A typical 2022 application: a lead municipality, three partner municipalities, an association,
// five budget lines (one with VAT, one software licence), every text content.
export const APPLICATION = {
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
    declarations: { socialAndHealthCare: false, digitisationOnly: false, employerSanctions: false },
    start: "2022-08-01",
    end: "2024-09-30",
    objectives: "Tietoaineistojen laadun kuvaaminen, arviointi ja kehittäminen osana tiedonhallintaa.",
    measures: "Laatukriteerit, arviointi, koulutus ja käyttöönotto neljässä kunnassa.",
    results: "Kuvatut ja arvioidut tietoaineistot sekä osaava henkilöstö.",
    disseminationPlan: "Mallit ja aineistot julkaistaan avoimesti muiden kuntien käyttöön.",
    schedule: "8/2022 kartoitus, 2023 pilotit, 2024 levitys ja arviointi.",
    organisation: "Lohja hallinnoi; ohjausryhmässä kaikki kunnat.",
    relatedProjects: "Jatkaa aiempia tiedolla johtamisen hankkeita.",
    operationalChange: "Laatutyö otetaan osaksi tiedonhallinnan vuosikelloa jokaisessa kunnassa.",
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

// Four copies that differ in their submission minute, taken in turn by every row, so that no call
// can reuse anything read by the call before it, as no real one can.
const APPLICATIONS = [0, 1, 2, 3].map((m) => ({ ...APPLICATION, submittedAt: `2022-04-25T15:3${m}:00+03:00` }));
let turn = 0;
const next = () => APPLICATIONS[turn++ & 3]!;

const suite: BenchSuite = () => {
  const parsed = parseApplication(APPLICATION);
  if (!parsed.success) throw new Error("the benchmark application must parse");
  if (checkApplication(APPLICATION)?.status !== assess(APPLICATION).status) {
    throw new Error("the hand-written check must agree with assess on the benchmark application");
  }
  const edition = getEdition("2022");
  // In turns, ten rounds of 200 ms of each row after a second of untimed calls of each (see measure).
  const rows = measure([
    { name: "assess: parse + assess, typical 2022 application", fn: () => assess(next()), target: "< 0.020 ms" },
    { name: "assess: hand-written check of the eight rules (baseline)", fn: () => checkApplication(next()) },
    { name: "assess: parseApplication only", fn: () => parseApplication(next()) },
    { name: "assess: assessApplication (already parsed)", fn: () => assessApplication(parsed.data, edition) },
    { name: "assess: parse + assess, English messages", fn: () => assess(next(), { locale: "en" }) },
  ]);
  return {
    rows,
    ratios: [
      {
        name: "assess: parse + assess / hand-written check",
        library: rows[0]!.medianMs,
        baseline: rows[1]!.medianMs,
        unit: "ms",
        target: 3,
      },
    ],
  };
};
export default suite;
