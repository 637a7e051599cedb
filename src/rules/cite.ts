/**
 * A finding's citation: the provision the rule rests on, and the page of the edition that set the
 * value it read, unless that page already names the provision.
 *
 * @example
 * ```ts
 * cite("893/2019 3 §", "https://vm.fi/usein-kysyttya"); //=> "893/2019 3 §; https://vm.fi/usein-kysyttya"
 * cite("893/2019 4 §", "893/2019 4 §");                 //=> "893/2019 4 §"
 * ```
 */
export function cite(provision: string, editionCitation: string): string {
  // A rule cites one provision and an edition's page, so an assessment builds the same few
  // citations each time: each is remembered (bounded, and invisible: it depends on its two texts).
  let byPage = cited.get(provision);
  if (byPage === undefined) {
    if (cited.size >= 64) cited.clear();
    byPage = new Map();
    cited.set(provision, byPage);
  }
  let citation = byPage.get(editionCitation);
  if (citation === undefined) {
    citation = editionCitation.includes(provision) ? editionCitation : `${provision}; ${editionCitation}`;
    if (byPage.size >= 64) byPage.clear();
    byPage.set(editionCitation, citation);
  }
  return citation;
}
const cited = new Map<string, Map<string, string>>();
