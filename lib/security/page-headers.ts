import type { NextRequest } from "next/server";
import { env } from "../env";
import { createNonce, isHttpsRequest, NONCE_HEADER, pageSecurityHeaders } from "./headers";

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
    https: isHttpsRequest(request.nextUrl, request.headers),
    development: e.NODE_ENV === "development",
  });
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  return <R extends Response>(response: R): R => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
}
