// The embedded list as one small HTML document: its own minimal style sheet, no script, no
// font, no image but an inline SVG, no request to anyone. Written as a string rather than
// through React so that nothing of the site (its layout, its scripts) comes along: the page
// stays a few kilobytes and works in any iframe. Every value from the database is escaped.
import type { Locale } from "../i18n/config";
import { localePath } from "../i18n/config";
import type { I18n } from "../i18n/server";
import { organisationPath } from "../organisations/paths";
import type { EmbedModel } from "./load";
import { DEFAULT_COLOUR, type EmbedOptionError, type EmbedOptions } from "./options";

/** Escapes text for an HTML text node or a double-quoted attribute. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Translate = I18n["t"];

/** Bytes of list rows (and map) a page may carry: with the head, headings and footer it stays under 30 kB. */
const ITEMS_BUDGET = 26 * 1024;
const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

function documentOf(locale: Locale, title: string, colour: string, body: string): string {
  // The accent colours headings and links; it is six hex digits (options.ts), never free text.
  const style =
    `body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}` +
    `main{padding:10px 14px}h1{font-size:1.1rem;margin:0 0 8px;color:#${colour}}` +
    `h2{font-size:1rem;margin:12px 0 4px;color:#${colour}}ul{margin:0;padding-left:1.2em}li{margin:2px 0}` +
    `a{color:#${colour}}.m{color:#595959}svg{display:block;max-width:100%;height:auto;margin:0 0 6px}` +
    `p{margin:8px 0 0}footer{margin-top:10px;font-size:.85rem;color:#595959}`;
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    // The list belongs on the member's own site; search engines should index the registry's page.
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${style}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}

// Links leave the iframe: the registry opens in a new tab instead of inside the host's page.
const outLink = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;

/** The list: a heading, the optional map, one section per kind, and a link to the whole registry entry. */
export function renderEmbedPage(input: {
  locale: Locale;
  t: Translate;
  model: EmbedModel;
  options: EmbedOptions;
  mapSvg?: string;
}): string {
  const { locale, t, model, options, mapSvg } = input;
  const colour = options.colour ?? DEFAULT_COLOUR;
  const memberHref = localePath(locale, organisationPath(model.member));
  const heading = t("embed.heading", { name: model.member.name });
  // Rows are added while the page stays within its byte budget (30 kB in all): whatever
  // officers typed, the page a municipality's visitors load stays small.
  let budget = ITEMS_BUDGET - bytes(mapSvg ?? "");
  let shown = 0;
  const sections = model.sections
    .map((section) => {
      const items = section.items
        .map((item) => {
          const parts = [escapeHtml(item.label)];
          if (item.title) parts[0] = `${escapeHtml(item.title)}: ${parts[0]}`;
          if (item.countries.length) parts.push(`, ${escapeHtml(item.countries.join(", "))}`);
          const notes = [
            ...(item.startYear ? [t("embed.since", { year: item.startYear })] : []),
            ...(item.unverified ? [t("partnerships.unverified")] : []),
          ];
          if (notes.length) parts.push(` <span class="m">(${escapeHtml(notes.join(", "))})</span>`);
          const li = `<li>${parts.join("")}</li>`;
          budget -= bytes(li);
          if (budget < 0) return "";
          shown += 1;
          return li;
        })
        .join("");
      const id = `k-${section.kind.toLowerCase()}`;
      const title = `${t(`kind.${section.kind}.plural`)} (${section.count})`;
      // A section whose rows all fell beyond the limit still says how many there are.
      return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${items ? `<ul>${items}</ul>` : ""}</section>`;
    })
    .join("");
  const more =
    model.total > shown
      ? `<p>${escapeHtml(t("embed.shownOf", { shown, total: model.total }))} ${outLink(memberHref, t("embed.seeAll"))}</p>`
      : "";
  const body =
    `<h1>${escapeHtml(heading)}</h1>` +
    (mapSvg ?? "") +
    (model.total === 0 ? `<p>${escapeHtml(t("embed.none"))}</p>` : sections) +
    more +
    `<footer>${escapeHtml(t("embed.source"))} ${outLink(memberHref, t("embed.sourceLink", { name: model.member.name }))}</footer>`;
  return documentOf(locale, `${heading} – ${t("site.name")}`, colour, body);
}

/** The page for an address that names no member, or options that cannot be read. */
export function renderEmbedError(input: {
  locale: Locale;
  t: Translate;
  notFoundCode?: string;
  errors?: EmbedOptionError[];
}): string {
  const { locale, t } = input;
  const reasons = [
    ...(input.notFoundCode !== undefined ? [t("embed.notFound", { code: input.notFoundCode })] : []),
    ...(input.errors ?? []).map((e) =>
      e.code === "embedColourContrast"
        ? t("embed.errors.embedColourContrast", { value: e.value, ratio: e.ratio })
        : t(`embed.errors.${e.code}`, { value: e.value }),
    ),
  ];
  const title = t("embed.errorTitle");
  const body =
    `<h1>${escapeHtml(title)}</h1><ul>${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>` +
    `<footer>${outLink(localePath(locale, "/"), t("site.name"))}</footer>`;
  return documentOf(locale, `${title} – ${t("site.name")}`, DEFAULT_COLOUR, body);
}
