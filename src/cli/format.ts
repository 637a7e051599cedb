import type { ApplicationInput } from "../application/schema.js";
import type { Assessment, AssessmentStatus, Finding } from "../assess/types.js";
import { findEdition } from "../editions/registry.js";
import { findMunicipality } from "../reference/municipalities.js";
import type { Locale } from "../vocabulary/locale.js";
import { cliText } from "./messages.js";

/** The mark of an outcome in text output. */
export const OUTCOME_MARK: Readonly<Record<Finding["outcome"], string>> = {
  pass: "✓",
  fail: "✗",
  review: "!",
  missing: "?",
};

/** A status as a reader sees it: `tukikelpoinen`, `needs review`. */
export function statusText(status: AssessmentStatus, locale: Locale): string {
  return cliText(`cli.status.${status}`, {}, locale);
}

/**
 * A plain-text table: columns padded to their widest cell; `right` columns aligned right (amounts).
 * A cell may hold several lines (`"\n"`, e.g. from {@link wrap}); its row then takes that many.
 * The last column is not padded, so long reasons do not pad every line.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const t = tableLines(headers, rows, right);
  return [...t.header, ...t.rows.flat()].join("\n");
}

/** {@link table} in parts: the header and its rule, then the lines of each row. */
export function tableLines(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] } {
  const lines = (cell: string | undefined) => (cell ?? "").split("\n");
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.flatMap((r) => lines(r[i]).map((l) => l.length))));
  // The rule under a long last column stops at 40 characters.
  const rules = widths.map((w, i) =>
    "─".repeat(i === widths.length - 1 && !right.includes(i) ? Math.min(w, Math.max(40, headers[i]!.length)) : w),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 && !right.includes(i)
          ? c
          : right.includes(i)
            ? c.padStart(widths[i]!)
            : c.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  const row = (cells: readonly string[]) => {
    const split = cells.map(lines);
    const height = Math.max(...split.map((l) => l.length));
    return Array.from({ length: height }, (_, k) => line(split.map((l) => l[k] ?? "")));
  };
  return { header: [line(headers), line(rules)], rows: rows.map(row) };
}

/**
 * A text broken into lines of at most `width` characters, at spaces only. Amounts and dates are
 * written with no-break spaces (`1 496 000,00 €`), so a number is never cut; a word longer than
 * the width keeps a line of its own.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  out.push(line);
  return out;
}

/** The applicant's name: its own, or the municipality's name in the edition's register. */
export function applicantName(application: ApplicationInput, locale: Locale): string {
  const { applicant } = application;
  if (applicant.type !== "municipality") return applicant.name;
  const edition = findEdition(application.edition);
  const m = edition.success ? findMunicipality(applicant.code, edition.data.registerYear) : undefined;
  if (m) return locale === "sv" ? m.nameSv : m.nameFi;
  return applicant.name ?? applicant.code;
}

/** The finding that best says why an application is not eligible: the first failure, else the first review or missing answer. */
export function mainFinding(assessment: Assessment): Finding | undefined {
  return (
    assessment.findings.find((f) => f.outcome === "fail") ??
    assessment.findings.find((f) => f.outcome === "review" || f.outcome === "missing")
  );
}
