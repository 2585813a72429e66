// GET /api/v1/networks: the international networks partnerships can be memberships of.
import { withEtag } from "@/lib/api/http";
import { listNetworks } from "@/lib/api/registry";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const { body, etag } = await publicJson(db(), "api:networks", null, () => listNetworks(db()));
  return withEtag(request, body, etag);
}
