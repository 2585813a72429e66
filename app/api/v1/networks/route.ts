// GET /api/v1/networks: the international networks partnerships can be memberships of.
import { jsonWithEtag } from "@/lib/api/http";
import { listNetworks } from "@/lib/api/registry";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  return jsonWithEtag(request, await listNetworks(db()));
}
