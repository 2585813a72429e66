/** An RFC 9457 problem details response (application/problem+json). */
export function problem(status: number, title: string, detail: string, instance?: string): Response {
  return Response.json(
    { type: "about:blank", status, title, detail, ...(instance ? { instance } : {}) },
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}
