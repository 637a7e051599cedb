import { REGISTER_YEARS, type RegisterYear } from "../vocabulary/codes.js";
import { DISSOLVED } from "./data/mergers.js";
import { REGISTER_2022 } from "./data/municipalities.js";

/** A municipality (kunta) of one year's register (kuntaluettelo). */
export interface Municipality {
  /** The three-digit Statistics Finland code, e.g. `"091"` (Helsinki). */
  readonly code: string;
  /** The Finnish name, e.g. `"Pietarsaari"`. */
  readonly nameFi: string;
  /** The Swedish name, e.g. `"Jakobstad"`; the Finnish name where there is no Swedish one. */
  readonly nameSv: string;
  /** Whether the municipality is in Åland (Ahvenanmaa). */
  readonly aland: boolean;
}

interface Register {
  readonly list: readonly Municipality[];
  readonly byCode: ReadonlyMap<string, Municipality>;
  readonly byName: ReadonlyMap<string, Municipality>;
}

// Built once per year on first use; the registers are immutable, so the cache is not observable.
const registers = new Map<RegisterYear, Register>();

function toMunicipality(row: string): Municipality {
  const [code, nameFi, nameSv, area] = row.split(";") as [string, string, string, string];
  return Object.freeze({ code, nameFi, nameSv, aland: area === "A" });
}

/** Case- and diacritic-insensitive key: `"Hämeenlinna"`, `"HAMEENLINNA"` → `"hameenlinna"`; å → a. */
function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function isRegisterYear(year: unknown): year is RegisterYear {
  return (REGISTER_YEARS as readonly unknown[]).includes(year);
}

function register(year: RegisterYear): Register {
  const cached = registers.get(year);
  if (cached) return cached;
  const rows = [...REGISTER_2022, ...DISSOLVED.filter((d) => d.lastYear >= year).map((d) => d.row)].sort();
  const list = Object.freeze(rows.map(toMunicipality));
  const byCode = new Map(list.map((m) => [m.code, m] as const));
  const byName = new Map<string, Municipality>();
  for (const m of list) {
    byName.set(nameKey(m.nameFi), m);
    byName.set(nameKey(m.nameSv), m);
  }
  const built = { list, byCode, byName };
  registers.set(year, built);
  return built;
}

/**
 * The municipality register (kuntaluettelo) of a year, sorted by code and frozen: 2019 has 311
 * municipalities, 2020 has 310 (Valtimo merged into Nurmes), 2021 and 2022 have 309 (Honkajoki
 * merged into Kankaanpää), 16 of them in Åland. A call edition uses its `registerYear`.
 * Throws a `RangeError` naming the valid years when given another year at run time.
 *
 * @example
 * ```ts
 * municipalities(2022).length; //=> 309
 * municipalities(2019).length; //=> 311
 * municipalities(2022)[0];     //=> { code: "005", nameFi: "Alajärvi", nameSv: "Alajärvi", aland: false }
 * ```
 */
export function municipalities(year: RegisterYear): readonly Municipality[] {
  if (!isRegisterYear(year)) {
    throw new RangeError(
      `No municipality register for ${String(year)}; registers exist for ${REGISTER_YEARS.join(", ")}.`,
    );
  }
  return register(year).list;
}

/**
 * The municipality with a Statistics Finland code in a year's register, or `undefined` when the
 * code did not exist that year (e.g. Honkajoki `"099"` after 2020). Never throws.
 *
 * @example
 * ```ts
 * findMunicipality("099", 2020)?.nameFi; //=> "Honkajoki"
 * findMunicipality("099", 2022);         //=> undefined
 * findMunicipality("478", 2022)?.aland;  //=> true (Maarianhamina – Mariehamn)
 * ```
 */
export function findMunicipality(code: string, year: RegisterYear): Municipality | undefined {
  if (typeof code !== "string" || !isRegisterYear(year)) return undefined;
  return register(year).byCode.get(code);
}

/**
 * The municipality with a Finnish or Swedish name in a year's register, ignoring case, accents
 * and surrounding spaces (`"JAKOBSTAD"`, `"hameenlinna"`, `"Vardo"` all match). Never throws.
 *
 * @example
 * ```ts
 * findMunicipalityByName("pietarsaari", 2022)?.code; //=> "598"
 * findMunicipalityByName("Tavastehus", 2022)?.code;  //=> "109"
 * findMunicipalityByName("Valtimo", 2020);           //=> undefined
 * ```
 */
export function findMunicipalityByName(name: string, year: RegisterYear): Municipality | undefined {
  if (typeof name !== "string" || !isRegisterYear(year)) return undefined;
  return register(year).byName.get(nameKey(name));
}
