// The shells of the three live pages (try it, across years, allocation): their form controls and
// the empty regions the page scripts fill. The static part of "across years" (the edition diffs)
// is rendered here from `diffEditions`.
import {
  FOCUS_AREA_CODES,
  type Locale,
  PARTY_TYPES,
  diffEditions,
  editionIds,
  getEdition,
  BUDGET_CATEGORIES,
} from "../../src/index.js";
import { exampleApplications, exampleCall2022 } from "../../src/examples/index.js";
import { certaintyBadge, citationHtml, esc, formatValue, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import type { Page } from "../layout.js";

function option(value: string, label: string, selected = false): string {
  return `<option value="${esc(value)}"${selected ? " selected" : ""}>${esc(label)}</option>`;
}

/** The example picker: the 49 applications of the example call, then a few of every other edition. */
function examplePicker(locale: Locale): string {
  const call = exampleCall2022.candidates
    .map((c) => {
      const app = c.application as { project?: { name?: string } };
      return option(`call:${c.id}`, `${c.id} · ${c.scenario} · ${app.project?.name ?? ""}`);
    })
    .join("");
  const others = editionIds
    .filter((id) => id !== "2022")
    .flatMap((id) =>
      exampleApplications[id].map((e, i) => option(`edition:${id}:${i}`, `${id} · ${e.scenario} · ${e.note}`)),
    )
    .join("");
  return `<div class="field"><label for="example">${esc(ui("example", locale))}</label>
<div class="inline"><select id="example" name="example"><optgroup label="${esc(ui("exampleCall", locale))}">${call}</optgroup><optgroup label="${esc(ui("exampleOther", locale))}">${others}</optgroup></select>
<button type="button" id="load-example">${esc(ui("load", locale))}</button></div></div>`;
}

function optionsFieldset(locale: Locale): string {
  const l = (k: UiKey) => ui(k, locale);
  const editions = [option("", l("optEditionOwn")), ...editionIds.map((id) => option(id, id))].join("");
  const aland = (["review", "allow", "deny"] as const).map((p) => option(p, l(`aland_${p}`))).join("");
  return `<fieldset><legend>${esc(l("options"))}</legend>
<div class="field"><label for="opt-edition">${esc(l("optEdition"))}</label><select id="opt-edition" data-option="edition">${editions}</select></div>
<div class="field"><label for="opt-aland">${esc(l("optAland"))}</label><select id="opt-aland" data-option="aland">${aland}</select></div>
<div class="field"><label for="opt-at">${esc(l("optAt"))}</label><input id="opt-at" data-option="at" type="text" inputmode="text" placeholder="2022-04-20T12:00:00+03:00"></div>
</fieldset>`;
}

/** The focus areas of every edition, each with its latest title. */
function focusAreaOptions(locale: Locale): string {
  return FOCUS_AREA_CODES.map((code) => {
    const titled = [...editionIds]
      .reverse()
      .map((id) => getEdition(id).focusAreas[code])
      .find((n) => n !== undefined);
    const in_ = editionIds.filter((id) => getEdition(id).focusAreas[code] !== undefined).join(", ");
    return option(code, `${titled?.value.title[locale] ?? code} (${in_})`);
  }).join("");
}

function applicationFieldset(locale: Locale): string {
  const l = (k: UiKey) => ui(k, locale);
  const text = (id: string, path: string, label: UiKey, extra = "") =>
    `<div class="field"><label for="${id}">${esc(l(label))}</label><input id="${id}" type="text" data-path="${path}"${extra}></div>`;
  const editions = editionIds.map((id) => option(id, id)).join("");
  const parties = PARTY_TYPES.map((p) => option(p, l(`party_${p}`))).join("");
  const categories = BUDGET_CATEGORIES.map((c) =>
    option(c, getEdition("2022").money.costCategories[c].value.title[locale]),
  ).join("");
  // The budget lines scroll sideways in their own box on a phone; the box need not take the focus
  // (as a table of text does, see `scrollable`): its fields do, and scroll it.
  return `<fieldset><legend>${esc(l("quickEdit"))}</legend>
<div class="field"><label for="f-edition">${esc(l("fieldEdition"))}</label><select id="f-edition" data-path="edition">${editions}</select></div>
${text("f-submitted", "submittedAt", "fieldSubmittedAt")}
<div class="field"><label for="f-applicant-type">${esc(l("fieldApplicantType"))}</label><select id="f-applicant-type" data-path="applicant.type">${parties}</select></div>
${text("f-applicant-code", "applicant.code", "fieldApplicantCode", ' inputmode="numeric"')}
<div class="field"><label for="f-focus">${esc(l("fieldFocusArea"))}</label><select id="f-focus" data-path="project.focusArea">${focusAreaOptions(locale)}</select></div>
${text("f-start", "project.start", "fieldStart", ' placeholder="YYYY-MM-DD"')}
${text("f-end", "project.end", "fieldEnd", ' placeholder="YYYY-MM-DD"')}
${text("f-requested", "budget.requestedGrant", "fieldRequested", ' inputmode="decimal"')}
<div class="table-scroll"><table class="budget-lines"><caption>${esc(l("budgetLines"))}</caption>
<thead><tr><th scope="col">${esc(l("category"))}</th><th scope="col">${esc(l("amountVatFree"))}</th><th scope="col">${esc(l("vat"))}</th><th scope="col">${esc(l("description"))}</th><th scope="col"><span class="visually-hidden">${esc(l("removeLine"))}</span></th></tr></thead>
<tbody id="budget-lines"></tbody></table></div>
<template id="category-options">${categories}</template>
<button type="button" id="add-line">${esc(l("addLine"))}</button>
</fieldset>`;
}

/** The "try it" page shell. */
export function tryPage(locale: Locale): Page {
  const l = (k: UiKey) => ui(k, locale);
  const body = `<h1>${esc(l("tryTitle"))}</h1><p>${esc(l("tryIntro"))}</p>
<div class="try">
<form id="try-form" class="try-input" novalidate>
${examplePicker(locale)}
${optionsFieldset(locale)}
${applicationFieldset(locale)}
<div class="field"><label for="json">${esc(l("jsonEditor"))}</label>
<textarea id="json" rows="18" spellcheck="false" aria-describedby="json-error"></textarea>
<p id="json-error" class="error" role="alert" hidden></p></div>
<button type="submit" class="primary">${esc(l("assessButton"))}</button>
</form>
<div class="try-output">
<section id="result" aria-labelledby="result-title" aria-live="polite"><h2 id="result-title">${esc(l("result"))}</h2><div id="verdict"></div><div id="findings"></div></section>
<section id="budget" aria-labelledby="budget-title"><h2 id="budget-title">${esc(l("budgetPanel"))}</h2><div id="budget-trace"></div></section>
<section id="reuse" aria-labelledby="reuse-title"><h2 id="reuse-title">${esc(l("useThis"))}</h2>
<div class="field"><label for="permalink">${esc(l("permalink"))}</label><div class="inline"><input id="permalink" type="text" readonly><button type="button" data-copy="permalink">${esc(l("copy"))}</button></div></div>
<p><a id="to-years" href="years.html">${esc(l("seeAcrossYears"))}</a></p>
<h3 id="ts-title">${esc(l("asTypeScript"))}</h3><pre aria-labelledby="ts-title" tabindex="0"><code id="use-ts"></code></pre>
<h3 id="cli-title">${esc(l("asCli"))}</h3><p>${esc(l("cliNote"))}</p><pre aria-labelledby="cli-title" tabindex="0"><code id="use-cli"></code></pre>
<h3 id="json-title">${esc(l("asJson"))}</h3><pre aria-labelledby="json-title" tabindex="0"><code id="use-json"></code></pre>
</section>
</div>
</div>`;
  return { path: "try.html", title: l("tryTitle"), body, scripts: ["try.js"] };
}

function diffTable(a: string, b: string, locale: Locale): string {
  const changes = diffEditions(getEdition(a as "2022"), getEdition(b as "2022"));
  const side = (value: unknown, citation: string | null, certainty: string | null, path: string) =>
    citation === null
      ? `<td class="muted">–</td>`
      : `<td>${esc(formatValue(value, locale, path))}<br>${certaintyBadge(certainty, locale)} ${citationHtml(citation)}</td>`;
  const rows = changes
    .map(
      (c) =>
        `<tr><th scope="row"><code>${esc(c.path)}</code></th><td>${esc(ui(`kind_${c.kind}`, locale))}</td>${side(c.before, c.citation.before, c.certainty.before, c.path)}${side(c.after, c.citation.after, c.certainty.after, c.path)}</tr>`,
    )
    .join("");
  return scrollable(
    `${a} → ${b}`,
    `<table class="diff" id="diff-${a}-${b}"><caption>${a} → ${b}</caption><thead><tr><th scope="col">${esc(ui("path", locale))}</th><th scope="col"></th><th scope="col">${esc(ui("before", locale))} (${a})</th><th scope="col">${esc(ui("after", locale))} (${b})</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** The "across years" page: the live comparison's shell, then the diff of every pair of consecutive editions. */
export function yearsPage(locale: Locale): Page {
  const l = (k: UiKey) => ui(k, locale);
  const pairs = editionIds.slice(1).map((b, i) => diffTable(editionIds[i]!, b, locale));
  const body = `<h1>${esc(l("yearsTitle"))}</h1><p>${esc(l("yearsIntro"))}</p>
<form id="years-form" novalidate>${examplePicker(locale)}</form>
<p><a id="to-try" href="try.html">${esc(l("seeTry"))}</a></p>
<section id="comparison" aria-labelledby="comparison-title" aria-live="polite"><h2 id="comparison-title">${esc(l("changedRules"))}</h2><div id="comparison-body"></div></section>
<section aria-labelledby="diff-title"><h2 id="diff-title">${esc(l("diffTitle"))}</h2>${pairs.join("")}</section>`;
  return { path: "years.html", title: l("yearsTitle"), body, scripts: ["years.js"] };
}

/** The allocation sandbox's shell. */
export function allocatePage(locale: Locale): Page {
  const l = (k: UiKey) => ui(k, locale);
  const radios = (name: string, values: readonly string[], label: UiKey) =>
    `<fieldset class="radios"><legend>${esc(l(label))}</legend>${values
      .map(
        (v, i) =>
          `<label><input type="radio" name="${name}" value="${v}"${i === 0 ? " checked" : ""}> ${esc(l(`${name}_${v}` as UiKey))}</label>`,
      )
      .join("")}</fieldset>`;
  const amount = getEdition("2022").appropriation.value.amount;
  const body = `<h1>${esc(l("allocateTitle"))}</h1><p>${esc(l("allocateIntro"))}</p>
<form id="allocate-form" class="allocate-controls" novalidate>
<div class="field"><label for="appropriation-range">${esc(l("appropriation"))} (€)</label>
<div class="inline"><input id="appropriation-range" type="range" min="0" max="20000000" step="50000" value="${Number.parseInt(amount, 10)}" aria-describedby="appropriation-shown">
<input id="appropriation" type="text" inputmode="decimal" value="${amount}" aria-label="${esc(l("appropriation"))} (€)"></div>
<output id="appropriation-shown" for="appropriation-range">${esc(formatValue(amount, locale))}</output></div>
${radios("strategy", ["ranked", "proRata"], "strategy")}
${radios("partial", ["skip", "partial"], "partial")}
${radios("unit", ["cent", "euro"], "unit")}
${radios("include", ["eligible", "eligibleAndReview"], "include")}
</form>
<section id="allocation" aria-labelledby="allocation-title"><h2 id="allocation-title">${esc(l("result"))}</h2><div id="allocation-summary" aria-live="polite"></div><div id="allocation-table"></div></section>`;
  return { path: "allocate.html", title: l("allocateTitle"), body, scripts: ["allocate.js"] };
}
