import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, localePath, splitLocale } from "./lib/i18n/config";
import { LOCALE_HEADER } from "./lib/i18n/current-locale";
import { oversizeImportQuery } from "./lib/import/oversize-upload";
import { outageResponse } from "./lib/database/outage-response";
import { isDecodablePath, malformedAddressProblem } from "./lib/api/malformed-address";
import {
  isTooLongQuery,
  isUnreadableForm,
  pagePostRefusal,
  pagePostRefusalResponse,
} from "./lib/http/page-post-limit";
import { crossOriginPostResponse, isCrossOriginPost } from "./lib/security/forwarded";
import { pageSecurity, trustedOrigin, trustedRequestHeaders } from "./lib/security/page-headers";
import { EMBED_FRAME_ANCESTORS, isEmbedPath } from "./lib/embed/paths";

// Locale routing: pages live under app/[locale]. Swedish URLs have no prefix (/kommun/umea is
// rewritten to /sv/kommun/umea); English ones keep theirs (/en/kommun/umea); an explicit
// /sv/... is redirected to the canonical unprefixed URL. Redirects only; no authorisation here.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // While the database is unavailable, pages and the API answer 503 with Retry-After at once.
  // The page's own CSP, which lets it load its stylesheet.
  const unavailable = await outageResponse(pathname);
  if (unavailable)
    return pathname.startsWith("/api/") ? unavailable : pageSecurity(request, new Headers())(unavailable);
  // The API passes through, but an address Next cannot decode gets a 400 problem here (Next answered 500).
  if (pathname.startsWith("/api/"))
    return isDecodablePath(pathname)
      ? NextResponse.next({ request: { headers: trustedRequestHeaders(request) } })
      : malformedAddressProblem();
  // Built from nextUrl (not request.url) so that Next keeps treating it as this site's own
  // address whatever host name the server is bound to (127.0.0.1 behind a reverse proxy).
  const to = (path: string) => {
    const url = request.nextUrl.clone();
    url.pathname = path;
    return url;
  };
  if (pathname === `/${DEFAULT_LOCALE}` || pathname.startsWith(`/${DEFAULT_LOCALE}/`)) {
    return NextResponse.redirect(to(pathname.slice(DEFAULT_LOCALE.length + 1) || "/"), 308);
  }
  const [locale, pathWithoutLocale] = splitLocale(pathname);
  const oversize = oversizeImportQuery(
    request.method,
    pathWithoutLocale,
    request.headers.get("content-length"),
  );
  if (oversize) {
    const url = to(pathname);
    url.search = oversize;
    return NextResponse.redirect(url, 303);
  }
  // Any other post without a length or above the server actions' limit: 411/413 before it is read.
  const refusal = pagePostRefusal(request.method, request.headers.get("content-length"));
  if (refusal) return pagePostRefusalResponse(refusal, locale);
  if (await isUnreadableForm(request)) return pagePostRefusalResponse(400, locale);
  if (isTooLongQuery(request.nextUrl.search)) return pagePostRefusalResponse(414, locale);
  if (isCrossOriginPost(request.method, request.headers.get("origin"), trustedOrigin(request)))
    return crossOriginPostResponse(locale);
  // X-Forwarded-Host/-Proto only as the trusted proxies wrote them (lib/security/forwarded.ts).
  const headers = trustedRequestHeaders(request);
  headers.set(LOCALE_HEADER, locale);
  // CSP with a fresh nonce (lib/security/headers.ts); only the embeddable list may be framed, by anyone.
  const frameAncestors = isEmbedPath(pathWithoutLocale) ? EMBED_FRAME_ANCESTORS : undefined;
  const secure = pageSecurity(request, headers, frameAncestors);
  if (!isDecodablePath(pathname)) {
    // A malformed address (%E0%A4%A) fails in the router's parameter decoding even behind a
    // rewrite, so send the visitor to an address that shows the 404 page in their language.
    return NextResponse.redirect(to(localePath(locale, "/ogiltig-adress")), 307);
  }
  if (locale !== DEFAULT_LOCALE) return secure(NextResponse.next({ request: { headers } }));
  return secure(
    NextResponse.rewrite(to(`/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`), {
      request: { headers },
    }),
  );
}

export const config = {
  // Everything but the API, Next's own files and static files (robots.txt, sitemap.xml, public/).
  // Downloads such as /samarbeten/export.csv are pages of a locale and do pass through.
  matcher: [
    "/((?!api/|_next/|.*\\.(?:txt|xml|ico|png|jpe?g|svg|webp|geojson|topojson|woff2?|css|js|map)$).*)",
    // Only for the outage check: the health check and the open data API.
    "/api/health",
    "/api/v1/:path*",
    // Only API addresses with a percent sign, for the check of undecodable ones above: other API
    // requests stay out of the proxy, whose body buffering would read a POST body whole first.
    "/api/:path(.*%.*)",
  ],
};
