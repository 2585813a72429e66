import type { Database } from "../database/client";
import { NO_FILTERS } from "../directory/types";
import { partnershipWhere } from "../directory/partnership-where";
import { visiblePartnership } from "../organisations/queries";
import { publicPartnershipDetail } from "./create";

/** Every current Swedish partnership with a country (any partner in it), for /land/{iso2}. */
export function findPartnershipsWithCountry(db: Database, countryCode: string) {
  return db.partnership.findMany({
    where: partnershipWhere({ ...NO_FILTERS, countries: [countryCode] }),
    include: publicPartnershipDetail,
    orderBy: { id: "asc" },
  });
}

/** Every partnership with one place, ended ones included, for /ort/{geonameId}. */
export function findPartnershipsWithPlace(db: Database, placeId: number) {
  return db.partnership.findMany({
    where: { ...visiblePartnership, partners: { some: { placeId } } },
    include: publicPartnershipDetail,
    orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { id: "asc" }],
  });
}
