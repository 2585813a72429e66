import type { NextRequest } from "next/server";
import { env } from "../env";
import { requestOrigin, setTrustedForwarding, type RequestOrigin } from "./forwarded";
import { createNonce, NONCE_HEADER, pageSecurityHeaders } from "./headers";

/**
 * For proxy.ts: a fresh nonce for this page, set on the request headers the page renders with
 * (Next reads the nonce from the request's Content-Security-Policy and puts it on its own
 * scripts; `x-nonce` is there for any script of ours), and a function that adds the security
 * headers to the proxy's response. `frameAncestors` is for a later embeddable page.
 */
export function pageSecurity(request: NextRequest, requestHeaders: Headers, frameAncestors?: string) {
  const e = env();
  const nonce = createNonce();
  const issuer = e.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  const headers = pageSecurityHeaders({
    nonce,
    tileUrl: e.MAP_TILE_URL,
    // "Sign in with Microsoft" posts a form that redirects there (form-action covers redirects).
    formActionOrigins: issuer ? [new URL(issuer).origin] : [],
    frameAncestors,
    // Over https only by the trusted proxies' word (lib/security/forwarded.ts): nextUrl's scheme
    // comes from a client-sent X-Forwarded-Proto.
    https: trustedOrigin(request).protocol === "https",
    development: e.NODE_ENV === "development",
  });
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  return <R extends Response>(response: R): R => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
}

/** The host and scheme of a request that passes the proxy, by the TRUSTED_PROXY_HOPS rule. */
export const trustedOrigin = (request: NextRequest): RequestOrigin =>
  requestOrigin(request.headers, env().TRUSTED_PROXY_HOPS, request.nextUrl.host);

/**
 * The request headers the app sees behind the proxy: X-Forwarded-Host and X-Forwarded-Proto
 * replaced with the believed ones, so that Next's same-origin check of server actions and
 * next-auth's addresses and redirects never follow a client-sent host.
 */
export function trustedRequestHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  setTrustedForwarding(headers, trustedOrigin(request));
  return headers;
}
