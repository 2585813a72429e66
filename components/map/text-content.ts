/**
 * Leaflet inserts a tooltip's or popup's string content as HTML, so a place or member name typed
 * by someone ("<img src=x onerror=…>") would run as markup for every visitor. Every label passes
 * through here instead: an element whose text is the name, never parsed.
 */
export function textContent(text: string): HTMLElement {
  const element = document.createElement("span");
  element.textContent = text;
  return element;
}
