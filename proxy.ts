import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, splitLocale } from "./lib/i18n/config";
import { LOCALE_HEADER } from "./lib/i18n/current-locale";

// Locale routing: pages live under app/[locale]. Swedish URLs have no prefix (/kommun/umea is
// rewritten to /sv/kommun/umea); English ones keep theirs (/en/kommun/umea); an explicit
// /sv/... is redirected to the canonical unprefixed URL. Redirects only; no authorisation here.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === `/${DEFAULT_LOCALE}` || pathname.startsWith(`/${DEFAULT_LOCALE}/`)) {
    const target = pathname.slice(DEFAULT_LOCALE.length + 1) || "/";
    return NextResponse.redirect(new URL(`${target}${search}`, request.url), 308);
  }
  const [locale] = splitLocale(pathname);
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  if (locale !== DEFAULT_LOCALE) return NextResponse.next({ request: { headers } });
  const internal = new URL(`/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}${search}`, request.url);
  return NextResponse.rewrite(internal, { request: { headers } });
}

export const config = {
  // Everything but the API, Next's own files and static files (robots.txt, sitemap.xml, public/).
  // Downloads such as /samarbeten/export.csv are pages of a locale and do pass through.
  matcher: ["/((?!api/|_next/|.*\\.(?:txt|xml|ico|png|jpe?g|svg|webp|geojson|topojson|woff2?|css|js|map)$).*)"],
};
