// oEmbed (https://oembed.com) for the members' public pages: a publishing tool given
// "https://vanortsregistret.se/kommun/umea" asks /api/oembed?url=…&format=json and gets the
// embeddable list's iframe as a "rich" answer. Pure; the route handler reads the database.
import { localePath, splitLocale, type Locale } from "../i18n/config";
import type { OrganisationKind } from "../generated/prisma/enums";
import { DEFAULT_EMBED_OPTIONS } from "./options";
import { embedUrl, iframeSnippet } from "./snippet";

export type OEmbedRequest = {
  page: { locale: Locale; kind: OrganisationKind; slug: string };
  maxWidth?: number;
  maxHeight?: number;
};

/** Why a request gets no answer, with the status the oEmbed specification gives it (section 2.3.4). */
export type OEmbedRefusal =
  | { status: 400; reason: "urlMissing" | "sizeInvalid" }
  | { status: 404; reason: "urlUnknown" }
  | { status: 501; reason: "formatUnsupported" };

const MEMBER_PAGE = /^\/(kommun|region)\/([a-z0-9-]{1,80})\/?$/;

/**
 * Reads an oEmbed request. `origins` are the addresses this site answers to (SITE_URL and the
 * request's own); a URL elsewhere, or of a page that is not a member's, has no answer (404).
 */
export function parseOEmbedRequest(query: URLSearchParams, origins: string[]): OEmbedRequest | OEmbedRefusal {
  const format = query.get("format");
  if (format !== null && format !== "json") return { status: 501, reason: "formatUnsupported" };
  const raw = query.get("url");
  if (!raw) return { status: 400, reason: "urlMissing" };
  const size = (name: string) => {
    const value = query.get(name);
    if (value === null || value === "") return undefined;
    return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : NaN;
  };
  const maxWidth = size("maxwidth");
  const maxHeight = size("maxheight");
  if (Number.isNaN(maxWidth) || Number.isNaN(maxHeight)) return { status: 400, reason: "sizeInvalid" };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { status: 404, reason: "urlUnknown" };
  }
  if (!origins.includes(url.origin)) return { status: 404, reason: "urlUnknown" };
  const [locale, path] = splitLocale(url.pathname);
  const match = MEMBER_PAGE.exec(path);
  // "/sv/kommun/umea" is not an address of the site (it redirects): splitLocale leaves it whole.
  if (!match) return { status: 404, reason: "urlUnknown" };
  return {
    page: { locale, kind: match[1] === "kommun" ? "MUNICIPALITY" : "REGION", slug: match[2]! },
    maxWidth,
    maxHeight,
  };
}

/** The width the iframe asks for when the consumer sets no limit. */
export const OEMBED_WIDTH = 480;

/** The oEmbed "rich" answer: the embeddable list of all kinds, without a map, in the page's language. */
export function oembedResponse(input: {
  origin: string;
  request: OEmbedRequest;
  member: { code: string; name: string };
  height: number;
  title: string;
  providerName: string;
}) {
  const { origin, request, member } = input;
  const width = Math.min(request.maxWidth ?? OEMBED_WIDTH, OEMBED_WIDTH);
  const height = Math.min(input.height, request.maxHeight ?? input.height);
  const src = embedUrl(origin, member.code, request.page.locale, DEFAULT_EMBED_OPTIONS);
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${origin}${localePath(request.page.locale, "/")}`,
    // The registry's data changes when members edit it; a consumer may keep the snippet a day
    // (the iframe itself always shows the current list).
    cache_age: 86400,
    html: iframeSnippet(src, input.title, height, width),
    width,
    height,
  };
}

/** The oEmbed endpoint's address for a page, for the page's own discovery link. */
export const oembedHref = (pageUrl: string) =>
  `/api/oembed?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
