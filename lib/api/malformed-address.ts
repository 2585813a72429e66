// An API address whose path cannot be percent-decoded (/api/v1/partnerships/%E0%A4%A) fails in
// Next's own parameter decoding, before any route handler runs, and Next then answered 500.
// proxy.ts answers such an address with a 400 problem first. No dependencies: the proxy loads it.

/** Whether every %-escape of a path is complete and the bytes are UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The 400 problem (RFC 9457) for an API address that is not percent-encoded UTF-8. */
export function malformedAddressProblem(): Response {
  return Response.json(
    {
      type: "about:blank",
      status: 400,
      title: "Bad Request",
      detail:
        "The address is not valid percent-encoded UTF-8 (RFC 3986). Encode each byte of a value as %XX.",
    },
    { status: 400, headers: { "Content-Type": "application/problem+json" } },
  );
}
