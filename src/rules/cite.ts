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
  return editionCitation.includes(provision) ? editionCitation : `${provision}; ${editionCitation}`;
}
