import type { RegisterYear } from "../../vocabulary/codes.js";

/** A municipality that was merged into another after a register year, so it is missing from the 2022 list. */
export interface DissolvedMunicipality {
  /** The municipality as a register row, `code;nameFi;nameSv;area`. */
  readonly row: string;
  /** The last register year it is in: it was merged on 1 January of the next year. */
  readonly lastYear: RegisterYear;
  /** The code of the municipality it was merged into. */
  readonly mergedInto: string;
}

/**
 * Municipal mergers (kuntaliitokset) between the 2019 and 2022 registers. Read from dated snapshots
 * of the postal-code data set (theikkila/postinumerot) and in line with the mergers of 1.1.2020 and
 * 1.1.2021. No municipality was created or merged on 1.1.2022, so the
 * 2021 register equals the 2022 one.
 */
export const DISSOLVED: readonly DissolvedMunicipality[] = [
  // Honkajoki was merged into Kankaanpää (214) on 1.1.2021.
  { row: "099;Honkajoki;Honkajoki;M", lastYear: 2020, mergedInto: "214" },
  // Valtimo was merged into Nurmes (541) on 1.1.2020.
  { row: "911;Valtimo;Valtimo;M", lastYear: 2019, mergedInto: "541" },
];
