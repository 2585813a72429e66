// Bulk downloads of the whole public registry (CC0): every kommun and region and every
// partnership that is not removed (ended ones included, as history), as CSV, JSON or GeoJSON.
// Partnerships come from one cursor (lib/partnerships/export-rows.ts) and are streamed as the
// reader takes them, so memory stays flat.
import { createHash } from "node:crypto";
import { registryDataVersion } from "../cache/data-version-cache";
import type { Database } from "../database/client";
import { NO_FILTERS, type DirectoryFilters } from "../directory/types";
import type { Locale } from "../i18n/config";
import { exportPartnershipsCsv } from "../partnerships/export";
import { exportRowBatches, type ExportRow } from "../partnerships/export-rows";
import { byteStream, jsonArrayElements } from "../partnerships/export-stream";
import { DATA_LICENSE_URL } from "./http";
import { partnershipSummary, toApiPartner } from "./municipalities";
import { listOrganisations } from "./registry";

const BULK_FILTERS: DirectoryFilters = { ...NO_FILTERS, includeEnded: true };

const BULK_METADATA = {
  title: "Vänortsregistret: Swedish municipalities' and regions' twin towns and international partnerships",
  license: "CC0-1.0",
  licenseUrl: DATA_LICENSE_URL,
  licenseNote:
    "The registry's data is dedicated to the public domain (CC0 1.0). Partner place names and coordinates come from GeoNames (CC BY 4.0): credit 'Ortdata © GeoNames (geonames.org)' when you republish them.",
  publisher: "Vänortsregistret",
} as const;

export const BULK_FILES = {
  "vanortsregistret.csv": "text/csv; charset=utf-8",
  "vanortsregistret.json": "application/json; charset=utf-8",
  "vanortsregistret.geojson": "application/geo+json; charset=utf-8",
} as const;
export type BulkFile = keyof typeof BULK_FILES;

export function isBulkFile(name: string): name is BulkFile {
  return Object.hasOwn(BULK_FILES, name);
}

type BulkPartnership = ReturnType<typeof toBulkPartnership>;

/**
 * A partnership as the open API publishes it (toPartnershipSummary's shape, through the same
 * schema, so nothing beyond the public fields leaves), from a download row.
 */
function toBulkPartnership(p: ExportRow) {
  return partnershipSummary.parse({
    ...p,
    partners: p.partners.map(toApiPartner),
    areas: p.areas.map((a) => a.code),
    fundingForms: p.fundingForms.map((f) => f.code),
  });
}

async function* allPartnerships(db: Database): AsyncGenerator<BulkPartnership[]> {
  for await (const batch of exportRowBatches(db, BULK_FILTERS)) yield batch.map(toBulkPartnership);
}

async function* bulkJson(db: Database, now: Date) {
  const organisations = await listOrganisations(db, NO_FILTERS);
  yield `{"metadata":${JSON.stringify({ ...BULK_METADATA, generatedAt: now.toISOString() })},\n"organisations":${JSON.stringify(organisations)},\n"partnerships":[`;
  yield* jsonArrayElements(allPartnerships(db), (batch) => batch);
  yield "\n]}\n";
}

/** Members as points at their centroids, and one point per partner place of each partnership. */
async function* bulkGeoJson(db: Database, now: Date) {
  const members = await db.organisation.findMany({
    where: { centroidLat: { not: null }, centroidLon: { not: null } },
    select: { code: true, kind: true, name: true, centroidLat: true, centroidLon: true },
    orderBy: { code: "asc" },
  });
  const memberFeatures = members.map((m) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [m.centroidLon, m.centroidLat] },
    properties: { featureType: "member", code: m.code, kind: m.kind, name: m.name },
  }));
  yield `{"type":"FeatureCollection","metadata":${JSON.stringify({ ...BULK_METADATA, generatedAt: now.toISOString() })},"features":[\n`;
  yield memberFeatures.map((f) => JSON.stringify(f)).join(",\n");
  const partnerFeatures = (batch: BulkPartnership[]) =>
    batch.flatMap((p) =>
      p.partners
        .filter((x) => x.latitude !== null && x.longitude !== null)
        .map((x) => ({
          type: "Feature",
          geometry: { type: "Point", coordinates: [x.longitude, x.latitude] },
          properties: {
            featureType: "partner",
            partnershipId: p.id,
            kind: p.kind,
            activityLevel: p.activityLevel,
            endedOn: p.endedOn,
            partner: x.label,
            geonameId: x.geonameId,
            countryCode: x.countryCode,
            participants: p.participants.map((o) => o.code),
          },
        })),
    );
  yield* jsonArrayElements(allPartnerships(db), partnerFeatures, memberFeatures.length ? ",\n" : "");
  yield "\n]}\n";
}

export function bulkStream(
  db: Database,
  file: BulkFile,
  locale: Locale,
  now = new Date(),
): ReadableStream<Uint8Array> {
  if (file === "vanortsregistret.csv") return exportPartnershipsCsv(db, BULK_FILTERS, locale);
  return byteStream(file === "vanortsregistret.json" ? bulkJson(db, now) : bulkGeoJson(db, now));
}

/**
 * A weak ETag for the bulk files without reading them: the registry's data version moves with
 * every write (lib/cache/data-version-cache.ts), so any change to the registry changes it.
 */
export async function bulkEtag(db: Database, file: BulkFile, locale: Locale): Promise<string> {
  const key = [file, locale, await registryDataVersion(db)].join("|");
  return `W/"${createHash("sha1").update(key).digest("base64url")}"`;
}
