// "Try it": the library's `assess` runs in the page on every change of the application or the
// options, and the page shows the verdict, every finding (failing and open ones first) with the
// values it read, its message and citation, and how the grant is computed, line by line.
import Decimal from "decimal.js";
import {
  type AssessOptions,
  type Assessment,
  type EditionId,
  type Finding,
  type Locale,
  assess,
  editionIds,
  getEdition,
  parseApplication,
  ruleCatalogue,
} from "../../src/index.js";
import { certaintyBadge, citationHtml, esc, formatValue, outcomeBadge, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import { byId, carryHash, pageLocale } from "./dom.js";
import { DEFAULT_EXAMPLE, type Situation, decodeSituation, encodeSituation, exampleJson } from "./state.js";

const locale: Locale = pageLocale();
const l = (key: UiKey) => ui(key, locale);
const ORDER: Readonly<Record<string, number>> = { fail: 0, missing: 1, review: 2, pass: 3 };
const titles = new Map(ruleCatalogue.map((r) => [r.id, r.title[locale]]));

const form = byId<HTMLFormElement>("try-form");
const json = byId<HTMLTextAreaElement>("json");
const jsonError = byId("json-error");
const example = byId<HTMLSelectElement>("example");
const optEdition = byId<HTMLSelectElement>("opt-edition");
const optAland = byId<HTMLSelectElement>("opt-aland");
const optAt = byId<HTMLInputElement>("opt-at");
const lines = byId<HTMLTableSectionElement>("budget-lines");
const categoryOptions = byId<HTMLTemplateElement>("category-options").innerHTML;

type Json = Record<string, unknown>;

/** The application in the editor, or `null` when the text is not a JSON object. */
function current(): Json | null {
  try {
    const value: unknown = JSON.parse(json.value);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

function getPath(obj: Json, path: string): unknown {
  let node: unknown = obj;
  for (const key of path.split(".")) node = typeof node === "object" && node !== null ? (node as Json)[key] : undefined;
  return node;
}

function setPath(obj: Json, path: string, value: string): void {
  const keys = path.split(".");
  let node = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  const last = keys[keys.length - 1]!;
  if (value === "") delete node[last];
  else node[last] = value;
}

function budgetLinesOf(app: Json): Json[] {
  const budget = app["budget"] as Json | undefined;
  return Array.isArray(budget?.["lines"]) ? (budget["lines"] as Json[]) : [];
}

/** Fills the quick-edit fields and the budget lines from the application in the editor. */
function fillForm(app: Json): void {
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-path]")) {
    if (field === document.activeElement) continue;
    const value = getPath(app, field.dataset["path"]!);
    field.value = typeof value === "string" || typeof value === "number" ? String(value) : "";
  }
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
  lines.innerHTML = budgetLinesOf(app)
    .map((line, i) => {
      const cell = (key: string, label: UiKey) =>
        `<td><input id="line-${i}-${key}" type="text" data-line="${i}" data-key="${key}" value="${esc(String(line[key] ?? ""))}" aria-label="${esc(`${l("line")} ${i + 1}: ${l(label)}`)}"></td>`;
      return `<tr><td><select id="line-${i}-category" data-line="${i}" data-key="category" aria-label="${esc(`${l("line")} ${i + 1}: ${l("category")}`)}">${categoryOptions.replace(`value="${esc(String(line["category"]))}"`, `value="${esc(String(line["category"]))}" selected`)}</select></td>${cell("amount", "amountVatFree")}${cell("vat", "vat")}${cell("description", "description")}<td><button type="button" data-remove="${i}" aria-label="${esc(`${l("removeLine")} ${i + 1}`)}">×</button></td></tr>`;
    })
    .join("");
  if (focused.startsWith("line-")) document.getElementById(focused)?.focus();
}

/** Writes an edited application back to the editor, assesses it, and fills the form. */
function edit(change: (app: Json) => void): void {
  const app = current();
  if (app === null) return;
  change(app);
  json.value = JSON.stringify(app, null, 2);
  fillForm(app);
  run();
}

function options(): AssessOptions {
  const edition = optEdition.value as EditionId | "";
  const aland = optAland.value as NonNullable<AssessOptions["alandMunicipalities"]>;
  return {
    locale,
    ...(edition === "" ? {} : { edition }),
    ...(aland === "review" ? {} : { alandMunicipalities: aland }),
    ...(optAt.value.trim() === "" ? {} : { at: optAt.value.trim() }),
  };
}

function situation(): Situation {
  const o = options();
  return {
    json: json.value,
    ...(o.edition === undefined ? {} : { edition: o.edition }),
    ...(o.alandMunicipalities === undefined ? {} : { aland: o.alandMunicipalities }),
    ...(o.at === undefined ? {} : { at: o.at }),
  };
}

function valuesHtml(values: Finding["values"]): string {
  const entries = Object.entries(values);
  if (entries.length === 0) return "";
  return `<details class="values"><summary>${esc(l("valuesRead"))}</summary><dl>${entries.map(([k, v]) => `<dt><code>${esc(k)}</code></dt><dd>${esc(formatValue(v, locale, k))}</dd>`).join("")}</dl></details>`;
}

function findingHtml(f: Finding): string {
  const title = titles.get(f.rule) ?? f.rule;
  return `<li class="finding outcome-${f.outcome}" data-rule="${esc(f.rule)}" data-outcome="${f.outcome}">
<div class="finding-head">${outcomeBadge(f.outcome, locale)} <a href="rules/${esc(f.rule)}.html"><strong>${esc(title)}</strong></a> <code>${esc(f.rule)}</code></div>
<p class="message">${esc(f.message)}</p>
<p class="finding-cite">${esc(l("citation"))}: ${citationHtml(f.citation)}</p>${valuesHtml(f.values)}</li>`;
}

function renderVerdict(a: Assessment): void {
  const counts = (["fail", "missing", "review", "pass"] as const)
    .map((o) => ({ o, n: a.findings.filter((f) => f.outcome === o).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${outcomeBadge(c.o, locale)} ${c.n}`)
    .join(" ");
  const maxGrant =
    a.budget === null
      ? ""
      : `<p>${esc(l("maxGrant"))}: <strong data-max-grant="${a.budget.maxGrant}">${esc(formatValue(a.budget.maxGrant, locale))}</strong></p>`;
  byId("verdict").innerHTML =
    `<p class="verdict status-${a.status}" data-status="${a.status}"><span>${esc(l(`status_${a.status}`))}</span> <span class="muted">${esc(l("edition"))} ${a.edition}</span></p><p>${counts}</p>${maxGrant}`;
  const sorted = [...a.findings].sort((x, y) => ORDER[x.outcome]! - ORDER[y.outcome]!);
  const issues =
    a.issues.length === 0
      ? ""
      : `<h3>${esc(l("issues"))}</h3><ul class="issues">${a.issues.map((i) => `<li data-code="${esc(i.code)}"><code>${esc(i.path.join(".") || "–")}</code> ${esc(i.message)}</li>`).join("")}</ul>`;
  byId("findings").innerHTML =
    `${issues}${sorted.length === 0 ? "" : `<h3>${esc(l("findings"))}</h3><ol class="findings">${sorted.map(findingHtml).join("")}</ol>`}`;
}

/** The budget trace: each line → eligible or not (893/2019 5 §) → VAT-free base → × rate → rounded down. */
function renderBudget(a: Assessment, input: Json): void {
  const target = byId("budget-trace");
  const parsed = parseApplication(input, { locale });
  if (a.budget === null || !parsed.success) {
    target.innerHTML = "";
    return;
  }
  const edition = getEdition(a.edition);
  const rows = parsed.data.budget.lines
    .map((line, i) => {
      const category = edition.money.costCategories[line.category];
      const treatment = category.value.treatment;
      const counted = treatment === "ineligible" ? "0.00" : line.amount;
      return `<tr data-line="${i}" data-treatment="${treatment}"><th scope="row">${i + 1}. ${esc(category.value.title[locale])}${line.description === undefined ? "" : `<br><span class="muted">${esc(line.description)}</span>`}</th><td class="num">${esc(formatValue(line.amount, locale))}</td><td class="num">${esc(formatValue(line.vat, locale))}</td><td><span class="badge treatment-${treatment}">${esc(l(`treatment_${treatment}`))}</span> ${citationHtml(category.citation)}</td><td class="num">${esc(formatValue(counted, locale))}</td></tr>`;
    })
    .join("");
  const b = a.budget;
  const exact = new Decimal(b.eligibleCosts).times(b.rate).toFixed();
  const rate = edition.money.maxGrantRate;
  const row = (label: UiKey, amount: string, attr = "") =>
    `<tr${attr}><th scope="row">${esc(l(label))}</th><td class="num">${esc(formatValue(amount, locale))}</td></tr>`;
  target.innerHTML = `${scrollable(
    l("budgetLines"),
    `<table class="trace"><caption>${esc(l("budgetLines"))}</caption><thead><tr><th scope="col">${esc(l("line"))}</th><th scope="col">${esc(l("amountVatFree"))}</th><th scope="col">${esc(l("vatNever"))}</th><th scope="col">893/2019 5 §</th><th scope="col">${esc(l("counts"))}</th></tr></thead><tbody>${rows}</tbody></table>`,
  )}
<table class="sum"><caption>${esc(l("budgetPanel"))}</caption><tbody>
${row("totalCosts", b.totalCosts)}${row("ineligibleCosts", b.ineligibleCosts)}${row("vat", b.vat)}
${row("eligibleBase", b.eligibleCosts, ' class="base"')}${row("conditionalCosts", b.conditionalCosts)}
<tr><th scope="row">× ${esc(formatValue(b.rate, locale, "rate"))} ${certaintyBadge(rate.certainty, locale)} ${citationHtml(rate.citation)}</th><td class="num">${esc(l("exactProduct"))}: <span data-exact>${esc(exact)}</span></td></tr>
<tr class="max"><th scope="row">${esc(l("roundedDown"))}</th><td class="num" data-trace-max="${b.maxGrant}">${esc(formatValue(b.maxGrant, locale))}</td></tr>
${row("requestedGrant", b.requestedGrant)}${row("ownShare", b.ownShare)}
</tbody></table>`;
}

function renderReuse(s: Situation, input: Json | null): void {
  const hash = encodeSituation(s);
  history.replaceState(null, "", hash);
  carryHash(hash);
  byId<HTMLInputElement>("permalink").value = location.href;
  byId<HTMLAnchorElement>("to-years").href = `years.html${hash}`;
  const opts = options();
  const tsOptions = `{ ${Object.entries(opts)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(", ")} }`;
  const application = input === null ? json.value : JSON.stringify(input, null, 2);
  byId("use-ts").textContent =
    `import { assess } from "digikannustin";\n\nconst application = ${application};\n\nconst assessment = assess(application, ${tsOptions});\nassessment.status; // ${input === null ? "" : assess(input, opts).status}`;
  const cli = ["npx digikannustin assess application.json", `--locale ${locale}`];
  if (opts.edition !== undefined) cli.push(`--edition ${opts.edition}`);
  if (opts.alandMunicipalities !== undefined) cli.push(`--aland ${opts.alandMunicipalities}`);
  if (opts.at !== undefined) cli.push(`--at ${opts.at}`);
  byId("use-cli").textContent = cli.join(" ");
  byId("use-json").textContent = application;
}

/** Assesses the application in the editor and shows everything. */
function run(): void {
  const input = current();
  if (input === null) {
    jsonError.hidden = false;
    jsonError.textContent = l("jsonError");
    json.setAttribute("aria-invalid", "true");
    byId("verdict").innerHTML = `<p class="verdict status-invalid" data-status="json">${esc(l("jsonError"))}</p>`;
    byId("findings").innerHTML = "";
    byId("budget-trace").innerHTML = "";
    renderReuse(situation(), null);
    return;
  }
  jsonError.hidden = true;
  json.removeAttribute("aria-invalid");
  const a = assess(input, options());
  renderVerdict(a);
  renderBudget(a, input);
  renderReuse(situation(), input);
}

function load(s: Situation): void {
  json.value = s.json;
  optEdition.value = s.edition !== undefined && editionIds.includes(s.edition) ? s.edition : "";
  optAland.value = s.aland ?? "review";
  optAt.value = s.at ?? "";
  const app = current();
  if (app !== null) fillForm(app);
  run();
}

function loadExample(): void {
  const text = exampleJson(example.value);
  if (text !== null) load({ json: text });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
  byId("result-title").setAttribute("tabindex", "-1");
  byId("result-title").focus();
});
example.addEventListener("change", loadExample);
byId("load-example").addEventListener("click", loadExample);
json.addEventListener("input", () => {
  const app = current();
  if (app !== null) fillForm(app);
  run();
});
for (const select of [optEdition, optAland]) select.addEventListener("change", run);
optAt.addEventListener("input", run);
form.addEventListener("input", (event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
  const path = field.dataset["path"];
  const line = field.dataset["line"];
  if (path !== undefined) edit((app) => setPath(app, path, field.value));
  else if (line !== undefined) {
    edit((app) => {
      const target = budgetLinesOf(app)[Number(line)];
      if (target !== undefined) {
        if (field.value === "") delete target[field.dataset["key"]!];
        else target[field.dataset["key"]!] = field.value;
      }
    });
  }
});
byId("add-line").addEventListener("click", () =>
  edit((app) => {
    const budget = (app["budget"] ?? {}) as Json;
    app["budget"] = budget;
    budget["lines"] = [...budgetLinesOf(app), { category: "staff", amount: "0.00" }];
  }),
);
lines.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-remove]");
  if (button === null) return;
  const index = Number(button.dataset["remove"]);
  edit((app) => budgetLinesOf(app).splice(index, 1));
  byId("add-line").focus();
});
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
  button.addEventListener("click", async () => {
    const field = byId<HTMLInputElement>(button.dataset["copy"]!);
    field.select();
    await navigator.clipboard?.writeText(field.value).catch(() => undefined);
    button.textContent = l("copied");
  });
}
window.addEventListener("hashchange", () => {
  const s = decodeSituation(location.hash);
  if (s !== null && s.json !== json.value) load(s);
});

const initial = decodeSituation(location.hash);
if (initial !== null) load(initial);
else {
  example.value = DEFAULT_EXAMPLE;
  loadExample();
}
