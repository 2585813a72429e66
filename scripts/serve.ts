// The production server (`npm start` runs it where it used to run `next start`): Next's own
// request handler behind a plain node:http server, which first replaces X-Forwarded-For with the
// client's address as lib/auth/client-address.ts decides it (the socket's peer, or what the
// TRUSTED_PROXY_HOPS proxies in front appended). Next keeps a client-sent X-Forwarded-For as it
// is and offers the app no other way to the socket, and the sign-in limits count per address.
import { createServer } from "node:http";
import next from "next";
import { clientAddressOf } from "../lib/auth/client-address";
import { env } from "../lib/env";

const { PORT, TRUSTED_PROXY_HOPS } = env();
const app = next({ dev: false, port: PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddressOf(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    TRUSTED_PROXY_HOPS,
  );
  delete request.headers["x-real-ip"];
  void handle(request, response);
});
server.listen(PORT, () => console.log(`Ready on http://localhost:${PORT}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
