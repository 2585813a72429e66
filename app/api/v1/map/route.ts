// GET /api/v1/map?{directory filters}[&vald={kommunkod}][&sprak=en]: the national map's members, partner places and links in a compact array form (a large selection as counts and country bundles; with vald, that member's links in full), with an ETag.
import { withEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { searchParamsToRecord } from "@/lib/directory/page-params";
import { parseDirectoryParams, serializeDirectoryParams } from "@/lib/directory/parse-params";
import { mapBody } from "@/lib/map/map-response";
import { MAP_PARAMS, parseMapView } from "@/lib/map/view-state";
import { findMemberIdByCode } from "@/lib/organisations/queries";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const { filters } = parseDirectoryParams(searchParamsToRecord(url.searchParams));
  // The canonical form of the selection: the same filters in any order share one cached body.
  const selection = serializeDirectoryParams({ filters });
  let organisationId: number | undefined;
  const asked = url.searchParams.get(MAP_PARAMS.member);
  if (asked !== null) {
    const { member } = parseMapView({ [MAP_PARAMS.member]: asked });
    if (!member)
      return problem(
        400,
        "Bad Request",
        `${MAP_PARAMS.member} is a kommunkod (2480) or a county code (24).`,
        url.pathname,
      );
    const organisation = await findMemberIdByCode(db(), member);
    if (!organisation)
      return problem(404, "Not Found", `No kommun or region has the code ${member}.`, url.pathname);
    organisationId = organisation.id;
    selection.set(MAP_PARAMS.member, member);
  }
  // Partners are named for the page that asks: "Vasa (Vaasa)" in Swedish, "Vaasa" with sprak=en.
  const locale = url.searchParams.get("sprak") === "en" ? "en" : "sv";
  if (locale === "en") selection.set("sprak", "en");
  const body = await mapBody(db(), selection.toString(), filters, organisationId, locale);
  return withEtag(request, new Uint8Array(body.json), body.etag);
}
