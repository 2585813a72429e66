// The production server (`npm start` runs it where it used to run `next start`): Next's own
// request handler behind a plain node:http server, which first replaces X-Forwarded-For with the
// client's address as lib/auth/client-address.ts decides it (the socket's peer, or what the
// TRUSTED_PROXY_HOPS proxies in front appended). Next keeps a client-sent X-Forwarded-For as it
// is and offers the app no other way to the socket, and the sign-in limits count per address.
// It also admits at most MAX_ACTIVE_REQUESTS requests into the app at once (lib/http/admission.ts):
// the others wait in line, and one that would wait too long gets a 503 with Retry-After (the
// localised "busy" page, or a problem for the API) instead of a 500 after the database pool's
// connect timeout. Static files skip the line.
import { readdirSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { clientAddressOf } from "../lib/auth/client-address";
import { busyResponse } from "../lib/database/outage-response";
import { env } from "../lib/env";
import { createAdmission } from "../lib/http/admission";

const { PORT, TRUSTED_PROXY_HOPS, MAX_ACTIVE_REQUESTS } = env();
const app = next({ dev: false, port: PORT });
await app.prepare();
const handle = app.getRequestHandler();

// Waiting longer than this is worse than being told to come back: the client gets its 503 while
// it still can retry, well within a browser's or a load balancer's patience.
const admit = createAdmission({ maxActive: MAX_ACTIVE_REQUESTS, maxQueued: 2_000, maxWaitMs: 10_000 });
const PUBLIC_ENTRIES = new Set(readdirSync(path.join(process.cwd(), "public")));
const isStatic = (url: string) =>
  url.startsWith("/_next/static/") || PUBLIC_ENTRIES.has(url.split(/[/?#]/)[1] ?? "");

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
    return handle(request, response);
  });
});
server.listen(PORT, () => console.log(`Ready on http://localhost:${PORT}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
