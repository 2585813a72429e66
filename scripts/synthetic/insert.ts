// Writes a batch of planned partnerships with one INSERT … SELECT FROM unnest(…) per table,
// as prisma/seed/gazetteer.ts does: a round trip per table and batch instead of per row.
import type pg from "pg";
import { SYNTHETIC_DESCRIPTION, SYNTHETIC_SOURCE, type PlannedPartnership } from "./plan";

export type InsertedCounts = {
  partnerships: number;
  participants: number;
  partners: number;
  areas: number;
  fundingForms: number;
};

/** Ids from the table's own sequence, taken up front so child rows can refer to them. */
async function allocatePartnershipIds(client: pg.ClientBase, count: number): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('"Partnership"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((row) => row.id);
}

export async function insertBatch(
  client: pg.ClientBase,
  batch: PlannedPartnership[],
  counts: InsertedCounts,
) {
  const ids = await allocatePartnershipIds(client, batch.length);
  const column = <T>(pick: (p: PlannedPartnership) => T) => batch.map(pick);

  await client.query(
    `INSERT INTO "Partnership" ("id", "kind", "otherType", "title", "activityLevel", "startYear", "endedOn", "endReason",
       "decisionRefs", "description", "verification", "reviewNote", "source", "updatedAt")
     SELECT id, kind::"PartnershipKind", other_type::"OtherCooperationType", title, activity::"ActivityLevel", start_year,
            ended_on::date, end_reason, '{}', $11, verification::"VerificationState", review_note, $12, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
                 $9::text[], $10::text[])
       AS t(id, kind, other_type, title, activity, start_year, ended_on, end_reason, verification, review_note)`,
    [
      ids,
      column((p) => p.kind),
      column((p) => p.otherType),
      column((p) => p.title),
      column((p) => p.activityLevel),
      column((p) => p.startYear),
      column((p) => p.endedOn),
      column((p) => p.endReason),
      column((p) => p.verification),
      column((p) => p.reviewNote),
      SYNTHETIC_DESCRIPTION,
      SYNTHETIC_SOURCE,
    ],
  );
  counts.partnerships += batch.length;

  const participants = batch.flatMap((p, i) =>
    p.participantIds.map((organisationId) => [ids[i]!, organisationId] as const),
  );
  await client.query(
    // Confirmed, as the seed's own: the synthetic rows stand for members' own entries.
    `INSERT INTO "PartnershipParticipant" ("partnershipId", "organisationId", "confirmedAt") SELECT *, now() FROM unnest($1::int[], $2::int[])`,
    [participants.map(([id]) => id), participants.map(([, organisationId]) => organisationId)],
  );
  counts.participants += participants.length;

  const partners = batch.flatMap((p, i) =>
    p.partners.map((partner, position) => ({ partnershipId: ids[i]!, position, ...partner })),
  );
  await client.query(
    `INSERT INTO "PartnershipPartner" ("partnershipId", "type", "placeId", "countryCode", "networkId", "name", "position")
     SELECT partnership_id, type::"PartnerType", place_id, country_code, network_id, name, position
     FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::int[])
       AS t(partnership_id, type, place_id, country_code, network_id, name, position)`,
    [
      partners.map((p) => p.partnershipId),
      partners.map((p) => p.type),
      partners.map((p) => (p.type === "PLACE" ? p.placeId : null)),
      partners.map((p) => (p.type === "COUNTRY" || p.type === "ORGANISATION" ? p.countryCode : null)),
      partners.map((p) => (p.type === "NETWORK" ? p.networkId : null)),
      partners.map((p) => (p.type === "ORGANISATION" ? p.name : null)),
      partners.map((p) => p.position),
    ],
  );
  counts.partners += partners.length;

  const areas = batch.flatMap((p, i) => p.areaCodes.map((code) => [ids[i]!, code] as const));
  await client.query(
    `INSERT INTO "PartnershipArea" ("partnershipId", "areaCode") SELECT * FROM unnest($1::int[], $2::text[])`,
    [areas.map(([id]) => id), areas.map(([, code]) => code)],
  );
  counts.areas += areas.length;

  const funding = batch.flatMap((p, i) => p.fundingCodes.map((code) => [ids[i]!, code] as const));
  await client.query(
    `INSERT INTO "PartnershipFunding" ("partnershipId", "fundingFormCode") SELECT * FROM unnest($1::int[], $2::text[])`,
    [funding.map(([id]) => id), funding.map(([, code]) => code)],
  );
  counts.fundingForms += funding.length;
}
