// next-auth's route handlers (/api/auth/*), given a request whose address and forwarded headers
// follow the TRUSTED_PROXY_HOPS rule (lib/security/forwarded.ts). These routes do not pass
// proxy.ts, and Next builds a route's URL with the scheme of a client-sent X-Forwarded-Proto.
import { NextRequest } from "next/server";
import { env } from "../env";
import { requestOrigin, setTrustedForwarding } from "../security/forwarded";
import { handlers } from "./config";

/** The request as next-auth should see it: this site's address (SITE_URL, or the believed host and scheme). */
function trustedAuthRequest(request: NextRequest): NextRequest {
  const { SITE_URL, TRUSTED_PROXY_HOPS } = env();
  const origin = requestOrigin(request.headers, TRUSTED_PROXY_HOPS, request.nextUrl.host);
  const headers = new Headers(request.headers);
  setTrustedForwarding(headers, origin);
  const base = SITE_URL ?? `${origin.protocol}://${origin.host}`;
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, base);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : request.body;
  const init = { method: request.method, headers, body, duplex: "half" };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}

export const GET = (request: NextRequest) => handlers.GET(trustedAuthRequest(request));
export const POST = (request: NextRequest) => handlers.POST(trustedAuthRequest(request));
