import { editions } from "../editions/registry.js";
import { CERTAINTY_WORDS } from "../vocabulary/words.js";
import { diffEditions } from "./diffEditions.js";
import { renderDiffMarkdown } from "./renderDiff.js";

/**
 * `docs/changes.md`: the changes between each consecutive pair of call editions, in Finnish and in
 * English, generated from the edition data (`npm run docs:changes`). A test compares the committed
 * file with this function, so the document cannot fall behind the data.
 *
 * @example
 * ```ts
 * renderChangesDocument().startsWith("# Changes between call editions"); //=> true
 * ```
 */
export function renderChangesDocument(): string {
  const { inferred, notFound } = CERTAINTY_WORDS;
  const parts = [
    "# Changes between call editions (muutokset hakukierrosten välillä)",
    "",
    "<!-- Generated from the edition data by `npm run docs:changes`; do not edit by hand. -->",
    "",
    "Each section lists what changed from one call edition to the next, as computed by `diffEditions`:",
    "the appropriation, the dates, who may apply, the joint-projects rule, the focus areas, the exclusions,",
    "the cost rules and the grant rate, the end of the period of use, the required contents, the conditions",
    "of use, the reporting duties and the evaluation criteria. Values are compared, not citations: a value",
    `that stayed the same while its source page changed is not listed. A value marked *${inferred.en}* (*${inferred.fi}*)`,
    `is inferred from the sources and documented; *${notFound.en}* (*${notFound.fi}*) means it was looked for and not found.`,
    "The path in each row is the one a test names with `expectEditionDiff` from `digikannustin/testing`.",
    "",
  ];
  for (let i = 1; i < editions.length; i++) {
    const from = editions[i - 1]!.id;
    const to = editions[i]!.id;
    const changes = diffEditions(from, to);
    parts.push(`## ${from} → ${to}`, "", "### Suomeksi", "", renderDiffMarkdown(changes, { locale: "fi", from, to }));
    parts.push("### In English", "", renderDiffMarkdown(changes, { locale: "en", from, to }));
  }
  return parts.join("\n");
}
