// The twin towns the QuickStatements export can state: public, of kind TWIN_TOWN, between a
// member with a Wikidata item and a partner place with one.
import type { Database } from "../database/client";
import { localePath } from "../i18n/config";
import { visiblePartnership } from "../organisations/queries";
import { organisationPath } from "../organisations/paths";
import { publicParticipation } from "../partnerships/participation";
import { siteUrl } from "../site-url";
import type { Twinning } from "./quickstatements";

export async function loadTwinnings(db: Database): Promise<Twinning[]> {
  const rows = await db.partnership.findMany({
    where: {
      ...visiblePartnership,
      kind: "TWIN_TOWN",
      participants: { some: { ...publicParticipation, organisation: { wikidataId: { not: null } } } },
      partners: { some: { type: "PLACE", place: { wikidataId: { not: null } } } },
    },
    select: {
      id: true,
      startYear: true,
      endedOn: true,
      participants: {
        where: { ...publicParticipation, organisation: { wikidataId: { not: null } } },
        select: { organisation: { select: { wikidataId: true, kind: true, slug: true } } },
      },
      partners: { where: { type: "PLACE" }, select: { place: { select: { wikidataId: true } } } },
    },
    orderBy: { id: "asc" },
  });
  const base = siteUrl();
  return rows.flatMap((p) =>
    p.participants.flatMap(({ organisation }) =>
      p.partners
        .filter((x) => x.place?.wikidataId)
        .map((x) => ({
          memberItem: organisation.wikidataId!,
          partnerItem: x.place!.wikidataId!,
          startYear: p.startYear,
          endedOn: p.endedOn?.toISOString().slice(0, 10) ?? null,
          pageUrl: new URL(localePath("sv", organisationPath(organisation)), base).href,
        })),
    ),
  );
}
