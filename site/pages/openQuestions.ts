// "Open questions": every fact of every edition that is `inferred` or `notFound`, grouped by fact,
// with the rules that read it and what would settle it.
import { type Locale, editionIds, getEdition, ruleCatalogue } from "../../src/index.js";
import { citedNodes } from "../facts.js";
import { certaintyBadge, citationHtml, esc, formatValue, scrollable } from "../format.js";
import { ui } from "../i18n.js";
import type { Page } from "../layout.js";
import { rulePath } from "./rules.js";

type Text = Readonly<Record<Locale, string>>;

/** What would settle an open fact, by the first part of its path; a fact not named takes `other`. */
const SETTLES: Readonly<Record<string, Text>> = {
  "window.closesAt": {
    fi: "Haun julkaisu tai ministeriön päätös, jossa päättymisen kellonaika on mainittu.",
    sv: "Utlysningen eller ministeriets beslut där klockslaget för stängningen anges.",
    en: "The call announcement or the ministry's decision stating the closing time of day.",
  },
  "window.opensAt": {
    fi: "Haun julkaisupäivä ja -aika ministeriön sivulla tai tiedotteessa.",
    sv: "Utlysningens publiceringsdag och klockslag på ministeriets sida eller i ett pressmeddelande.",
    en: "The day and time the call was published, on the ministry's page or in a press release.",
  },
  "eligibility.alandMunicipalities": {
    fi: "Valtiovarainministeriön kannanotto tai haun teksti siitä, voivatko Ahvenanmaan kunnat hakea tai osallistua. Siihen asti: asetus alandMunicipalities.",
    sv: "Finansministeriets ställningstagande eller utlysningens text om huruvida Ålands kommuner får söka eller delta. Till dess: inställningen alandMunicipalities.",
    en: "A statement of the Ministry of Finance, or the call text, on whether Åland's municipalities may apply or take part. Until then: the alandMunicipalities option.",
  },
  decidedOn: {
    fi: "Ministeriön avustuspäätöksen päivämäärä.",
    sv: "Dagen för ministeriets beslut om understöd.",
    en: "The date of the ministry's grant decision.",
  },
  statistics: {
    fi: "Ministeriön julkaisemat haun tulokset (hakemukset, myönnetyt avustukset, summa).",
    sv: "Ministeriets publicerade resultat av ansökan (ansökningar, beviljade understöd, summa).",
    en: "The ministry's published results of the call (applications, grants made, total).",
  },
  title: {
    fi: "Haun virallinen nimi haun julkaisussa.",
    sv: "Utlysningens officiella namn.",
    en: "The call's official title in its announcement.",
  },
  criteria: {
    fi: "Haun julkaisu, jossa arviointikriteeri luetellaan sellaisenaan.",
    sv: "Utlysningen där bedömningskriteriet räknas upp som sådant.",
    en: "The call announcement listing the criterion as such.",
  },
  other: {
    fi: "Lähde, joka ilmoittaa arvon suoraan; huomio kertoo, mistä on etsitty.",
    sv: "En källa som anger värdet direkt; anmärkningen säger var man har letat.",
    en: "A source that states the value outright; the note says where it was looked for.",
  },
};

function settles(path: string): Text {
  const key = Object.keys(SETTLES).find((k) => path === k || path.startsWith(`${k}.`));
  return SETTLES[key ?? "other"]!;
}

/** The open-questions page in one language. */
export function openQuestionsPage(locale: Locale): Page {
  const groups = new Map<string, { path: string; rows: string[] }>();
  for (const id of editionIds) {
    for (const { path, node } of citedNodes(getEdition(id))) {
      if (node.certainty === "sourced") continue;
      const group = groups.get(path) ?? { path, rows: [] };
      group.rows.push(
        `<tr><th scope="row">${id}</th><td>${esc(formatValue(node.value, locale, path))}${node.note === undefined ? "" : `<p class="note">${esc(node.note[locale])}</p>`}</td><td>${certaintyBadge(node.certainty, locale)}</td><td>${citationHtml(node.citation)}</td></tr>`,
      );
      groups.set(path, group);
    }
  }
  // Not-found facts first: they are the truly open ones.
  const sections = [...groups.values()]
    .sort(
      (a, b) =>
        Number(!a.rows.some((r) => r.includes("certainty-notFound"))) -
        Number(!b.rows.some((r) => r.includes("certainty-notFound"))),
    )
    .map(({ path, rows }) => {
      const rules = ruleCatalogue.filter((r) => r.facts.some((f) => f === path || path.startsWith(`${f}.`)));
      const ruleList =
        rules.length === 0
          ? ""
          : `<p><strong>${esc(ui("rulesAffected", locale))}:</strong> ${rules.map((r) => `<a href="${esc(rulePath(r.id))}"><code>${esc(r.id)}</code></a>`).join(", ")}</p>`;
      const anchor = `q-${path.replaceAll(".", "-")}`;
      return `<section class="question" aria-labelledby="${anchor}"><h2 id="${anchor}"><code>${esc(path)}</code></h2>
<p><strong>${esc(ui("settles", locale))}:</strong> ${esc(settles(path)[locale])}</p>${ruleList}
${scrollable(
  `${path}: ${ui("editions", locale)}`,
  `<table class="timeline"><caption>${esc(ui("editions", locale))}</caption><thead><tr><th scope="col">${esc(ui("edition", locale))}</th><th scope="col">${esc(ui("value", locale))}</th><th scope="col">${esc(ui("certainty", locale))}</th><th scope="col">${esc(ui("citation", locale))}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
)}</section>`;
    })
    .join("");
  const body = `<h1>${esc(ui("openTitle", locale))}</h1><p>${esc(ui("openIntro", locale))}</p>${sections}`;
  return { path: "open-questions.html", title: ui("openTitle", locale), body };
}
