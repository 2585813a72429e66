// GET /api/oembed?url=<a member's public page>&format=json: the oEmbed "rich" answer whose html is
// the member's embeddable list (lib/embed/oembed.ts). 400 without a url or with a bad size, 404
// for a URL that is not a member page of this site, 501 for any format but json (oEmbed 2.3.4).
import { CACHE_CONTROL } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { oembedResponse, parseOEmbedRequest } from "@/lib/embed/oembed";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/options";
import { suggestedHeight } from "@/lib/embed/snippet";
import { splitLocale, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { findMemberBySlug } from "@/lib/organisations/queries";
import { memberPartnershipTotals } from "@/lib/partnerships/queries";
import { siteUrl } from "@/lib/site-url";

/** The language of an error: the page the url names, else the client's preference, else Swedish. */
function errorLocale(request: Request, query: URLSearchParams): Locale {
  try {
    const [locale] = splitLocale(new URL(query.get("url") ?? "").pathname);
    if (locale !== "sv") return locale;
  } catch {
    // no usable url: fall through to Accept-Language
  }
  return /^\s*en\b/i.test(request.headers.get("accept-language") ?? "") ? "en" : "sv";
}

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const origin = siteUrl().origin;
  const parsed = parseOEmbedRequest(query, [origin, new URL(request.url).origin]);
  if ("status" in parsed) {
    const { t } = getI18n(errorLocale(request, query));
    return problem(
      parsed.status,
      t(`embed.oembed.${parsed.reason}.title`),
      t(`embed.oembed.${parsed.reason}.detail`),
    );
  }
  const { page } = parsed;
  const member = await findMemberBySlug(db(), page.kind, page.slug);
  if (!member) {
    const { t } = getI18n(page.locale);
    return problem(404, t("embed.oembed.urlUnknown.title"), t("embed.oembed.urlUnknown.detail"));
  }
  const totals = await memberPartnershipTotals(db(), member.id);
  // Network memberships are listed with the other cooperation.
  const counts = { ...totals.byKind, OTHER: (totals.byKind.OTHER ?? 0) + totals.networks };
  const { t } = getI18n(page.locale);
  const body = oembedResponse({
    origin,
    request: parsed,
    member,
    height: suggestedHeight(counts, DEFAULT_EMBED_OPTIONS),
    title: t("embed.builder.iframeTitle", { name: member.name }),
    providerName: t("site.name"),
  });
  return Response.json(body, {
    headers: {
      "Cache-Control": CACHE_CONTROL,
      // Public data, fetched by other sites' publishing tools, some of them in the browser.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
