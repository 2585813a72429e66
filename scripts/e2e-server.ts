// The server Playwright starts: `npm start` on a brand-new embedded database, so every
// end-to-end run begins from the migrated, seeded state and never touches developer data.
import { rmSync } from "node:fs";

const dir = process.env.EMBEDDED_POSTGRES_DIR;
if (!dir || !dir.includes(".data")) throw new Error("e2e-server needs EMBEDDED_POSTGRES_DIR inside .data/");
rmSync(dir, { recursive: true, force: true });
await import("./start");
