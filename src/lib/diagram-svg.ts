/**
 * Turns an author's inline SVG into an accessible, self-contained drawing: role="img" with a <title> and <desc>
 * referenced by aria-labelledby, and arrowhead markers with ids unique to this drawing (authors write
 * `marker-end="url(#arrow)"` or `url(#arrow-accent)`).
 */

let counter = 0;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function accessibleSvg(html: string, { title, description }: { title: string; description: string }): string {
  if (!/<svg\b/i.test(html)) {
    throw new Error(`Diagram "${title}" has no <svg> inside it`);
  }
  counter += 1;
  const id = `dg${counter}`;
  const defs =
    `<defs>` +
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="d-arrowhead" d="M0 0 L10 5 L0 10 z"></path></marker>` +
    `<marker id="${id}-arrow-accent" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="d-arrowhead-accent" d="M0 0 L10 5 L0 10 z"></path></marker>` +
    `</defs>`;
  return html
    .replace(/\s(role|aria-labelledby|aria-label)="[^"]*"/gi, '')
    .replace(/<svg\b([^>]*)>/i, (_match, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
      `<title id="${id}-title">${escapeText(title)}</title><desc id="${id}-desc">${escapeText(description)}</desc>${defs}`,
    )
    .replace(/url\(#arrow-accent\)/g, `url(#${id}-arrow-accent)`)
    .replace(/url\(#arrow\)/g, `url(#${id}-arrow)`);
}
