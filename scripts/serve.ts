// The production server (`npm start` runs it where it used to run `next start`): Next's own
// request handler behind a plain node:http server, which first replaces X-Forwarded-For with the
// client's address as lib/auth/client-address.ts decides it (the socket's peer, or what the
// TRUSTED_PROXY_HOPS proxies in front appended). Next keeps a client-sent X-Forwarded-For as it
// is and offers the app no other way to the socket, and the sign-in limits count per address.
// It also admits at most MAX_ACTIVE_REQUESTS requests into the app at once (lib/http/admission.ts):
// the others wait in line, and one that would wait too long gets a 503 with Retry-After (the
// localised "busy" page, or a problem for the API) instead of a 500 after the database pool's
// connect timeout. Static files skip the line. And it keeps rendered public pages for visitors
// without cookies per data version (lib/http/page-cache.ts), sent again with a fresh CSP nonce.
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import next from "next";
import { clientAddressOf } from "../lib/auth/client-address";
import { registryDataVersion } from "../lib/cache/data-version-cache";
import { createPrismaClient } from "../lib/database/client";
import { busyResponse } from "../lib/database/outage-response";
import { env } from "../lib/env";
import { createAdmission } from "../lib/http/admission";
import { PageCache, pageCacheKey, storablePage, withNonce, type StoredPage } from "../lib/http/page-cache";
import { createNonce } from "../lib/security/headers";

const { PORT, TRUSTED_PROXY_HOPS, MAX_ACTIVE_REQUESTS, DATABASE_URL, PAGE_CACHE_MB } = env();
const app = next({ dev: false, port: PORT });
await app.prepare();
const handle = app.getRequestHandler();

// Waiting longer than this is worse than being told to come back: the client gets its 503 while
// it still can retry, well within a browser's or a load balancer's patience.
const admit = createAdmission({ maxActive: MAX_ACTIVE_REQUESTS, maxQueued: 2_000, maxWaitMs: 10_000 });
const PUBLIC_ENTRIES = new Set(readdirSync(path.join(process.cwd(), "public")));
const isStatic = (url: string) =>
  url.startsWith("/_next/static/") || PUBLIC_ENTRIES.has(url.split(/[/?#]/)[1] ?? "");

// The page cache: its own small pool for the one version read per page request.
const pages = DATABASE_URL && PAGE_CACHE_MB > 0 ? new PageCache(PAGE_CACHE_MB * 1024 * 1024) : null;
const versionDb = pages ? createPrismaClient(DATABASE_URL!, 4) : null;
const pageVersion = async () =>
  `${await registryDataVersion(versionDb!)}|${new Date().toISOString().slice(0, 10)}`;

async function serveApp(request: IncomingMessage, response: ServerResponse) {
  const key = pages && pageCacheKey(request);
  if (!key) return handle(request, response);
  let version: string;
  try {
    version = await pageVersion();
  } catch {
    return handle(request, response); // the database is in trouble: the app answers (503)
  }
  const stored = pages.find(key, version);
  if (stored) return sendStored(request, response, stored);
  // Rendered uncompressed (the copy is kept as text), the rest as always.
  delete request.headers["accept-encoding"];
  keepCopy(response, (page) => pages.store(key, version, page));
  return handle(request, response);
}

function sendStored(request: IncomingMessage, response: ServerResponse, stored: StoredPage) {
  const { headers, body } = withNonce(stored, createNonce());
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const bytes = gzip ? gzipSync(body, { level: 4 }) : Buffer.from(body);
  response.writeHead(200, {
    ...headers,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    vary: "Accept-Encoding",
    "content-length": String(bytes.length),
  });
  response.end(bytes);
}

/** Passes everything written to `response` on, and hands a storable copy of it to `keep` at the end. */
function keepCopy(response: ServerResponse, keep: (page: StoredPage) => void) {
  const chunks: Buffer[] = [];
  const add = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  (response as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    return write(chunk, ...rest);
  };
  (response as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== "function") add(chunk, rest[0]);
    const page = storablePage(
      response.statusCode,
      response.getHeaders(),
      Buffer.concat(chunks).toString("utf8"),
    );
    if (page) keep(page);
    return end(chunk, ...rest);
  };
}

async function send(response: ServerResponse, answer: Response) {
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddressOf(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    TRUSTED_PROXY_HOPS,
  );
  delete request.headers["x-real-ip"];
  const url = request.url ?? "/";
  if (isStatic(url)) return void handle(request, response);
  void admit().then((release) => {
    if (!release) return send(response, busyResponse(url.split(/[?#]/)[0]!));
    response.once("close", release);
    return serveApp(request, response);
  });
});
server.listen(PORT, () => console.log(`Ready on http://localhost:${PORT}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
