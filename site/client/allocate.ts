// The allocation sandbox: the example 2022 call allocated live by the library's `allocate`, with
// the funded line, the reserve list and the reason for every euro.
import {
  type AllocateOptions,
  type Allocation,
  type AllocationCandidate,
  type Locale,
  allocate,
  parseAmount,
} from "../../src/index.js";
import { exampleCall2022 } from "../../src/examples/index.js";
import { citationHtml, esc, formatValue, scrollable } from "../format.js";
import { type UiKey, ui } from "../i18n.js";
import { byId, pageLocale } from "./dom.js";

const locale: Locale = pageLocale();
const l = (key: UiKey) => ui(key, locale);
const form = byId<HTMLFormElement>("allocate-form");
const range = byId<HTMLInputElement>("appropriation-range");
const amount = byId<HTMLInputElement>("appropriation");

const candidates: AllocationCandidate[] = exampleCall2022.candidates.map((c) => ({
  id: c.id,
  application: c.application,
  score: c.score,
}));
const names = new Map(
  exampleCall2022.candidates.map((c) => [c.id, (c.application as { project?: { name?: string } }).project?.name ?? ""]),
);

function checked(name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;
}

function reasonsHtml(a: Allocation): string {
  return `<ul class="reasons">${a.reasons.map((r) => `<li>${esc(r.message)}${r.citation === undefined ? "" : ` <span class="muted">(${citationHtml(r.citation)})</span>`}</li>`).join("")}</ul>`;
}

function rowHtml(a: Allocation): string {
  return `<tr class="alloc-${a.status}" data-id="${esc(a.id)}" data-status="${a.status}" data-amount="${a.amount}"><td>${a.rank ?? "–"}</td><th scope="row">${esc(a.id)}<br><span class="muted">${esc(names.get(a.id) ?? "")}</span></th><td class="num">${esc(a.score ?? "–")}</td><td class="num">${a.grantable === null ? "–" : esc(formatValue(a.grantable, locale))}</td><td class="num"><strong>${esc(formatValue(a.amount, locale))}</strong></td><td><span class="badge alloc-badge-${a.status}">${esc(l(a.status))}</span></td><td>${reasonsHtml(a)}</td></tr>`;
}

function run(): void {
  const appropriation = parseAmount(amount.value.trim().replace(",", "."));
  const summary = byId("allocation-summary");
  if (!appropriation.success) {
    amount.setAttribute("aria-invalid", "true");
    summary.innerHTML = `<p class="error">${esc(appropriation.issues.map((i) => i.code).join(", "))}</p>`;
    return;
  }
  amount.removeAttribute("aria-invalid");
  byId("appropriation-shown").textContent = formatValue(appropriation.data, locale);
  const options: AllocateOptions = {
    appropriation: appropriation.data,
    strategy: checked("strategy") as AllocateOptions["strategy"] & string,
    partial: checked("partial") as AllocateOptions["partial"] & string,
    unit: checked("unit") as AllocateOptions["unit"] & string,
    include: checked("include") as AllocateOptions["include"] & string,
    locale,
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="partial"]')) {
    input.disabled = options.strategy === "proRata";
  }
  const result = allocate(candidates, options);
  if (!result.success) {
    summary.innerHTML = `<ul class="error">${result.issues.map((i) => `<li>${esc(i.message)}</li>`).join("")}</ul>`;
    return;
  }
  const r = result.data;
  summary.innerHTML = `<dl class="totals"><dt>${esc(l("appropriation"))}</dt><dd>${esc(formatValue(r.appropriation, locale))}</dd><dt>${esc(l("totalGranted"))}</dt><dd data-total-granted="${r.totalGranted}">${esc(formatValue(r.totalGranted, locale))}</dd><dt>${esc(l("remaining"))}</dt><dd data-remaining="${r.remaining}">${esc(formatValue(r.remaining, locale))}</dd><dt>${esc(l("countsLabel"))}</dt><dd data-counts>${r.counts.granted} / ${r.counts.reserve} / ${r.counts.rejected}</dd></dl>
<details><summary>${esc(l("notes"))}</summary><ul>${r.notes.map((n) => `<li>${esc(n.message)}</li>`).join("")}</ul></details>`;
  // The funded line: drawn after the last granted application of the ranked list.
  const lastGranted = r.allocations.map((a) => a.status).lastIndexOf("granted");
  const rows = r.allocations
    .map(
      (a, i) =>
        rowHtml(a) +
        (i === lastGranted
          ? `<tr class="funded-line"><td colspan="7">▲ ${esc(l("fundedLine"))}${r.exhaustedAtRank === null ? "" : ` (${esc(l("rank"))} ${r.exhaustedAtRank})`} ▲</td></tr>`
          : ""),
    )
    .join("");
  byId("allocation-table").innerHTML = scrollable(
    l("allocateTitle"),
    `<table class="allocations"><caption>${esc(l("allocateTitle"))}</caption><thead><tr><th scope="col">${esc(l("rank"))}</th><th scope="col">${esc(l("project"))}</th><th scope="col">${esc(l("score"))}</th><th scope="col">${esc(l("grantable"))}</th><th scope="col">${esc(l("grant"))}</th><th scope="col">${esc(l("status"))}</th><th scope="col">${esc(l("reasons"))}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

range.addEventListener("input", () => {
  amount.value = `${range.value}.00`;
  run();
});
amount.addEventListener("input", () => {
  const n = Number.parseFloat(amount.value.replace(",", "."));
  if (Number.isFinite(n)) range.value = String(Math.round(n));
  run();
});
form.addEventListener("change", run);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
run();
