import { formatMessage } from "../messages/catalogue.js";
import { type Locale, checkLocale } from "../vocabulary/locale.js";
import { citationIn } from "../vocabulary/words.js";
import { formatAmount } from "../money/format.js";
import { formatDate } from "../time/format.js";
import { RECIPIENT_MODEL_TITLES } from "../editions/recipients.js";
import { isZeroAmount } from "../money/arithmetic.js";
import { shareMessageCode } from "../passOn/passOnPlan.js";
import type { DecisionParty, DecisionRecord, DecisionShare } from "./decision.js";

/**
 * A decision record as Markdown text in Finnish, Swedish or English: a draft grant decision
 * (avustuspäätöksen luonnos) with one section per part that 688/2001 11 § names — the recipients
 * under their model (the administrator, or the municipalities jointly with their joint and several
 * liability), each party's share, and the agreement for what is passed on (688/2001 7 § 3 mom.) — each followed by
 * the provision it rests on in parentheses (in Swedish as the Swedish statute numbers it), and the
 * rectification instructions of 688/2001 34 § as worded on the decision date. Pure; the same record
 * and locale give the same text.
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
  checkLocale("renderDecision", locale);
  const t = (code: Parameters<typeof formatMessage>[0], params: object = {}) =>
    formatMessage(code, params as never, locale);
  const cite = (citation: string) => `(${citationIn(citation, locale)})`;
  const date = (d: string) => formatDate(d, locale);
  const eur = (amount: string) => formatAmount(amount, locale);
  const lines: string[] = [];
  const section = (heading: string, ...body: string[]) => lines.push("", `## ${heading}`, "", ...body);

  lines.push(
    `# ${t("decision.heading", { title: record.call.title[locale] })}`,
    "",
    `*${t("decision.disclaimer")}*`,
    "",
  );
  lines.push(`${t("decision.application")}: ${record.id}`);

  const rec = record.recipients;
  const title = RECIPIENT_MODEL_TITLES[rec.model][locale];
  const model =
    rec.source === "option"
      ? t("decision.modelGiven", { title })
      : t("decision.modelFromSources", { title, inferred: rec.certainty !== "sourced" });
  if (rec.liabilityCitation === null) {
    section(
      t("decision.recipient"),
      ...rec.parties.map((p) => `${party(p, locale, t)} ${cite(rec.citation)}`),
      "",
      `${model} ${cite(rec.modelCitation)}`,
    );
  } else {
    section(
      t("decision.recipientsJoint"),
      ...(rec.parties.length > 0
        ? rec.parties.map((p) => `- ${party(p, locale, t)} ${cite(rec.citation)}`)
        : [t("decision.none")]),
      "",
      `${t("decision.jointLiability")} ${cite(rec.liabilityCitation)}`,
      "",
      `${model} ${cite(rec.modelCitation)}`,
    );
  }
  const co = record.coImplementers.parties;
  section(
    t("decision.coImplementers"),
    ...(co.length > 0 ? co.map((p) => `- ${party(p, locale, t)}`) : [t("decision.none")]),
  );

  const shareName = (s: DecisionShare) => {
    const name = s.name[locale];
    return s.key !== null && s.key !== name ? `${name} (${s.key})` : name;
  };
  const shareLine = (s: DecisionShare) => {
    const code = shareMessageCode(s.receipt, rec.model, s.eligibleCosts);
    const params = { name: shareName(s), amount: s.amount, eligibleCosts: s.eligibleCosts };
    const notes = s.contractingEntity.map(
      (n) =>
        `  - ${t("passOn.contractingEntity", { name: shareName(s), line: n.line, value: n.value, fromGrant: n.fromGrant })} ${cite(n.citation)}`,
    );
    return [`- ${t(code, params)} ${cite(s.citation)}`, ...notes];
  };
  section(
    t("decision.shares"),
    `${t("decision.sharesBasis")} ${cite(record.shares.citation)}`,
    "",
    ...record.shares.parties.flatMap(shareLine),
  );
  const agreement = record.agreement;
  if (agreement) {
    const passed = record.shares.parties.filter((s) => s.receipt === "passedOn" && !isZeroAmount(s.amount));
    section(
      t("decision.agreementHeading"),
      `${t(agreement.by === "administrator" ? "decision.agreement" : "decision.agreementJoint")} ${cite(agreement.citation)}`,
      "",
      `${t("decision.agreementCovers")} ${cite(`${agreement.citation}; ${agreement.supervisionCitation}`)}`,
      "",
      t("decision.passedOnAmounts"),
      "",
      ...passed.map((s) => `- ${shareName(s)}: ${eur(s.amount)}`),
    );
  }

  const purpose = [`${record.purpose.project} ${cite(record.purpose.citation)}`];
  const focus = record.purpose.focusArea;
  if (focus) purpose.push("", `${t("decision.focusArea", { title: focus.title[locale] })} ${cite(focus.citation)}`);
  section(t("decision.purpose"), ...purpose);

  section(t("decision.maximumAmount"), `${eur(record.maximumAmount.amount)} ${cite(record.maximumAmount.citation)}`);
  const cut = record.reduction;
  if (cut) {
    const why = cut.reasons.map((reason) =>
      reason === "maximum"
        ? t("decision.reducedToMaximum", {
            maxGrant: cut.maxGrant,
            rate: record.maximumShare.rate,
            eligibleCosts: record.maximumShare.eligibleCosts,
          })
        : t(reason === "unit" ? "decision.reducedToUnit" : "decision.reducedToAppropriation", {
            grantable: cut.grantable,
          }),
    );
    section(
      t("decision.reduction"),
      t("decision.reduced", { requested: cut.requested, granted: cut.granted }),
      "",
      `${why.join(" ")} ${cite(cut.citation)}`,
    );
  }
  const share = record.maximumShare;
  section(
    t("decision.maximumShare"),
    `${t("decision.rate", { rate: share.rate })} ${cite(share.citation)}`,
    "",
    t("decision.share", { share: share.grantedShare, eligibleCosts: share.eligibleCosts }),
    "",
    `${t("decision.actualCosts", { rate: share.rate })} ${cite(share.actualCostsCitation)}`,
  );

  const category = (c: DecisionRecord["costs"]["eligible"][number]) =>
    `- ${c.title[locale]}${c.condition ? `: ${c.condition[locale]}` : ""} ${cite(c.citation)}`;
  const vat = record.costs.vatEligible ? [] : ["", `${t("decision.vat")} ${cite(record.costs.vatCitation)}`];
  section(t("decision.eligibleCosts"), ...record.costs.eligible.map(category), ...vat);
  if (record.costs.ineligible.length > 0)
    section(t("decision.ineligibleCosts"), ...record.costs.ineligible.map(category));

  // The decision's own terms, when given, replace the general statement that the law allows.
  const terms = record.terms;
  const incomeEffect = terms
    ? t(terms.income === "reducesCosts" ? "decision.incomeReducesCosts" : "decision.incomeNoEffect")
    : t("decision.incomeEffect");
  section(
    t("decision.income"),
    `${incomeEffect} ${cite(record.income.citation)}`,
    "",
    `${t("decision.otherPublicAid")} ${cite(record.income.otherPublicAidCitation)}`,
  );

  const period = record.periodOfUse;
  section(
    t("decision.periodOfUse"),
    `${t("decision.periodFrom", { from: date(period.from) })} ${t("decision.periodStartAssumed")}`,
    "",
    `${t("decision.until", { date: date(period.until) })} ${cite(period.citation)}`,
  );

  if (record.conditionsOfUse.length > 0) {
    section(
      t("decision.conditionsOfUse"),
      ...record.conditionsOfUse.map((c) => `- ${c.title[locale]} ${cite(c.citation)}`),
    );
  }

  const reporting = [
    `${record.reporting.finalReport[locale]} ${cite(record.reporting.citation)}`,
    "",
    `${t("decision.reportingDeadline", { months: record.reporting.deadlineMonths })} ${cite(record.reporting.citation)}`,
  ];
  if (record.reporting.auditorStatement) reporting.push("", t("decision.auditorStatement"));
  section(t("decision.reporting"), ...reporting);

  if (terms) {
    const p = terms.payment;
    const scheme =
      p.scheme === "instalments"
        ? [
            `${t("decision.paymentInstalments")} ${cite("688/2001 12 § 1 mom.")}:`,
            "",
            ...p.instalments.map((i) => `- ${t("decision.instalment", { due: i.due, amount: i.amount })}`),
          ]
        : [`${t("decision.paymentAfterReport")} ${cite("688/2001 12 § 2 mom.")}`];
    const advance =
      p.advance === "0.00"
        ? []
        : ["", `${t("decision.paymentAdvance", { amount: p.advance })} ${cite("688/2001 12 § 3 mom.")}`];
    section(t("decision.payment"), ...scheme, ...advance);
  } else section(t("decision.payment"), `${t("decision.paymentBasis")} ${cite(record.payment.citation)}`);

  section(
    t("decision.legalBasis"),
    `${record.legalBasis.acts.join(", ")} ${cite(record.legalBasis.citation)}`,
    "",
    `${record.legalBasis.budgetItem} ${cite(record.legalBasis.budgetItemCitation)}`,
  );

  const decided = record.decided;
  section(
    t("decision.decidedHeading"),
    t("decision.decidedOn", { date: date(decided.on) }),
    "",
    decided.by === null ? t("decision.decidedByUnnamed") : t("decision.decidedBy", { name: decided.by }),
  );

  const r = record.rectification;
  const appeal = [
    `${t("decision.rectification", { days: r.days })} ${cite(r.citation)}`,
    "",
    `${t("decision.rectificationContents")} ${cite(r.contentsCitation)}`,
    "",
    `${t("decision.notificationByLetter")} ${cite(r.notificationCitation)}`,
    "",
    `${t("decision.appeal")} ${cite(r.appealCitation)}`,
  ];
  if (r.certainty !== "sourced" && r.next) {
    const wording = { wording: r.wording, date: date(decided.on), next: r.next.wording, nextFrom: date(r.next.from) };
    appeal.push("", `*${t("decision.wordingInferred", wording)}*`);
  }
  section(t("decision.appealHeading"), ...appeal);
  return `${lines.join("\n")}\n`;
}

function party(p: DecisionParty, locale: Locale, t: (code: "decision.municipality", params: object) => string): string {
  const name = p.name[locale];
  if (p.code !== null) return name === p.code ? t("decision.municipality", { id: p.code }) : `${name} (${p.code})`;
  return p.businessId ? `${name} (${p.businessId})` : name;
}
