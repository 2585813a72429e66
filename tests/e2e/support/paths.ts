import path from "node:path";

/** Everything an end-to-end run writes: its database and the mail its server sends. */
export const E2E_DATA_DIR = path.join(process.cwd(), ".data", "e2e");
/** The e2e server's SMTP sink writes each message it receives here as an .eml file. */
export const E2E_MAIL_DIR = path.join(E2E_DATA_DIR, "mail");
