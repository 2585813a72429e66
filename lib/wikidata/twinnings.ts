// The twin towns the QuickStatements export can state: public, of kind TWIN_TOWN, between a
// member with a Wikidata item and a partner place with one.
import type { Database } from "../database/client";
import { localePath } from "../i18n/config";
import { organisationPath } from "../organisations/paths";
import { findTwinTownsWithWikidataItems } from "../partnerships/queries";
import { siteUrl } from "../site-url";
import type { Twinning } from "./quickstatements";

export async function loadTwinnings(db: Database): Promise<Twinning[]> {
  const rows = await findTwinTownsWithWikidataItems(db);
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
