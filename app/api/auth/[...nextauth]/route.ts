// GET/POST /api/auth/*: next-auth's endpoints (session, sign-out, OpenID Connect callbacks).
// next-auth reads a POST body whole; it is read here first within AUTH_BODY_LIMIT (413 above it,
// with or without Content-Length) and handed on as a copy.
import { NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { GET, POST as authPost } from "@/lib/auth/handlers";
import { readLimitedBody } from "@/lib/http/read-limited-body";

/** Far more than any of next-auth's forms (a CSRF token, a callback address, an OpenID Connect code). */
const AUTH_BODY_LIMIT = 64 * 1024;

export { GET };

export async function POST(request: NextRequest) {
  const body = await readLimitedBody(request, AUTH_BODY_LIMIT);
  if (!body.ok)
    return problem(413, "Content Too Large", `A sign-in request is at most ${AUTH_BODY_LIMIT} bytes.`);
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.bytes.byteLength));
  return authPost(new NextRequest(request.url, { method: "POST", headers, body: body.bytes }));
}
