// The rows every download is made of: the public partnerships a selection holds, each with its
// public participants, partners, areas and funding, read by ONE statement through a server-side
// cursor on the app's pg pool, a batch at a time as the reader asks for more. PostgreSQL builds
// each row as JSON and pg parses it: no Prisma per row (at 100,000 partnerships Prisma's
// per-row work, not the database, was most of a download's time).
import { once } from "node:events";
import type pg from "pg";
import Cursor from "pg-cursor";
import { poolOf, type Database } from "../database/client";
import {
  hasPartnershipFilters,
  memberWhere,
  partnerPlacesIn,
  partnershipWhere,
} from "../directory/partnership-where";
import type { DirectoryFilters } from "../directory/types";
import type {
  ActivityLevel,
  PartnerType,
  PartnershipKind,
  VerificationState,
} from "../generated/prisma/enums";
import { publicParticipationSql, publicPartnershipSql } from "./participation";

type Named = { nameSv: string; nameEn: string };
type CountryRow = Named & { code: string };

/** One partnership as the downloads read it: only what is public. */
export type ExportRow = {
  id: number;
  kind: PartnershipKind;
  otherType: string | null;
  title: string | null;
  activityLevel: ActivityLevel | null;
  startYear: number | null;
  /** An ISO date (YYYY-MM-DD): the column is a date. */
  endedOn: string | null;
  verification: VerificationState;
  description: string | null;
  source: string | null;
  /** The members that stand behind it (confirmed participations only). */
  participants: { code: string; name: string }[];
  /** In the partnership's own order. */
  partners: {
    type: PartnerType;
    name: string | null;
    place: {
      id: number;
      name: string;
      countryCode: string;
      latitude: number;
      longitude: number;
      country: CountryRow;
    } | null;
    country: CountryRow | null;
    network: { name: string } | null;
  }[];
  areas: (Named & { code: string; position: number })[];
  fundingForms: (Named & { code: string; position: number })[];
};

/** Rows per read from the cursor: large enough to amortise a round trip, small enough to stream. */
const EXPORT_BATCH_SIZE = 1_000;

/** `batchSize` is there for tests, which cannot afford thousands of rows to cross a batch boundary. */
export type ExportOptions = { batchSize?: number };

/**
 * The statement: the selected partnerships (`selection`, a WHERE clause on "Partnership" p), each
 * as one compact JSON array (positions, not keys: the text is half as long to build, send and
 * parse) with its lists aggregated once per table for the whole selection (GROUP BY, not a
 * subquery per partnership, which at 100,000 rows was most of the statement's time). Members,
 * countries, networks, areas and funding forms are small tables: rows carry their keys, and
 * `References` names them. Participants and areas come in the order they were written (ctid),
 * as the API's Prisma reads return them, so the bulk files list them as /api/v1/partnerships does.
 */
const rowsStatement = (selection: string) => `
WITH selected AS (SELECT p."id" FROM "Partnership" p WHERE ${selection}),
participants AS (
  SELECT pp."partnershipId" AS id, json_agg(pp."organisationId" ORDER BY pp.ctid) AS list
    FROM "PartnershipParticipant" pp
   WHERE pp."partnershipId" IN (SELECT id FROM selected) AND ${publicParticipationSql("pp")}
   GROUP BY pp."partnershipId"),
partners AS (
  SELECT x."partnershipId" AS id,
         json_agg(json_build_array(x."type", x."name", x."countryCode", x."networkId",
                  pl."id", pl."name", pl."countryCode", pl."latitude", pl."longitude") ORDER BY x."position") AS list
    FROM "PartnershipPartner" x LEFT JOIN "Place" pl ON pl."id" = x."placeId"
   WHERE x."partnershipId" IN (SELECT id FROM selected)
   GROUP BY x."partnershipId"),
areas AS (
  SELECT pa."partnershipId" AS id, json_agg(pa."areaCode" ORDER BY pa.ctid) AS list
    FROM "PartnershipArea" pa
   WHERE pa."partnershipId" IN (SELECT id FROM selected)
   GROUP BY pa."partnershipId"),
funding AS (
  SELECT pf."partnershipId" AS id, json_agg(pf."fundingFormCode" ORDER BY pf.ctid) AS list
    FROM "PartnershipFunding" pf
   WHERE pf."partnershipId" IN (SELECT id FROM selected)
   GROUP BY pf."partnershipId")
SELECT json_build_array(p."id", p."kind", p."otherType", p."title", p."activityLevel", p."startYear",
         p."endedOn", p."verification", p."description", p."source",
         participants.list, partners.list, areas.list, funding.list)::text AS row
  FROM selected s
  JOIN "Partnership" p ON p."id" = s."id"
  LEFT JOIN participants ON participants.id = p."id"
  LEFT JOIN partners ON partners.id = p."id"
  LEFT JOIN areas ON areas.id = p."id"
  LEFT JOIN funding ON funding.id = p."id"
 ORDER BY p."id"`;

/** One row of rowsStatement, as JSON.parse gives it. */
type CompactRow = [
  id: number,
  kind: PartnershipKind,
  otherType: string | null,
  title: string | null,
  activityLevel: ActivityLevel | null,
  startYear: number | null,
  endedOn: string | null,
  verification: VerificationState,
  description: string | null,
  source: string | null,
  participants: number[] | null,
  partners: CompactPartner[] | null,
  areas: string[] | null,
  funding: string[] | null,
];
type CompactPartner = [
  type: PartnerType,
  name: string | null,
  countryCode: string | null,
  networkId: number | null,
  placeId: number | null,
  placeName: string | null,
  placeCountryCode: string | null,
  latitude: number | null,
  longitude: number | null,
];

/** The small tables rows refer to, read in the cursor's own snapshot. */
type References = {
  members: Map<number, { code: string; name: string }>;
  countries: Map<string, CountryRow>;
  networks: Map<number, { name: string }>;
  areas: Map<string, Named & { code: string; position: number }>;
  fundingForms: Map<string, Named & { code: string; position: number }>;
};

async function readReferences(client: pg.ClientBase): Promise<References> {
  const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
  const byKey = <K, T>(list: T[], key: (row: T) => K) => new Map(list.map((row) => [key(row), row]));
  type Coded = Named & { code: string; position: number };
  return {
    members: new Map(
      (
        await rows<{ id: number; code: string; name: string }>(
          `SELECT "id", "code", "name" FROM "Organisation"`,
        )
      ).map((o) => [o.id, { code: o.code, name: o.name }]),
    ),
    countries: byKey(
      await rows<CountryRow>(`SELECT "code", "nameSv", "nameEn" FROM "Country"`),
      (c) => c.code,
    ),
    networks: new Map(
      (await rows<{ id: number; name: string }>(`SELECT "id", "name" FROM "Network"`)).map((n) => [
        n.id,
        { name: n.name },
      ]),
    ),
    areas: byKey(
      await rows<Coded>(`SELECT "code", "position", "nameSv", "nameEn" FROM "CooperationArea"`),
      (a) => a.code,
    ),
    fundingForms: byKey(
      await rows<Coded>(`SELECT "code", "position", "nameSv", "nameEn" FROM "FundingForm"`),
      (f) => f.code,
    ),
  };
}

/** A row of the statement with its keys looked up: the ExportRow the formats read. */
function toExportRow(text: string, refs: References): ExportRow {
  const [
    id,
    kind,
    otherType,
    title,
    activityLevel,
    startYear,
    endedOn,
    verification,
    description,
    source,
    participants,
    partners,
    areas,
    funding,
  ] = JSON.parse(text) as CompactRow;
  const known = <K, T>(map: Map<K, T>, key: K) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Export: ${String(key)} is not in its reference table`);
    return value;
  };
  return {
    id,
    kind,
    otherType,
    title,
    activityLevel,
    startYear,
    endedOn,
    verification,
    description,
    source,
    participants: (participants ?? []).map((memberId) => known(refs.members, memberId)),
    partners: (partners ?? []).map(
      ([type, name, countryCode, networkId, placeId, placeName, placeCountry, lat, lon]) => ({
        type,
        name,
        place:
          placeId === null
            ? null
            : {
                id: placeId,
                name: placeName!,
                countryCode: placeCountry!,
                latitude: lat!,
                longitude: lon!,
                country: known(refs.countries, placeCountry!),
              },
        country: countryCode === null ? null : known(refs.countries, countryCode),
        network: networkId === null ? null : known(refs.networks, networkId),
      }),
    ),
    areas: (areas ?? []).map((code) => known(refs.areas, code)),
    fundingForms: (funding ?? []).map((code) => known(refs.fundingForms, code)),
  };
}

/** Whether the selection is narrower than "every public partnership" (ended ones or not). */
const hasSelectionFilters = (filters: DirectoryFilters) =>
  hasPartnershipFilters(filters) || memberWhere(filters) !== undefined || Boolean(filters.query);

/**
 * The statement for a selection. The public rule is always in the SQL (publicPartnershipSql,
 * the same rule as the pages' Prisma `visiblePartnership`). The whole registry needs nothing
 * else; any other filter is applied by the directory's own Prisma condition, which selects the
 * ids first (one query), so a filter means here what it means on /samarbeten.
 */
async function selectionStatement(db: Database, filters: DirectoryFilters) {
  const conditions = [publicPartnershipSql("p")];
  if (!filters.includeEnded) conditions.push(`p."endedOn" IS NULL`);
  const values: unknown[] = [];
  if (hasSelectionFilters(filters)) {
    const countryPlaceIds = await partnerPlacesIn(db, filters.countries);
    const ids = await db.partnership.findMany({
      where: partnershipWhere(filters, { countryPlaceIds }),
      select: { id: true },
    });
    values.push(ids.map((row) => row.id));
    conditions.push(`p."id" = ANY($1::int[])`);
  }
  return { text: rowsStatement(conditions.join(" AND ")), values };
}

/**
 * Every public partnership the filters select, in id order, `batchSize` rows at a time from
 * one cursor, in one read-only snapshot shared with the small tables the rows refer to. The
 * cursor reads one batch ahead of the consumer and no further, so a slow reader holds back the
 * database instead of filling memory; the connection goes back to the pool when the rows end,
 * fail, or the reader stops.
 */
export async function* exportRowBatches(
  db: Database,
  filters: DirectoryFilters,
  { batchSize = EXPORT_BATCH_SIZE }: ExportOptions = {},
): AsyncGenerator<ExportRow[]> {
  const { text, values } = await selectionStatement(db, filters);
  const client = await poolOf(db).connect();
  let failed: unknown;
  let cursor: Cursor<{ row: string }> | undefined;
  let finished: Promise<unknown> | undefined;
  let ahead: Promise<{ row: string }[]> | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const refs = await readReferences(client);
    cursor = client.query(new Cursor<{ row: string }>(text, values));
    // "end" comes with the statement's ReadyForQuery: only then is the connection free again.
    // (An error rejects it too: that path drops the connection and never waits for it.)
    finished = once(cursor, "end").catch(() => undefined);
    // The next batch is read while this one is formatted and sent: PostgreSQL and this process
    // work side by side, and at most two batches are held at once.
    let rows = await (ahead = cursor.read(batchSize));
    for (;;) {
      const more = rows.length === batchSize;
      ahead = more ? cursor.read(batchSize) : undefined;
      if (rows.length > 0) yield rows.map((r) => toExportRow(r.row, refs));
      if (!ahead) break;
      rows = await ahead;
    }
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    // A reader that stops early leaves the portal open: close it, and end the snapshot, before
    // the connection is reused. A connection that failed is dropped rather than handed on.
    // A read still in flight must not fail unheard, and must end before the portal can close.
    ahead?.catch(() => {});
    if (!failed) {
      try {
        await ahead;
        await cursor?.close();
        await finished;
        await client.query("ROLLBACK");
      } catch (error) {
        failed = error;
      }
    }
    client.release(failed instanceof Error ? failed : undefined);
  }
}
