import {
  type ApplicationInput,
  type Assessment,
  type AssessmentStatus,
  type Finding,
  type Locale,
  findEdition,
  findMunicipality,
} from "../index.js";
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
 * The last column is not padded, so long reasons do not pad every line.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
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
  return [line(headers), line(rules), ...rows.map(line)].join("\n");
}

/** The distinct municipality codes of an application: applicant, participants, and those a joint authority applies for. */
export function municipalityCodes(application: ApplicationInput): string[] {
  const codes = new Set<string>();
  const { applicant } = application;
  if (applicant.type === "municipality") codes.add(applicant.code);
  if (applicant.type === "jointAuthority") for (const c of applicant.onBehalfOf ?? []) codes.add(c);
  for (const p of application.participants ?? []) if (p.type === "municipality") codes.add(p.code);
  return [...codes];
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
