// The plain, normalised data the statistics are computed from. The loader (load-dataset.ts)
// reads it from the database for the current state; a closed inventory round can freeze the
// same shape as JSON, so its statistics stay reproducible later. No Prisma types here.
import { z } from "zod";
import {
  ACTIVITY_LEVELS,
  COORDINATION_FORMS,
  MEMBER_KINDS,
  PARTNERSHIP_KINDS,
  WORLD_REGIONS,
} from "../database/enums";

export type MemberKind = (typeof MEMBER_KINDS)[number];
export type PartnershipKindCode = (typeof PARTNERSHIP_KINDS)[number];
export type ActivityLevelCode = (typeof ACTIVITY_LEVELS)[number];
export type WorldRegionCode = (typeof WORLD_REGIONS)[number];

const named = { code: z.string(), nameSv: z.string(), nameEn: z.string() };

export const statsDatasetSchema = z.object({
  /** When the data was read (ISO date-time). */
  asOf: z.string(),
  organisations: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      slug: z.string(),
      kind: z.enum(MEMBER_KINDS),
      countyCode: z.string(),
      municipalityGroupCode: z.string().nullable(),
      coordinationForms: z.array(z.enum(COORDINATION_FORMS)),
      /** When an officer last confirmed the member's entries (ISO date); snapshots frozen before it was kept have none. */
      lastReviewedOn: z.string().nullable().default(null),
    }),
  ),
  /** Current partnerships only: not ended, not removed. */
  partnerships: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(PARTNERSHIP_KINDS),
      activityLevel: z.enum(ACTIVITY_LEVELS).nullable(),
      participantIds: z.array(z.number().int()),
      /** ISO codes of the partners' countries (a place's country, or the partner country itself), distinct. */
      countryCodes: z.array(z.string()),
      areaCodes: z.array(z.string()),
      fundingCodes: z.array(z.string()),
    }),
  ),
  countries: z.array(z.object({ ...named, worldRegion: z.enum(WORLD_REGIONS) })),
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
  municipalityGroups: z.array(z.object({ code: z.string(), name: z.string() })),
  areas: z.array(z.object(named)),
  fundingForms: z.array(z.object(named)),
});

export type StatsDataset = z.infer<typeof statsDatasetSchema>;
export type StatsOrganisation = StatsDataset["organisations"][number];
export type StatsPartnership = StatsDataset["partnerships"][number];
