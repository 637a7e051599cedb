// "The 2022 call at a glance": who may apply, what is funded and excluded, the money rule, the
// dates and the plan's contents, each fact with its citation and certainty; and the decision flow.
import { type CallEdition, type Locale, RULE_FAMILIES, editionIds, getEdition } from "../../src/index.js";
import { isCited } from "../facts.js";
import { certaintyBadge, citationHtml, esc, formatValue, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import type { Page } from "../layout.js";

/** A row of a facts table: a label, the cited value, its certainty and source, and its note. */
export function factRow(label: string, node: unknown, locale: Locale, key = ""): string {
  if (!isCited(node)) return "";
  const note =
    node.note === undefined
      ? ""
      : `<details><summary>${esc(ui("note", locale))}</summary><p>${esc(node.note[locale])}</p></details>`;
  return `<tr><th scope="row">${esc(label)}</th><td>${esc(formatValue(node.value, locale, key))}${note}</td><td>${certaintyBadge(node.certainty, locale)}</td><td>${citationHtml(node.citation)}</td></tr>`;
}

function table(caption: string, rows: string, locale: Locale): string {
  return scrollable(
    caption,
    `<table class="facts"><caption>${esc(caption)}</caption><thead><tr><th scope="col">${esc(ui("path", locale))}</th><th scope="col">${esc(ui("value", locale))}</th><th scope="col">${esc(ui("certainty", locale))}</th><th scope="col">${esc(ui("citation", locale))}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** Rows of a record of titled cited nodes (focus areas, exclusions, contents, criteria). */
function titledRows(record: Readonly<Record<string, unknown>>, locale: Locale): string {
  return Object.entries(record)
    .map(([code, node]) => {
      if (!isCited(node)) return "";
      const value = node.value as { title: Record<Locale, string>; description?: Record<Locale, string> };
      const text = value.description === undefined ? "" : value.description[locale];
      const row = factRow(value.title[locale], { ...node, value: text === "" ? code : text }, locale);
      return row.replace("<tr>", `<tr id="${esc(code)}">`);
    })
    .join("");
}

/** The decision flow as an ordered list drawn as boxes and arrows: readable without the drawing. */
export function flowDiagram(locale: Locale, rulesLink: string): string {
  const families = RULE_FAMILIES.map(
    (f) => `<li><a href="${esc(`${rulesLink}#${f}`)}">${esc(ui(`family_${f}` as UiKey, locale))}</a></li>`,
  ).join("");
  const verdicts = (["eligible", "needsReview", "ineligible"] as const)
    .map((s) => `<li class="verdict-${s}">${esc(ui(`status_${s}`, locale))}</li>`)
    .join("");
  return `<figure class="flow" aria-labelledby="flow-title">
<figcaption id="flow-title">${esc(ui("flowTitle", locale))}</figcaption>
<ol class="flow-steps">
<li class="step"><span class="step-title">${esc(ui("flowApplication", locale))}</span></li>
<li class="step"><span class="step-title">${esc(ui("flowParse", locale))}</span><span class="step-side">${esc(ui("flowInvalid", locale))}</span></li>
<li class="step step-wide"><span class="step-title">${esc(ui("flowRules", locale))}</span><ol class="families">${families}</ol></li>
<li class="step"><span class="step-title">${esc(ui("flowVerdict", locale))}</span><ul class="verdicts">${verdicts}</ul></li>
<li class="step"><span class="step-title">${esc(ui("flowAllocation", locale))}</span></li>
</ol>
</figure>`;
}

function section(id: string, title: string, content: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>${content}</section>`;
}

/** The overview page of the 2022 call in one language. */
export function overviewPage(locale: Locale): Page {
  const e: CallEdition = getEdition("2022");
  const l = (key: UiKey) => ui(key, locale);
  const who = table(
    l("whoMayApply"),
    [
      factRow(l("applicantTypes"), e.eligibility.applicantTypes, locale),
      factRow(l("partnerOnlyTypes"), e.eligibility.partnerOnlyTypes, locale),
      factRow(l("jointOnly"), e.eligibility.jointOnly, locale),
      factRow(l("minMunicipalities"), e.eligibility.minMunicipalities, locale),
      factRow(l("jointAuthorityOnBehalf"), e.eligibility.jointAuthorityOnBehalf, locale),
      factRow(l("aland"), e.eligibility.alandMunicipalities, locale),
    ].join(""),
    locale,
  );
  const exclusions =
    Object.keys(e.exclusions).length === 0
      ? `<p>${esc(l("noExclusions"))}</p>`
      : table(l("exclusions"), titledRows(e.exclusions, locale), locale);
  const funded = table(l("focusAreas"), titledRows(e.focusAreas, locale), locale) + exclusions;
  const rate = e.money.maxGrantRate;
  const money = `<p class="money-rule"><strong>${esc(l("maxGrantRate"))} ${esc(formatValue(rate.value, locale, "rate"))}</strong> ${esc(l("ofEligible"))} (${citationHtml(rate.citation)}).</p>${table(
    l("moneyRule"),
    [
      factRow(l("maxGrantRate"), rate, locale, "maxGrantRate"),
      factRow(l("vatEligible"), e.money.vatEligible, locale),
      factRow(l("appropriation"), e.appropriation, locale),
      ...Object.entries(e.money.costCategories).map(([code, node]) =>
        factRow(
          `${l("costCategories")}: ${node.value.title[locale]}`,
          { ...node, value: node.value.condition?.[locale] ?? node.value.treatment },
          locale,
        ).replace("<tr>", `<tr id="cost-${code}">`),
      ),
    ].join(""),
    locale,
  )}`;
  const dates = table(
    l("dates"),
    [
      factRow(l("opensAt"), e.window.opensAt, locale),
      factRow(l("closesAt"), e.window.closesAt, locale),
      factRow(l("decidedOn"), e.decidedOn, locale),
      factRow(l("latestEnd"), e.period.latestEnd, locale),
    ].join(""),
    locale,
  );
  const contents = table(
    l("contents"),
    Object.entries(e.requiredContents)
      .map(([code, node]) => factRow(node.value.title[locale], { ...node, value: code }, locale))
      .join(""),
    locale,
  );
  const criteria = `<p>${esc(l("criteriaNoWeights"))}</p>${table(l("criteria"), titledRows(e.criteria, locale), locale)}`;
  const conditions = table(
    l("conditionsOfUse"),
    [
      ...Object.values(e.conditionsOfUse).map((node) =>
        factRow(node.value.title[locale], { ...node, value: node.value.title[locale] }, locale),
      ),
      factRow(l("reporting"), e.reporting.finalReport, locale),
      factRow(l("auditorStatement"), e.reporting.auditorStatement, locale),
    ].join(""),
    locale,
  );
  const others = editionIds
    .map((id) => `<li><a href="docs/editions/${id}.html">${esc(getEdition(id).title.value[locale])}</a></li>`)
    .join("");
  const body = `<h1>${esc(l("overviewTitle"))}</h1>
<p class="lead"><strong>${esc(e.title.value[locale])}</strong></p>
<p>${esc(l("overviewIntro"))}</p>
${flowDiagram(locale, "rules/index.html")}
${section("who", l("whoMayApply"), who)}
${section("funded", l("whatIsFunded"), funded)}
${section("money", l("moneyRule"), money)}
${section("dates", l("dates"), dates)}
${section("contents", l("contents"), contents)}
${section("criteria", l("criteria"), criteria + conditions)}
${section("others", l("otherEditions"), `<ul>${others}</ul>`)}`;
  return { path: "index.html", title: l("overviewTitle"), body };
}
