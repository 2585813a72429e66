// GET /api/v1/partnerships?{directory filters}&sida=&antal=: a page of the partnerships the filters select, in id order.
import { jsonWithEtag } from "@/lib/api/http";
import { parseApiDirectoryParams } from "@/lib/api/params";
import { findPartnerships } from "@/lib/api/registry";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const params = parseApiDirectoryParams(request);
  if (!params.ok) return params.response;
  const { filters, page, pageSize } = params.value;
  return jsonWithEtag(request, await findPartnerships(db(), filters, page, pageSize));
}
