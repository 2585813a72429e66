// Which host and scheme a request was addressed to, for anything that builds a URL from the request
// (next-auth's own addresses and redirects, Next's same-origin check of server actions, HSTS).
//
// X-Forwarded-Host and X-Forwarded-Proto follow the rule of X-Forwarded-For
// (lib/auth/client-address.ts): a client can send them, so they are believed only from the
// TRUSTED_PROXY_HOPS reverse proxies in front of the app. With none (0, the default) the request's
// own Host header names the host and the scheme is the connection's, plain http (scripts/serve.ts
// has no TLS): a client that sends "X-Forwarded-Host: evil.example" changes nothing. With N proxies,
// the N-th entry from the right is the one the outermost proxy wrote (a proxy that replaces the
// header leaves one entry, which is then taken); entries further left came from the client.
// Absolute links in pages, feeds, mail and open data never come from a request at all: they come
// from SITE_URL (lib/site-url.ts).

export type RequestOrigin = { host: string; protocol: "http" | "https" };

/** A host name, IPv4 or bracketed IPv6 address with an optional port: nothing that could end a URL's authority. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export const isPlainHost = (value: string) => value.length <= 255 && HOST.test(value);

/** The entry the farthest trusted proxy wrote in a comma-separated forwarded header, if any. */
function trustedEntry(value: string | null | undefined, trustedProxyHops: number): string | undefined {
  if (trustedProxyHops <= 0 || !value) return undefined;
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - trustedProxyHops)];
}

/**
 * The host and scheme this request was sent to. `headers` are the request's as the app received
 * them; a Host that is no plain host name yields `fallbackHost` (the server's own address).
 */
export function requestOrigin(
  headers: Headers,
  trustedProxyHops: number,
  fallbackHost: string,
): RequestOrigin {
  const ownHost = headers.get("host")?.trim() ?? "";
  const forwardedHost = trustedEntry(headers.get("x-forwarded-host"), trustedProxyHops);
  const host =
    forwardedHost && isPlainHost(forwardedHost)
      ? forwardedHost
      : isPlainHost(ownHost)
        ? ownHost
        : fallbackHost;
  const forwardedProto = trustedEntry(headers.get("x-forwarded-proto"), trustedProxyHops)?.toLowerCase();
  return { host: host.toLowerCase(), protocol: forwardedProto === "https" ? "https" : "http" };
}

/**
 * Replaces the forwarded headers in `headers` (a copy the app will see) with what
 * `requestOrigin` decided, so that Next and next-auth, which read X-Forwarded-Host and
 * X-Forwarded-Proto as they come, see only believed values.
 */
export function setTrustedForwarding(headers: Headers, origin: RequestOrigin): void {
  headers.set("x-forwarded-host", origin.host);
  headers.set("x-forwarded-proto", origin.protocol);
  headers.delete("x-forwarded-port");
  headers.delete("forwarded");
}

/**
 * Whether a post to a page comes from another site: its Origin header names a host other than
 * the one this request was sent to. Next refuses such a server action itself, but with a 500
 * after a logged "CSRF attack" line; the proxy answers 403 first. A post without Origin (a
 * non-browser client, which carries no one else's cookies) is Next's to judge.
 */
export function isCrossOriginPost(
  method: string,
  originHeader: string | null,
  origin: RequestOrigin,
): boolean {
  if (method !== "POST" || originHeader === null) return false;
  try {
    return new URL(originHeader).host !== origin.host;
  } catch {
    return true; // "null" (a sandboxed frame, a privacy mode) or anything unreadable
  }
}

const CROSS_ORIGIN_MESSAGE = {
  sv: "Formuläret skickades från en annan webbplats och togs inte emot. Öppna sidan här och skicka det igen.",
  en: "The form was sent from another website and was not accepted. Open the page here and send it again.",
};

/** The proxy's answer to a cross-site post: 403 and a line of text in the visitor's language. */
export function crossOriginPostResponse(locale: "sv" | "en"): Response {
  return new Response(`${CROSS_ORIGIN_MESSAGE[locale]}\n`, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
