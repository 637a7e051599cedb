import { compareDates, parseCalendarDate, type CalendarDate } from "../time/instant.js";
import { deepFreeze } from "../vocabulary/freeze.js";
import { isRecord, readList } from "../vocabulary/read.js";

/**
 * The reference rate of the Interest Act for one half-year (viitekorko, korkolaki 633/1982 12 §): the
 * rate the European Central Bank applied in its last main refinancing operation before the first day
 * of the half-year, rounded up to the next half percentage point, announced by Suomen Pankki (12 a §).
 * 688/2001 24 § adds 3 points to it, korkolaki 4 § 1 mom. (688/2001 25 §, 1113/2018) 7 points.
 */
export interface ReferenceRate {
  /** The first day of the half-year: 1 January or 1 July. */
  readonly from: CalendarDate;
  /** The last day of the half-year: 30 June or 31 December of the same year. */
  readonly to: CalendarDate;
  /** The reference rate in percent a year, a decimal string: `"2.5"` is 2,5 %. */
  readonly rate: string;
  /** Where the rate comes from: Suomen Pankki's notice, or the rule it was inferred by. */
  readonly source: string;
  /** `sourced` when a notice was read, `inferred` when the rule of 12 § and the ECB's rate give it. */
  readonly certainty: "sourced" | "inferred";
  /** How an inferred rate was reached; absent for a sourced one. */
  readonly note?: string;
}

const RULE = "korkolaki 633/1982 12 §";
const ZERO_NOTE =
  "Inferred from korkolaki 12 §: the ECB main refinancing rate was 0,00 % from March 2016 until late July 2022, so every half-year that began in that span rounds to 0,0 % (a local paper reports a 0,0 % half-year: https://aamuset.fi/artikkeli/5179850). To be confirmed from Suomen Pankki's notices.";

function zero(from: CalendarDate, to: CalendarDate): ReferenceRate {
  return { from, to, rate: "0.0", source: RULE, certainty: "inferred", note: ZERO_NOTE };
}

/**
 * The reference rates from 1.1.2019 (the first half-year a digikannustin grant could be paid in) to the
 * last half-year a source was found for, as call-facts §6.4 records them. Nothing after 30.6.2026: a
 * later half-year is the caller's to pass (`rates`), never a guess of the library.
 */
export const REFERENCE_RATES: readonly ReferenceRate[] = deepFreeze([
  zero("2019-01-01", "2019-06-30"),
  zero("2019-07-01", "2019-12-31"),
  zero("2020-01-01", "2020-06-30"),
  zero("2020-07-01", "2020-12-31"),
  zero("2021-01-01", "2021-06-30"),
  zero("2021-07-01", "2021-12-31"),
  zero("2022-01-01", "2022-06-30"),
  zero("2022-07-01", "2022-12-31"),
  {
    from: "2023-01-01",
    to: "2023-06-30",
    rate: "2.5",
    source: "Suomen Pankin ilmoitus SDK 1276/2022, https://finlex.fi/en/legislation/2022/1276",
    certainty: "sourced",
  },
  {
    from: "2023-07-01",
    to: "2023-12-31",
    rate: "4.0",
    source: RULE,
    certainty: "inferred",
    note: "Inferred from korkolaki 12 §: the ECB main refinancing rate was 4,00 % from June 2023. To be confirmed from Suomen Pankki's notice.",
  },
  {
    from: "2024-01-01",
    to: "2024-06-30",
    rate: "4.5",
    source: "https://y-lehti.fi/korkolain-mukainen-viitekorko-ja-viivastyskorot-1-1-30-6-2024",
    certainty: "sourced",
  },
  {
    from: "2024-07-01",
    to: "2024-12-31",
    rate: "4.5",
    source:
      "Suomen Pankin ilmoitus 25.6.2024, https://taloasemahelsinki.fi/suomen-pankin-ilmoitus-viitekorosta-ja-viivastyskoroista/",
    certainty: "sourced",
  },
  {
    from: "2025-01-01",
    to: "2025-06-30",
    rate: "3.5",
    source: "Suomen Pankin ilmoitus (late interest 10,5 %), as quoted in a stored public page (call-facts §6.4)",
    certainty: "sourced",
  },
  {
    from: "2025-07-01",
    to: "2025-12-31",
    rate: "2.5",
    source: RULE,
    certainty: "inferred",
    note: "Inferred from korkolaki 12 §: the ECB main refinancing rate was 2,15 % from June 2025, rounded up to 2,5 %. To be confirmed from Suomen Pankki's notice.",
  },
  {
    from: "2026-01-01",
    to: "2026-06-30",
    rate: "2.5",
    source:
      "https://www.sttinfo.fi/tiedote/71709487/korkolain-mukainen-viitekorko-ja-viivastyskorot-11-3062026?lang=fi",
    certainty: "sourced",
  },
]);

/** The most half-years a table may hold: two centuries. */
const MAX_RATES = 400;
/** A rate in percent, at most two integer digits and four decimals; a reference rate has never been negative. */
const RATE = /^\d{1,2}(\.\d{1,4})?$/;
const SOURCE_MAX = 1000;

/** Where a passed table is wrong: the index of the half-year (or `null` for the list) and the field. */
export interface RatesFault {
  /** The index in the list; `null` when the list itself is not one. */
  readonly index: number | null;
  /** The field, or `"order"` when a half-year does not follow the one before. */
  readonly field: string;
}

/** The half-year's end for a start date: 30.6. for 1.1., 31.12. for 1.7.; `null` for any other day. */
function halfYearEnd(from: CalendarDate): CalendarDate | null {
  const md = from.slice(5);
  return md === "01-01" ? `${from.slice(0, 4)}-06-30` : md === "07-01" ? `${from.slice(0, 4)}-12-31` : null;
}

/** The first day of the half-year after the one that ends on `to`. */
export function nextHalfYear(to: CalendarDate): CalendarDate {
  return to.slice(5) === "06-30"
    ? `${to.slice(0, 4)}-07-01`
    : `${String(Number(to.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
}

/**
 * Reads a table of reference rates passed by a caller: a non-empty list of whole, consecutive
 * half-years in date order, each with its rate, source and certainty. Gives the first fault, or the
 * table as plain frozen data.
 */
export function readRates(
  input: unknown,
): { readonly rates: readonly ReferenceRate[] } | { readonly fault: RatesFault } {
  const list = readList(input, MAX_RATES);
  if (list.kind !== "list" || list.items.length === 0) return { fault: { index: null, field: "rates" } };
  const out: ReferenceRate[] = [];
  for (const [index, item] of list.items.entries()) {
    const bad = (field: string) => ({ fault: { index, field } });
    if (!isRecord(item)) return bad("rates");
    const from = parseCalendarDate(item["from"]);
    const end = from.success ? halfYearEnd(from.data) : null;
    if (!from.success || end === null) return bad("from");
    const to = parseCalendarDate(item["to"]);
    if (!to.success || compareDates(to.data, end) !== 0) return bad("to");
    const rate = item["rate"];
    if (typeof rate !== "string" || !RATE.test(rate)) return bad("rate");
    const source = item["source"];
    if (typeof source !== "string" || source.length === 0 || source.length > SOURCE_MAX) return bad("source");
    const certainty = item["certainty"];
    if (certainty !== "sourced" && certainty !== "inferred") return bad("certainty");
    const note = item["note"];
    if (note !== undefined && (typeof note !== "string" || note.length > SOURCE_MAX)) return bad("note");
    const previous = out.at(-1);
    if (previous !== undefined && compareDates(nextHalfYear(previous.to), from.data) !== 0) return bad("order");
    out.push({ from: from.data, to: end, rate, source, certainty, ...(note === undefined ? {} : { note }) });
  }
  return { rates: deepFreeze(out) };
}
