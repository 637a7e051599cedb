// A page per rule of `ruleCatalogue`, and the index of the rules by family.
import {
  type Locale,
  type Outcome,
  RULE_FAMILIES,
  type RuleInfo,
  assess,
  editionIds,
  getEdition,
  ruleCatalogue,
  rulesFor,
} from "../../src/index.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";
import { encodeSituation } from "../client/state.js";
import { factOf } from "../facts.js";
import { certaintyBadge, citationHtml, esc, formatValue, outcomeBadge, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import type { Page } from "../layout.js";

/** The budget figures of `assess` that an edition fact feeds, by the fact's path. */
const BUDGET_FIGURES: Readonly<Record<string, readonly UiKey[]>> = {
  "money.costCategories": ["eligibleBase", "conditionalCosts", "ineligibleCosts", "maxGrant", "ownShare"],
  "money.costCategories.softwareLicences": ["eligibleBase", "conditionalCosts", "maxGrant"],
  "money.costCategories.internalCharges": ["eligibleBase", "conditionalCosts", "maxGrant"],
  "money.vatEligible": ["eligibleBase", "maxGrant"],
  "money.maxGrantRate": ["maxGrant"],
};

/** The example applications: the 49 of the example call, then those of the other editions. */
const EXAMPLES: readonly unknown[] = [
  ...exampleCall2022.candidates.map((c) => c.application),
  ...editionIds.flatMap((id) => exampleApplications[id].map((e) => e.application)),
];

/** For each outcome but `pass`, the first example application where the rule gives it, as a try-it link. */
function exampleLinks(rule: RuleInfo, locale: Locale): string {
  const links: string[] = [];
  for (const outcome of ["fail", "review", "missing"] as const satisfies readonly Outcome[]) {
    if (!rule.outcomes.includes(outcome)) continue;
    const example = EXAMPLES.find((app) =>
      assess(app).findings.some((f) => f.rule === rule.id && f.outcome === outcome),
    );
    if (example === undefined) continue;
    const hash = encodeSituation({ json: JSON.stringify(example, null, 2) });
    links.push(
      `<li><a href="../try.html${hash}" data-example-outcome="${outcome}">${esc(ui("tryRuleOutcome", locale))} ${outcomeBadge(outcome, locale)}</a></li>`,
    );
  }
  return links.length === 0 ? "" : `<ul class="example-links">${links.join("")}</ul>`;
}

/** Whether two fact paths overlap: the same node, or one inside the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** The file name of a rule's page. */
export function rulePath(id: string): string {
  return `rules/${id}.html`;
}

function factTimeline(path: string, locale: Locale): string {
  const rows = editionIds
    .map((id) => {
      const fact = factOf(getEdition(id), path);
      if (fact === undefined) {
        return `<tr><th scope="row">${id}</th><td colspan="3" class="muted">${esc(ui("notInEdition", locale))}</td></tr>`;
      }
      const notes = fact.notes.map((n) => `<p class="note">${esc(n[locale])}</p>`).join("");
      const citations = fact.citations.map(citationHtml).join("; ");
      return `<tr><th scope="row">${id}</th><td>${esc(formatValue(fact.value, locale, path))}${notes}</td><td>${certaintyBadge(fact.certainty, locale)}</td><td>${citations || esc(ui("libraryData", locale))}</td></tr>`;
    })
    .join("");
  return `<section class="fact" aria-labelledby="fact-${esc(path)}"><h3 id="fact-${esc(path)}"><code>${esc(path)}</code></h3>
${scrollable(
  `${path}: ${ui("timeline", locale)}`,
  `<table class="timeline"><caption>${esc(ui("timeline", locale))}</caption><thead><tr><th scope="col">${esc(ui("edition", locale))}</th><th scope="col">${esc(ui("value", locale))}</th><th scope="col">${esc(ui("certainty", locale))}</th><th scope="col">${esc(ui("citation", locale))}</th></tr></thead><tbody>${rows}</tbody></table>`,
)}</section>`;
}

function ruleLink(rule: RuleInfo, locale: Locale): string {
  return `<a href="${esc(`${rule.id}.html`)}"><code>${esc(rule.id)}</code> ${esc(rule.title[locale])}</a>`;
}

/** One rule's page in one language. */
export function rulePage(rule: RuleInfo, locale: Locale): Page {
  const l = (key: UiKey) => ui(key, locale);
  const evaluatedIn = editionIds.filter((id) => rulesFor(getEdition(id)).some((r) => r.id === rule.id));
  const others = ruleCatalogue.filter(
    (r) => r.id !== rule.id && r.facts.some((f) => rule.facts.some((g) => overlaps(f, g))),
  );
  const figures = [...new Set(rule.facts.flatMap((f) => BUDGET_FIGURES[f] ?? []))];
  const dependents = `<section aria-labelledby="dependents"><h2 id="dependents">${esc(l("dependents"))}</h2>
<h3>${esc(l("dependentRules"))}</h3>${others.length === 0 ? `<p>${esc(l("none"))}</p>` : `<ul>${others.map((r) => `<li>${ruleLink(r, locale)}</li>`).join("")}</ul>`}
${figures.length === 0 ? "" : `<h3>${esc(l("dependentBudget"))}</h3><ul>${figures.map((f) => `<li>${esc(l(f))}</li>`).join("")}</ul>`}</section>`;
  const facts =
    rule.facts.length === 0 ? `<p>${esc(l("none"))}</p>` : rule.facts.map((f) => factTimeline(f, locale)).join("");
  const body = `<nav class="breadcrumb" aria-label="breadcrumb"><a href="index.html">${esc(l("rulesTitle"))}</a> › ${esc(ui(`family_${rule.family}` as UiKey, locale))}</nav>
<h1><span class="rule-title">${esc(rule.title[locale])}</span> <code class="rule-id">${esc(rule.id)}</code></h1>
<blockquote class="wording"><p>${esc(rule.description[locale])}</p></blockquote>
<dl class="rule-meta">
<dt>${esc(l("provision"))}</dt><dd class="provision">${citationHtml(rule.citation)}</dd>
<dt>${esc(l("family"))}</dt><dd>${esc(ui(`family_${rule.family}` as UiKey, locale))}</dd>
<dt>${esc(l("outcomes"))}</dt><dd>${rule.outcomes.map((o) => outcomeBadge(o, locale)).join(" ")}</dd>
<dt>${esc(l("evaluatedIn"))}</dt><dd>${evaluatedIn.join(", ")}</dd>
</dl>
<p><a class="button" href="../try.html">${esc(l("tryRule"))}</a></p>${exampleLinks(rule, locale)}
<section aria-labelledby="facts"><h2 id="facts">${esc(l("factsRead"))}</h2>${facts}</section>
${dependents}`;
  return {
    path: rulePath(rule.id),
    title: `${rule.title[locale]} (${rule.id})`,
    body,
    searchText: `${rule.id} ${rule.title[locale]} ${rule.description[locale]} ${rule.citation} ${rule.facts.join(" ")}`,
  };
}

/** The index of the rules by family, in one language. */
export function rulesIndexPage(locale: Locale): Page {
  const families = RULE_FAMILIES.map((family) => {
    const rules = ruleCatalogue.filter((r) => r.family === family);
    const items = rules
      .map(
        (r) =>
          `<li>${ruleLink(r, locale)} <span class="muted">— ${citationHtml(r.citation)}</span> ${[
            ...new Set(
              r.facts.flatMap((f) => {
                const fact = factOf(getEdition("2022"), f);
                return fact === undefined ? [] : [certaintyBadge(fact.certainty, locale)];
              }),
            ),
          ].join(" ")}</li>`,
      )
      .join("");
    return `<section aria-labelledby="${family}"><h2 id="${family}">${esc(ui(`family_${family}` as UiKey, locale))}</h2><ul class="rule-list">${items}</ul></section>`;
  }).join("");
  const body = `<h1>${esc(ui("rulesTitle", locale))}</h1><p>${esc(ui("rulesIntro", locale))}</p><p>${esc(ui("rulesBadges", locale))}</p>${families}`;
  return { path: "rules/index.html", title: ui("rulesTitle", locale), body };
}
