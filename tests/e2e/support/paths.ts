import path from "node:path";

/** The e2e server's embedded PostgreSQL: below Linux's ephemeral ports (32768–60999). */
export const E2E_POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT ?? 25439);

/** Everything an end-to-end run writes: its database and the mail its server sends. */
export const E2E_DATA_DIR = path.join(process.cwd(), ".data", "e2e");
/** The e2e server's SMTP sink writes each message it receives here as an .eml file. */
export const E2E_MAIL_DIR = path.join(E2E_DATA_DIR, "mail");
