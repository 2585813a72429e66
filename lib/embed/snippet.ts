// The snippet a municipality pastes into its website, and the iframe's suggested height. Pure:
// the snippet builder (a client component) and the oEmbed answer both write it from here.
import type { PartnershipKind } from "../generated/prisma/enums";
import type { Locale } from "../i18n/config";
import { localePath } from "../i18n/config";
import { embedQuery, type EmbedOptions } from "./options";
import { EMBED_PATH } from "./paths";

/** Most partnerships an embedded list shows; a link leads to the rest (Norrtälje has thousands). */
export const EMBED_LIMIT = 50;

/** The embeddable page's address for a member, language and options. */
export function embedUrl(origin: string, code: string, locale: Locale, options: EmbedOptions): string {
  const query = embedQuery(options);
  return `${origin}${localePath(locale, `${EMBED_PATH}/${code}`)}${query ? `?${query}` : ""}`;
}

// Measured on the rendered page (lib/embed/render.ts): heading and footer, a section heading,
// a list row, the map.
const CHROME_PX = 110;
const SECTION_PX = 40;
const ROW_PX = 26;
const MAP_PX = 230;
/** Above this the iframe scrolls inside rather than pushing the host page's content down. */
export const MAX_HEIGHT = 640;

/** A height that shows the whole list without scrolling, up to MAX_HEIGHT. */
export function suggestedHeight(counts: Partial<Record<PartnershipKind, number>>, options: EmbedOptions) {
  let rows = 0;
  let sections = 0;
  for (const kind of options.kinds) {
    const n = counts[kind] ?? 0;
    if (n > 0) sections += 1;
    rows += n;
  }
  rows = Math.min(rows, EMBED_LIMIT);
  const height = CHROME_PX + sections * SECTION_PX + Math.max(rows, 1) * ROW_PX + (options.map ? MAP_PX : 0);
  return Math.min(MAX_HEIGHT, height);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The iframe to paste: a title for screen readers, the height, no border, loaded lazily. */
export function iframeSnippet(
  src: string,
  title: string,
  height: number,
  width: number | "100%" = "100%",
): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
