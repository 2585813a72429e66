// GET /api/v1/partnerships?{directory filters}&sida=&antal=: a page of the partnerships the filters select, in id order.
import { withEtag } from "@/lib/api/http";
import { parseApiDirectoryParams } from "@/lib/api/params";
import { findPartnerships } from "@/lib/api/registry";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { serializeDirectoryParams } from "@/lib/directory/parse-params";

export async function GET(request: Request) {
  const params = parseApiDirectoryParams(request);
  if (!params.ok) return params.response;
  const { filters, page, pageSize } = params.value;
  const { body, etag } = await publicJson(db(), "api:partnerships", [filters, page, pageSize], () =>
    // The page's links repeat the filters in their canonical form (one cached body per selection).
    findPartnerships(db(), filters, page, pageSize, serializeDirectoryParams({ filters })),
  );
  return withEtag(request, body, etag);
}
