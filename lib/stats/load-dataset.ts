// Reads the statistics dataset (dataset.ts) for the registry's current state.
import type { DbOrTx } from "../database/transaction";
import { currentPartnership } from "../directory/partnership-where";
import type { StatsDataset } from "./dataset";

export async function loadStatsDataset(db: DbOrTx, now = new Date()): Promise<StatsDataset> {
  const [organisations, partnerships, countries, counties, municipalityGroups, areas, fundingForms] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, code: true, name: true, slug: true, kind: true, countyCode: true, municipalityGroupCode: true, coordinationForms: true },
      orderBy: { code: "asc" },
    }),
    db.partnership.findMany({
      where: currentPartnership,
      select: {
        id: true,
        kind: true,
        activityLevel: true,
        participants: { select: { organisationId: true } },
        partners: { select: { countryCode: true, place: { select: { countryCode: true } } } },
        areas: { select: { areaCode: true } },
        fundingForms: { select: { fundingFormCode: true } },
      },
      orderBy: { id: "asc" },
    }),
    db.country.findMany({ select: { code: true, nameSv: true, nameEn: true, worldRegion: true }, orderBy: { code: "asc" } }),
    db.county.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.municipalityGroup.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.cooperationArea.findMany({ select: { code: true, nameSv: true, nameEn: true }, orderBy: { position: "asc" } }),
    db.fundingForm.findMany({ select: { code: true, nameSv: true, nameEn: true }, orderBy: { position: "asc" } }),
  ]);
  return {
    asOf: now.toISOString(),
    organisations,
    partnerships: partnerships.map((p) => ({
      id: p.id,
      kind: p.kind,
      activityLevel: p.activityLevel,
      participantIds: p.participants.map((x) => x.organisationId),
      countryCodes: [...new Set(p.partners.map((x) => x.place?.countryCode ?? x.countryCode).filter((c): c is string => !!c))],
      areaCodes: p.areas.map((a) => a.areaCode),
      fundingCodes: p.fundingForms.map((f) => f.fundingFormCode),
    })),
    countries,
    counties,
    municipalityGroups,
    areas,
    fundingForms,
  };
}
