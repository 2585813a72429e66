// The server Playwright starts: `npm start` on a brand-new embedded database, so every
// end-to-end run begins from the migrated, seeded state and never touches developer data.
// Mail goes to a local SMTP sink (e2e-mail-sink.ts), so the tests can follow mailed links.
import { rmSync } from "node:fs";
import { E2E_MAIL_DIR } from "../tests/e2e/support/paths";
import { startMailSink } from "./e2e-mail-sink";

const dir = process.env.EMBEDDED_POSTGRES_DIR;
if (!dir || !dir.includes(".data")) throw new Error("e2e-server needs EMBEDDED_POSTGRES_DIR inside .data/");
rmSync(dir, { recursive: true, force: true });
process.env.SMTP_URL = await startMailSink(E2E_MAIL_DIR);
process.env.MAIL_FROM = "Vänortsregistret <noreply@example.org>";
process.env.SITE_URL = `http://localhost:${process.env.PORT}`;
await import("./start");
