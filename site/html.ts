// HTML escaping, on its own so that a page script that needs nothing else stays small.

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * A table in a box of its own that scrolls sideways when the table is wider than a narrow screen, so
 * that the page does not (WCAG 2.1 1.4.10 reflow lets a data table keep its two dimensions). The box
 * is a named region that takes the focus, so that it scrolls with the keyboard too (2.1.1).
 */
export function scrollable(label: string, table: string): string {
  return `<div class="table-scroll" role="region" aria-label="${esc(label)}" tabindex="0">${table}</div>`;
}
