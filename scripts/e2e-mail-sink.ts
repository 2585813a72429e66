// A local SMTP server for end-to-end runs: it accepts every message and writes it to a folder
// as an .eml file, where the browser tests read what the registry sent (tests/e2e/support/mail.ts).
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/** Starts the sink on a free local port and answers its smtp:// address. */
export async function startMailSink(dir: string): Promise<string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const file = path.join(dir, `${Date.now()}-${++received}.eml`);
      stream
        .pipe(createWriteStream(file))
        .on("finish", () => callback())
        .on("error", callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}
