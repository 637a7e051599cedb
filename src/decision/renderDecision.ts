import { formatMessage } from "../messages/catalogue.js";
import type { Locale } from "../vocabulary/locale.js";
import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import type { DecisionParty, DecisionRecord } from "./decision.js";

/**
 * A decision record as Markdown text in Finnish, Swedish or English: a draft grant decision
 * (avustuspäätöksen luonnos) with one section per part that 688/2001 11 § names, each followed by
 * the provision it rests on in parentheses. Pure; the same record and locale give the same text.
 *
 * @example
 * ```ts
 * const text = renderDecision(record, "fi");
 * text.split("\n")[0]; //=> "# Avustuspäätöksen luonnos: Vuoden 2022 avustus kuntien digitalisaation edistämiseen"
 * text.includes("## Käyttöaika");  //=> true
 * text.includes("30.9.2024");      //=> true
 * ```
 */
export function renderDecision(record: DecisionRecord, locale: Locale): string {
  const t = (code: Parameters<typeof formatMessage>[0], params: object = {}) =>
    formatMessage(code, params as never, locale);
  const cite = (citation: string) => `(${citation})`;
  const lines: string[] = [];
  const section = (heading: string, ...body: string[]) => lines.push("", `## ${heading}`, "", ...body);

  lines.push(
    `# ${t("decision.heading", { title: record.call.title[locale] })}`,
    "",
    `*${t("decision.disclaimer")}*`,
    "",
  );
  lines.push(`${t("decision.application")}: ${record.id}`);

  section(
    t("decision.recipient"),
    `${party(record.recipient.party, locale, t)} ${cite(record.recipient.citation)}`,
    "",
    `${t("decision.agreement")} ${cite(record.recipient.agreementCitation)}`,
  );
  const co = record.coImplementers.parties;
  section(
    t("decision.coImplementers"),
    ...(co.length > 0 ? co.map((p) => `- ${party(p, locale, t)}`) : [t("decision.none")]),
  );

  const purpose = [`${record.purpose.project} ${cite(record.purpose.citation)}`];
  const focus = record.purpose.focusArea;
  if (focus) purpose.push("", `${t("decision.focusArea", { title: focus.title[locale] })} ${cite(focus.citation)}`);
  section(t("decision.purpose"), ...purpose);

  section(
    t("decision.maximumAmount"),
    `${formatAmount(record.maximumAmount.amount, locale)} ${cite(record.maximumAmount.citation)}`,
  );
  const share = record.maximumShare;
  section(
    t("decision.maximumShare"),
    `${t("decision.rate", { rate: share.rate })} ${cite(share.citation)}`,
    "",
    t("decision.share", { share: share.grantedShare, eligibleCosts: share.eligibleCosts }),
  );

  const category = (c: DecisionRecord["costs"]["eligible"][number]) =>
    `- ${c.title[locale]}${c.condition ? `: ${c.condition[locale]}` : ""} ${cite(c.citation)}`;
  const vat = record.costs.vatEligible ? [] : ["", `${t("decision.vat")} ${cite(record.costs.vatCitation)}`];
  section(t("decision.eligibleCosts"), ...record.costs.eligible.map(category), ...vat);
  if (record.costs.ineligible.length > 0)
    section(t("decision.ineligibleCosts"), ...record.costs.ineligible.map(category));

  section(
    t("decision.periodOfUse"),
    `${t("decision.until", { date: formatDate(record.periodOfUse.until, locale) })} ${cite(record.periodOfUse.citation)}`,
  );

  const reporting = [`${record.reporting.finalReport[locale]} ${cite(record.reporting.citation)}`];
  if (record.reporting.auditorStatement) reporting.push("", t("decision.auditorStatement"));
  section(t("decision.reporting"), ...reporting);

  if (record.conditionsOfUse.length > 0) {
    section(
      t("decision.conditionsOfUse"),
      ...record.conditionsOfUse.map((c) => `- ${c.title[locale]} ${cite(c.citation)}`),
    );
  }
  section(
    t("decision.legalBasis"),
    `${record.legalBasis.acts.join(", ")} ${cite(record.legalBasis.citation)}`,
    "",
    `${record.legalBasis.budgetItem} ${cite(record.legalBasis.budgetItemCitation)}`,
  );
  section(
    t("decision.appealHeading"),
    `${t("decision.rectification", { days: record.rectification.days })} ${cite(record.rectification.citation)}`,
  );
  return `${lines.join("\n")}\n`;
}

function party(p: DecisionParty, locale: Locale, t: (code: "decision.municipality", params: object) => string): string {
  const name = p.name[locale];
  if (p.code !== null) return name === p.code ? t("decision.municipality", { id: p.code }) : `${name} (${p.code})`;
  return p.businessId ? `${name} (${p.businessId})` : name;
}
