import http from "node:http";
import { expect, test } from "@playwright/test";
import { MAX_IMPORT_REQUEST_BYTES } from "../../lib/import/limits";
import { ADMIN, signIn } from "./support/editing";

// Bodies are bounded while they are read, with or without a Content-Length, and hostile
// addresses get a 4xx: against the real server, with a raw HTTP client that can send a chunked
// body far larger than any limit and tell how much of it was sent when the answer came.

const PORT = Number(process.env.E2E_PORT ?? 3100);

test.describe.configure({ timeout: 120_000 });

/** status 0: the server closed the connection before its answer could be read (it stopped the upload). */
type Sent = { status: number; body: string; sentWhenAnswered: number };

/** Streams `total` bytes (chunked unless a length is given) and stops sending once the answer arrives. */
function post(
  path: string,
  total: number,
  headers: Record<string, string>,
  { contentLength = false }: { contentLength?: boolean } = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(
      {
        host: "localhost",
        port: PORT,
        path,
        method: "POST",
        headers: { ...headers, ...(contentLength ? { "Content-Length": String(total) } : {}) },
      },
      (response) => {
        answered = true;
        const sentWhenAnswered = sent;
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, body, sentWhenAnswered }));
        // Stop sending: end the chunked body here (the pump sees `answered`).
        if (!request.writableEnded) request.end();
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // A server that answers 413 and closes the connection may reset it while we are still sending.
      if (error.code === "ECONNRESET" || error.code === "EPIPE")
        resolve({ status: 0, body: "", sentWhenAnswered: sent });
      else reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 65);
    const pump = () => {
      while (!answered && sent < total) {
        const size = Math.min(chunk.length, total - sent);
        sent += size;
        if (!request.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          request.once("drain", pump);
          return;
        }
      }
      if (!answered) request.end();
    };
    pump();
  });
}

test("a post to a page without a length or above the server actions' limit gets 411/413 before it is read", async ({
  page,
}) => {
  await page.goto("/logga-in");
  // The sign-in form's server action, as the page renders it.
  const action = JSON.parse((await page.locator('input[name="$ACTION_1:0"]').getAttribute("value"))!).id;
  const chunked = await post("/logga-in", 20_000_000, {
    "Next-Action": action,
    "Content-Type": "text/plain;charset=UTF-8",
  });
  expect(chunked.status).toBe(411);
  expect(chunked.body).toContain("Content-Length");
  const declared = await post(
    "/en/logga-in",
    MAX_IMPORT_REQUEST_BYTES + 1,
    { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8" },
    { contentLength: true },
  );
  expect(declared.status).toBe(413);
  expect(declared.body).toContain("too large");
});

test("the import preview counts the bytes it reads: 413 for a chunked body over the limit", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const answer = await post("/api/import/preview", 200_000_000, {
    Cookie: cookie,
    "Content-Type": "multipart/form-data; boundary=x",
  });
  expectStoppedAt(answer, MAX_IMPORT_REQUEST_BYTES);
  if (answer.status) expect(JSON.parse(answer.body).title).toBe("Content Too Large");
});

/** A 413 (or the connection closed after it), long before the whole body was sent (socket buffers hold a few MB). */
function expectStoppedAt(answer: Sent, limit: number) {
  expect([413, 0]).toContain(answer.status);
  expect(answer.sentWhenAnswered).toBeLessThan(limit + 32_000_000);
}

test("next-auth's endpoints read at most 64 kB of a body", async () => {
  const answer = await post("/api/auth/signout", 100_000_000, {
    "Content-Type": "application/x-www-form-urlencoded",
  });
  expectStoppedAt(answer, 64 * 1024);
});

test("an API address that is not percent-encoded UTF-8 gets a 400 problem", async ({ request }) => {
  for (const path of [
    "/api/v1/partnerships/%E0%A4%A",
    "/api/v1/organisations/%ZZ",
    "/api/v1/places/%",
    "/api/v1/municipalities/%C0%AF",
    "/api/v1/bulk/%FF",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
  }
  // Ids beyond PostgreSQL's integer: a 400 or 404, never a failed query.
  for (const path of ["/api/v1/partnerships/2147483648", "/api/v1/places/99999999999999999999"])
    expect((await request.get(path)).status(), path).toBeLessThan(500);
});
