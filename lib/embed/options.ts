// The embeddable list's options, as they travel in its URL (/inbaddning/2480?typ=vanort&karta=1&farg=1f5fa0).
// Pure: the route handler parses them, the snippet builder on the officer's page and /oppna-data
// writes them, and both use the same names. Strict on purpose (unlike the directory's filters):
// an embed URL is written once by a snippet builder, and a bad value should say so at once
// instead of silently showing something else on a municipality's website.
import type { PartnershipKind } from "../generated/prisma/enums";
import { KIND_VALUES } from "../directory/parse-params";
import { PARTNERSHIP_KINDS } from "../database/enums";

export type EmbedOptions = {
  /** Kinds shown, in the report's order; never empty. */
  kinds: PartnershipKind[];
  /** Whether to draw the small map above the list. */
  map: boolean;
  /** Accent colour as six lower-case hex digits without '#', or undefined for the registry's own. */
  colour?: string;
};

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { kinds: [...PARTNERSHIP_KINDS], map: false };

/** The default accent: the site's link colour, 4.5:1 or better on white. */
export const DEFAULT_COLOUR = "1f4e8c";

/** The query parameters (Swedish, as the directory's): typ, karta, farg. */
const EMBED_PARAMS = { kind: "typ", map: "karta", colour: "farg" } as const;

export type EmbedOptionError =
  | { code: "embedKindInvalid"; value: string }
  | { code: "embedMapInvalid"; value: string }
  | { code: "embedColourInvalid"; value: string }
  | { code: "embedColourContrast"; value: string; ratio: number };

export type ParsedEmbedOptions =
  { ok: true; options: EmbedOptions } | { ok: false; errors: EmbedOptionError[] };

const KIND_BY_VALUE: Record<string, PartnershipKind> = KIND_VALUES;
const VALUE_BY_KIND = Object.fromEntries(Object.entries(KIND_VALUES).map(([v, k]) => [k, v])) as Record<
  PartnershipKind,
  string
>;

/** The lowest contrast against white an accent may have: it colours text (WCAG 1.4.3, AA). */
export const MIN_CONTRAST = 4.5;

/** WCAG's relative luminance of a six-digit hex colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The contrast ratio of a hex colour against white (1 to 21). */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * A colour as written by a person or a colour picker ("#1F5FA0", "1f5fa0", "#abc") as six
 * lower-case digits, or undefined when it is not a hex colour. Only hex digits pass, so the
 * value can never carry anything into the page's style sheet.
 */
export function normaliseColour(raw: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!match) return undefined;
  const digits = match[1]!.toLowerCase();
  return digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
}

/** Reads the options from an embed URL's query; unknown parameters are ignored (e.g. a CMS's own). */
export function parseEmbedOptions(query: URLSearchParams): ParsedEmbedOptions {
  const errors: EmbedOptionError[] = [];

  // typ=vanort&typ=annat or typ=vanort,annat; none means all kinds.
  const kindValues = query
    .getAll(EMBED_PARAMS.kind)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  const chosen = new Set<PartnershipKind>();
  for (const value of kindValues) {
    const kind = KIND_BY_VALUE[value.toLowerCase()];
    if (kind) chosen.add(kind);
    else errors.push({ code: "embedKindInvalid", value });
  }
  const kinds = chosen.size ? PARTNERSHIP_KINDS.filter((k) => chosen.has(k)) : [...PARTNERSHIP_KINDS];

  let map = false;
  const mapValue = query.get(EMBED_PARAMS.map);
  if (mapValue !== null) {
    if (["1", "ja", "yes", "true"].includes(mapValue.toLowerCase())) map = true;
    else if (!["0", "nej", "no", "false", ""].includes(mapValue.toLowerCase()))
      errors.push({ code: "embedMapInvalid", value: mapValue });
  }

  let colour: string | undefined;
  const colourValue = query.get(EMBED_PARAMS.colour);
  if (colourValue !== null && colourValue !== "") {
    colour = normaliseColour(colourValue);
    if (!colour) errors.push({ code: "embedColourInvalid", value: colourValue });
    else {
      const ratio = contrastOnWhite(colour);
      if (ratio < MIN_CONTRAST)
        errors.push({ code: "embedColourContrast", value: colourValue, ratio: Math.floor(ratio * 10) / 10 });
    }
  }

  return errors.length ? { ok: false, errors } : { ok: true, options: { kinds, map, colour } };
}

/**
 * The canonical query of a set of options, the inverse of parseEmbedOptions: defaults are left
 * out, so equal options give one URL (and one cache entry).
 */
export function embedQuery(options: EmbedOptions): string {
  const query = new URLSearchParams();
  if (options.kinds.length && options.kinds.length < PARTNERSHIP_KINDS.length)
    for (const kind of PARTNERSHIP_KINDS)
      if (options.kinds.includes(kind)) query.append(EMBED_PARAMS.kind, VALUE_BY_KIND[kind]);
  if (options.map) query.set(EMBED_PARAMS.map, "1");
  if (options.colour && options.colour !== DEFAULT_COLOUR) query.set(EMBED_PARAMS.colour, options.colour);
  return query.toString();
}
