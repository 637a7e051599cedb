// "Across years": the same application under every call edition (`compareAcrossEditions`), with
// the rules whose outcome flips and, for each, the message and citation of every edition: why.
import {
  type AssessOptions,
  type CrossEditionOutcome,
  type Locale,
  compareAcrossEditions,
  editionIds,
  ruleCatalogue,
} from "../../src/index.js";
import { citationHtml, esc, formatValue, outcomeBadge, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import { byId, carryHash, pageLocale } from "./dom.js";
import { type Situation, decodeSituation, encodeSituation, exampleJson } from "./state.js";

const locale: Locale = pageLocale();
const l = (key: UiKey) => ui(key, locale);
const titles = new Map(ruleCatalogue.map((r) => [r.id, r.title[locale]]));
const example = byId<HTMLSelectElement>("example");
/** The example shown first: a 2021 built-environment project, in scope in 2021 and excluded in 2019-2 and 2020. */
const FIRST_EXAMPLE = "edition:2021:0";

function badge(outcome: CrossEditionOutcome): string {
  return outcomeBadge(outcome, locale);
}

function show(s: Situation): void {
  history.replaceState(null, "", encodeSituation(s));
  carryHash(encodeSituation(s));
  byId<HTMLAnchorElement>("to-try").href = `try.html${encodeSituation(s)}`;
  const target = byId("comparison-body");
  let input: unknown;
  try {
    input = JSON.parse(s.json);
  } catch {
    target.innerHTML = `<p class="error">${esc(l("jsonError"))}</p>`;
    return;
  }
  const options: AssessOptions = {
    locale,
    ...(s.aland === undefined ? {} : { alandMunicipalities: s.aland }),
    ...(s.at === undefined ? {} : { at: s.at }),
  };
  const { byEdition, changedRules } = compareAcrossEditions(input, editionIds, options);
  const head = `<tr><th scope="col">${esc(l("rule"))}</th>${editionIds.map((id) => `<th scope="col">${id}</th>`).join("")}</tr>`;
  const statusRow = `<tr class="status-row"><th scope="row">${esc(l("status"))}</th>${editionIds
    .map((id) => {
      const a = byEdition[id];
      return `<td data-edition="${id}" data-status="${a.status}"><span class="status-${a.status}">${esc(l(`status_${a.status}`))}</span>${a.budget === null ? "" : `<br><span class="muted">${esc(l("maxGrant"))}: ${esc(formatValue(a.budget.maxGrant, locale))}</span>`}</td>`;
    })
    .join("")}</tr>`;
  const changed = changedRules
    .map((c) => {
      const cells = editionIds
        .map((id) => {
          const finding = byEdition[id].findings.find((f) => f.rule === c.rule);
          const why =
            finding === undefined
              ? ""
              : `<details><summary>${esc(l("why"))}</summary><p>${esc(finding.message)}</p><p class="finding-cite">${citationHtml(finding.citation)}</p></details>`;
          return `<td data-edition="${id}" data-outcome="${c.outcomes[id]}">${badge(c.outcomes[id])}${why}</td>`;
        })
        .join("");
      return `<tr data-rule="${esc(c.rule)}"><th scope="row"><a href="rules/${esc(c.rule)}.html">${esc(titles.get(c.rule) ?? c.rule)}</a><br><code>${esc(c.rule)}</code><p class="summary">${esc(c.summary)}</p></th>${cells}</tr>`;
    })
    .join("");
  const allRules = [...new Set(editionIds.flatMap((id) => byEdition[id].findings.map((f) => f.rule)))]
    .map((rule) => {
      const cells = editionIds
        .map((id) => {
          const f = byEdition[id].findings.find((x) => x.rule === rule);
          return `<td>${badge(f?.outcome ?? "notEvaluated")}</td>`;
        })
        .join("");
      return `<tr><th scope="row"><code>${esc(rule)}</code></th>${cells}</tr>`;
    })
    .join("");
  target.innerHTML = `${scrollable(
    l("changedRules"),
    `<table class="comparison"><caption>${esc(l("changedRules"))}</caption><thead>${head}</thead><tbody>${statusRow}${changed}</tbody></table>`,
  )}
${changedRules.length === 0 ? `<p>${esc(l("noChangedRules"))}</p>` : ""}
<details class="all-rules"><summary>${esc(l("allRules"))}</summary>${scrollable(
    l("allRules"),
    `<table class="comparison"><caption>${esc(l("allRules"))}</caption><thead>${head}</thead><tbody>${allRules}</tbody></table>`,
  )}</details>`;
}

function loadExample(): void {
  const text = exampleJson(example.value);
  if (text !== null) show({ json: text });
}

example.addEventListener("change", loadExample);
byId("load-example").addEventListener("click", loadExample);
byId("years-form").addEventListener("submit", (event) => event.preventDefault());

const initial = decodeSituation(location.hash);
if (initial !== null) show(initial);
else {
  example.value = FIRST_EXAMPLE;
  loadExample();
}
