// GET /api/health: 200 when the database answers, 503 when it does not.
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "reachable" });
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503 });
  }
}
