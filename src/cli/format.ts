import type { ApplicationInput } from "../application/schema.js";
import type { Assessment, AssessmentStatus, Finding, ParsedAssessment } from "../assess/types.js";
import { RECIPIENT_MODEL_TITLES, type RecipientModel } from "../editions/recipients.js";
import { findEdition } from "../editions/registry.js";
import type { Amount } from "../money/amount.js";
import { minAmount } from "../money/arithmetic.js";
import { formatAmount } from "../money/format.js";
import { passOnPlan } from "../passOn/passOnPlan.js";
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

/**
 * A joint project's money, for a parsed assessment: each party's costs, stated funding and share of
 * the maximum grant (893/2019 6 § 2 mom. 5 k.); how `granted` (by default the grant that can be
 * awarded: the grant applied for, at most the maximum) is shared among the parties under the
 * recipient model (the edition's, or `recipients`; without either, a line that says so); and the
 * notices. Each table fits 120 columns.
 */
export function jointProjectLines(
  a: ParsedAssessment,
  locale: Locale,
  {
    recipients,
    granted = minAmount(a.budget.requestedGrant, a.budget.maxGrant),
  }: { readonly recipients?: RecipientModel | undefined; readonly granted?: Amount } = {},
): string[] {
  const out: string[] = [];
  const eur = (x: string) => formatAmount(x, locale);
  // In the tables the heading says "euros", so that seven columns fit in 120. The euro sign is
  // escaped: the built command must stay ASCII (tsup.config.ts).
  const num = (x: string) => eur(x).replace(/^\u20ac|\s\u20ac$/u, "");
  const name = (n: string) => wrap(n, 30).join("\n");
  const b = a.budget;
  out.push("", cliText("cli.label.parties", {}, locale));
  const headers = ["party", "role", "costs", "eligible", "vat", "financing", "maxShare"] as const;
  const rows = b.parties.map((p) => [
    name(p.key && p.key !== p.name ? `${p.name} (${p.key})` : p.name),
    cliText(`cli.role.${p.role}`, {}, locale),
    num(p.totalCosts),
    num(p.eligibleCosts),
    num(p.vat),
    p.financing === null ? "–" : num(p.financing),
    num(p.maxGrantShare),
  ]);
  out.push(
    ...table(
      headers.map((h) => cliText(`cli.col.${h}`, {}, locale)),
      rows,
      [2, 3, 4, 5, 6],
    )
      .split("\n")
      .map((l) => `  ${l}`),
  );
  const plan = passOnPlan(a, granted, { locale, ...(recipients ? { recipientModel: recipients } : {}) });
  if (plan.success) {
    const p = plan.data;
    out.push(
      "",
      ...wrap(
        cliText(
          "cli.label.passOn",
          { amount: eur(p.granted), model: RECIPIENT_MODEL_TITLES[p.recipients.model][locale] },
          locale,
        ),
        118,
      ),
    );
    const shares = p.shares.map((s) => [
      name(s.name),
      num(s.eligibleCosts),
      num(s.amount),
      cliText(`cli.receipt.${s.receipt}`, {}, locale),
    ]);
    const t = tableLines(
      (["party", "eligible", "share", "receipt"] as const).map((h) => cliText(`cli.col.${h}`, {}, locale)),
      shares,
      [1, 2],
    );
    for (const line of t.header) out.push(`  ${line}`);
    t.rows.forEach((row, i) => {
      for (const line of row) out.push(`  ${line}`);
      for (const note of p.shares[i]!.contractingEntity)
        for (const l of wrap(note.message, 110)) out.push(`      ${l}`);
    });
  } else if (plan.issues.some((i) => i.code === "passOn.recipientModelMissing")) {
    out.push("", ...wrap(cliText("cli.label.passOnUnknown", {}, locale), 118));
  }
  if (a.notices.length > 0) {
    out.push("", cliText("cli.label.notices", {}, locale));
    for (const n of a.notices) {
      out.push(...wrap(n.message, 112).map((l, i) => `  ${i === 0 ? "* " : "  "}${l}`));
      out.push(`      ${n.citation}`);
    }
  }
  return out;
}
