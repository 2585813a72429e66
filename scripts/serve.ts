// The production server (`npm start` runs it where it used to run `next start`): Next's own
// request handler behind a plain node:http server, which first replaces X-Forwarded-For with the
// client's address as lib/auth/client-address.ts decides it (the socket's peer, or what the
// TRUSTED_PROXY_HOPS proxies in front appended). Next keeps a client-sent X-Forwarded-For as it
// is and offers the app no other way to the socket, and the sign-in limits count per address.
// It also admits at most MAX_ACTIVE_REQUESTS requests into the app at once (lib/http/admission.ts):
// the others wait in line, and one that would wait too long gets a 503 with Retry-After (the
// localised "busy" page, or a problem for the API) instead of a 500 after the database pool's
// connect timeout. Static files skip the line. And it keeps rendered public pages and open-API
// answers for visitors without cookies per data version (lib/http/page-cache.ts), sent again with
// a fresh CSP nonce, compressed once (lib/http/gzip-with-holes.ts); concurrent requests share
// the version reads, each waiting for one that started after it arrived (lib/cache/joined-read.ts).
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import next from "next";
import { clientAddressOf } from "../lib/auth/client-address";
import { registryDataVersion } from "../lib/cache/data-version-cache";
import { joinedRead } from "../lib/cache/joined-read";
import { createPrismaClient } from "../lib/database/client";
import { busyResponse } from "../lib/database/outage-response";
import { env } from "../lib/env";
import { createAdmission } from "../lib/http/admission";
import {
  isNotModified,
  PageCache,
  pageCacheKey,
  storablePage,
  withNonce,
  type StoredPage,
} from "../lib/http/page-cache";
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

// The page cache: its own small pool for the version reads, which concurrent requests share.
const pages = DATABASE_URL && PAGE_CACHE_MB > 0 ? new PageCache(PAGE_CACHE_MB * 1024 * 1024) : null;
const versionDb = pages ? createPrismaClient(DATABASE_URL!, 2) : null;
const dataVersion = joinedRead(() => registryDataVersion(versionDb!));
const rendering = new Map<string, Promise<void>>();
const RENDERING_WAIT_MS = 5_000;
const pageVersion = async () => `${await dataVersion()}|${new Date().toISOString().slice(0, 10)}`;

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
  // After an edit, the many requests for a busy page that arrive while it renders wait for that
  // one rendering instead of each rendering it too (and then take the stored copy, if it was kept).
  const renderingKey = `${version}|${key}`;
  const underWay = rendering.get(renderingKey);
  if (underWay) {
    // Bounded: should that rendering never end, a waiter renders the page itself.
    await Promise.race([underWay, delay(RENDERING_WAIT_MS)]);
    const rendered = pages.find(key, version);
    if (rendered) return sendStored(request, response, rendered);
  } else {
    rendering.set(
      renderingKey,
      new Promise((resolve) =>
        response.once("close", () => {
          rendering.delete(renderingKey);
          resolve();
        }),
      ),
    );
  }
  // Rendered uncompressed (the copy is kept as text), the rest as always.
  delete request.headers["accept-encoding"];
  const path = (request.url ?? "/").split(/[?#]/)[0]!;
  keepCopy(response, pages.maxPageBytes, (status, headers, body) => {
    const page = storablePage(path, status, headers, body);
    if (page) pages.store(key, version, page);
  });
  return handle(request, response);
}

function sendStored(request: IncomingMessage, response: ServerResponse, stored: StoredPage) {
  if (isNotModified(stored, request.headers["if-none-match"])) {
    response.writeHead(304, stored.headers);
    return void response.end();
  }
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const { headers, body, gzipped } = withNonce(stored, stored.nonce ? createNonce() : "", gzip);
  response.writeHead(200, {
    ...headers,
    ...(gzipped ? { "content-encoding": "gzip" } : {}),
    vary: "Accept-Encoding",
    "content-length": String(body.length),
    // Says where the answer came from: for measuring, and for telling a stale page from a cached one.
    "x-page-cache": "hit",
  });
  response.end(body);
}

type Kept = (
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: Buffer,
) => void;

/**
 * Passes everything written to `response` on, and hands a copy of it to `keep` at the end, unless
 * it grew beyond `maxBytes` (a whole-registry download is streamed, never collected).
 */
function keepCopy(response: ServerResponse, maxBytes: number, keep: Kept) {
  let chunks: Buffer[] | null = [];
  let size = 0;
  const add = (chunk: unknown, encoding?: unknown) => {
    if (!chunks) return;
    let bytes: Buffer | undefined;
    if (typeof chunk === "string")
      bytes = Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    else if (chunk instanceof Uint8Array) bytes = Buffer.from(chunk);
    if (!bytes) return;
    size += bytes.length;
    if (size > maxBytes) chunks = null;
    else chunks.push(bytes);
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  (response as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    return write(chunk, ...rest);
  };
  (response as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== "function") add(chunk, rest[0]);
    if (chunks) keep(response.statusCode, response.getHeaders(), Buffer.concat(chunks));
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
