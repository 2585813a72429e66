// GET /api/v1/organisations?lan=&kommungrupp=&medlem=: every kommun and region (code, kind, name, slug, county, kommungrupp).
import { withEtag } from "@/lib/api/http";
import { parseApiDirectoryParams } from "@/lib/api/params";
import { listOrganisations } from "@/lib/api/registry";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const params = parseApiDirectoryParams(request);
  if (!params.ok) return params.response;
  const { filters } = params.value;
  const { body, etag } = await publicJson(db(), "api:organisations", filters, () =>
    listOrganisations(db(), filters),
  );
  return withEtag(request, body, etag);
}
