// What proxy.ts answers while the database is unavailable: 503 with Retry-After everywhere,
// as JSON for /api/health, an RFC 9457 problem for the API, and a small self-contained page in
// the visitor's language for everything else. A rewrite to a page of the app cannot carry a
// 503 (the router gives the rendered page its own status), and the page must not need the
// database, so the proxy sends this HTML itself.
import { problem } from "../api/problem";
import { splitLocale, type Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import { databaseUnavailableSince, RETRY_AFTER_SECONDS } from "./availability";

const UNAVAILABLE_HEADERS = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };

/** The 503 answer for a request while the database is unavailable; null while it answers. */
export async function outageResponse(pathname: string): Promise<Response | null> {
  if ((await databaseUnavailableSince()) === null) return null;
  return unavailableResponse(pathname);
}

/** Seconds a client should wait before retrying when the server is too busy (scripts/serve.ts). */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * The 503 answer when this server has more requests than it lets in (lib/http/admission.ts):
 * the same localised page or problem as for an outage, saying that the server is busy.
 */
export function busyResponse(pathname: string): Response {
  const headers = { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    const response = problem(
      503,
      "Service Unavailable",
      `The server has more requests than it can answer right now. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
      pathname,
    );
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  const [locale] = splitLocale(pathname);
  return new Response(unavailablePage(locale, pathname, "busyText"), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export function unavailableResponse(pathname: string): Response {
  if (pathname === "/api/health") {
    return Response.json(
      { status: "unavailable", database: "unreachable" },
      { status: 503, headers: UNAVAILABLE_HEADERS },
    );
  }
  if (pathname.startsWith("/api/")) {
    const response = problem(
      503,
      "Service Unavailable",
      `The registry's database is not answering. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
      pathname,
    );
    for (const [name, value] of Object.entries(UNAVAILABLE_HEADERS)) response.headers.set(name, value);
    return response;
  }
  const [locale] = splitLocale(pathname);
  return new Response(unavailablePage(locale, pathname), {
    status: 503,
    headers: { ...UNAVAILABLE_HEADERS, "Content-Type": "text/html; charset=utf-8" },
  });
}

function unavailablePage(
  locale: Locale,
  pathname: string,
  text: "unavailableText" | "busyText" = "unavailableText",
): string {
  const messages = (locale === "en" ? en : sv).errors;
  const site = (locale === "en" ? en : sv).site.name;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(messages.unavailableTitle)} – ${escapeHtml(site)}</title>
<link rel="stylesheet" href="/unavailable.css">
</head>
<body>
<main>
<p class="site-name">${escapeHtml(site)}</p>
<h1>${escapeHtml(messages.unavailableTitle)}</h1>
<p>${escapeHtml(messages[text])}</p>
<p><a href="${escapeHtml(pathname)}">${escapeHtml(messages.retry)}</a></p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}
