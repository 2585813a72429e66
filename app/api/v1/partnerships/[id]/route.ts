// GET /api/v1/partnerships/{id}: one partnership (ended ones too; removed ones are gone).
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { findPartnership } from "@/lib/api/registry";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { parseRecordId } from "@/lib/validation/record-id";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const instance = new URL(request.url).pathname;
  const partnershipId = parseRecordId(id);
  if (partnershipId === null)
    return problem(400, "Bad Request", "A partnership id is a whole number from 1 to 2147483647.", instance);
  const partnership = await publicRead(db(), "api:partnership", partnershipId, () =>
    findPartnership(db(), partnershipId),
  );
  if (!partnership) return problem(404, "Not Found", `No partnership has the id ${id}.`, instance);
  return jsonWithEtag(request, partnership);
}
