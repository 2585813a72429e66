// GET /api/health: 200 when the database answers, 503 with Retry-After when it does not.
// (While an outage is known, proxy.ts answers the 503 before this runs.)
import { reportDatabaseAvailable, reportDatabaseError } from "@/lib/database/availability";
import { unavailableResponse } from "@/lib/database/outage-response";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    reportDatabaseAvailable();
    return Response.json({ status: "ok", database: "reachable" });
  } catch (error) {
    // Logged at most once per 30 s per message by the availability module; other errors in full.
    if (!reportDatabaseError(error)) console.error("Health check: database query failed", error);
    return unavailableResponse("/api/health");
  }
}
