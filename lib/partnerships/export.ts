// Downloads of a directory selection as CSV or JSON. Selections can hold the whole registry,
// so rows are read in id-ordered batches and streamed: memory stays flat however many there are.
import { stringify, type Options as CsvOptions } from "csv-stringify/sync";
import type { Database } from "../database/client";
import { partnershipWhere } from "../directory/partnership-where";
import type { DirectoryFilters } from "../directory/types";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import { partnerLabel } from "./partner-label";
import { publicParticipationSql } from "./participation";
import type { PartnershipWithDetail } from "./types";

type Named = { nameSv: string; nameEn: string };
type CountryRow = Named & { code: string };

/**
 * The fields of a partnership a download shows. A PartnershipWithDetail has them all; the
 * export reads them with one SQL statement per batch (selectionDetails), which is several
 * times faster than Prisma's nested includes on large selections.
 */
export type ExportSource = Pick<
  PartnershipWithDetail,
  | "id"
  | "kind"
  | "otherType"
  | "startYear"
  | "endedOn"
  | "activityLevel"
  | "verification"
  | "description"
  | "source"
> & {
  participants: { organisation: { code: string; name: string } }[];
  partners: {
    name: string | null;
    place: { id: number; name: string; latitude: number; longitude: number; country: CountryRow } | null;
    country: CountryRow | null;
    network: { name: string } | null;
  }[];
  areas: { area: Named & { position: number } }[];
  fundingForms: { fundingForm: Named & { position: number } }[];
};

const EXPORT_BATCH_SIZE = 2_000;

/** `batchSize` is there for tests, which cannot afford thousands of rows to cross a batch boundary. */
export type ExportOptions = { batchSize?: number };

// The interface's own words for kinds, types and activity levels, so the file says what the site says.
const MESSAGES = { sv, en } as const;

const VERIFICATION = {
  sv: { VERIFIED: "Verifierad", NEEDS_REVIEW: "Ej verifierad" },
  en: { VERIFIED: "Verified", NEEDS_REVIEW: "Not verified" },
} as const;

/** One partnership as downloaded: the JSON object, and the source of the CSV row. */
export type ExportRecord = {
  id: number;
  participants: { code: string; name: string }[];
  kind: string;
  otherType: string | null;
  partners: {
    label: string;
    countryCode: string | null;
    countryName: string | null;
    geonameId: number | null;
    latitude: number | null;
    longitude: number | null;
  }[];
  startYear: number | null;
  endedOn: string | null;
  activity: string | null;
  areas: string[];
  funding: string[];
  verification: string;
  description: string | null;
  source: string | null;
};

export const CSV_HEADERS: Record<Locale, string[]> = {
  sv: [
    "ID",
    "Svenska parter",
    "Kommun- och regionkoder",
    "Typ",
    "Typ av annat samarbete",
    "Partner",
    "Partnerns landskod",
    "Partnerns land",
    "GeoNames-id",
    "Latitud",
    "Longitud",
    "Startår",
    "Avslutat",
    "Aktivitetsgrad",
    "Samarbetsområden",
    "Finansiering",
    "Verifiering",
    "Beskrivning",
    "Källa",
  ],
  en: [
    "ID",
    "Swedish participants",
    "Municipality and region codes",
    "Kind",
    "Type of other cooperation",
    "Partner",
    "Partner country code",
    "Partner country",
    "GeoNames ID",
    "Latitude",
    "Longitude",
    "Start year",
    "Ended on",
    "Activity",
    "Areas",
    "Funding",
    "Verification",
    "Description",
    "Source",
  ],
};

const swedish = new Intl.Collator("sv");

/** A partnership in the reader's language: labels for codes, the site's partner names. */
export function toExportRecord(p: ExportSource, locale: Locale): ExportRecord {
  const messages = MESSAGES[locale];
  const named = (row: { nameSv: string; nameEn: string }) => (locale === "sv" ? row.nameSv : row.nameEn);
  const byPosition = <T extends { position: number }>(rows: T[]) =>
    [...rows].sort((a, b) => a.position - b.position);
  return {
    id: p.id,
    participants: p.participants
      .map(({ organisation: o }) => ({ code: o.code, name: o.name }))
      .sort((a, b) => swedish.compare(a.name, b.name)),
    kind: messages.kind[p.kind].singular,
    otherType: p.otherType ? messages.otherType[p.otherType] : null,
    partners: p.partners.map((partner) => {
      const country = partner.place?.country ?? partner.country;
      return {
        label: partnerLabel(partner, locale),
        countryCode: country?.code ?? null,
        countryName: country ? named(country) : null,
        geonameId: partner.place?.id ?? null,
        latitude: partner.place?.latitude ?? null,
        longitude: partner.place?.longitude ?? null,
      };
    }),
    startYear: p.startYear,
    endedOn: p.endedOn?.toISOString().slice(0, 10) ?? null,
    activity: p.activityLevel ? messages.activity[p.activityLevel] : null,
    areas: byPosition(p.areas.map((a) => a.area)).map(named),
    funding: byPosition(p.fundingForms.map((f) => f.fundingForm)).map(named),
    verification: VERIFICATION[locale][p.verification],
    description: p.description,
    source: p.source,
  };
}

// Text typed by people must not run as a spreadsheet formula when the file is opened (OWASP
// "CSV injection"); a leading apostrophe makes it inert. Numbers are never touched.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const inert = (text: string | null) => (text && FORMULA_START.test(text) ? `'${text}` : text);

const LIST_SEPARATOR = "; ";

/** The CSV cells of a record, in CSV_HEADERS order. Swedish Excel wants decimal commas. */
function toCsvCells(r: ExportRecord, locale: Locale): (string | number | null)[] {
  const list = (values: (string | null)[]) => values.map((v) => v ?? "").join(LIST_SEPARATOR);
  const decimal = (n: number | null) =>
    n === null ? "" : locale === "sv" ? String(n).replace(".", ",") : String(n);
  // A single partner keeps its number as a number; several are listed in the partners' order.
  const numbers = (values: (number | null)[], format: (n: number | null) => string | number) =>
    values.length === 1 ? format(values[0]!) : values.map(format).join(LIST_SEPARATOR);
  return [
    r.id,
    list(r.participants.map((p) => p.name)),
    list(r.participants.map((p) => p.code)),
    r.kind,
    r.otherType,
    inert(list(r.partners.map((p) => p.label))),
    list(r.partners.map((p) => p.countryCode)),
    list(r.partners.map((p) => p.countryName)),
    numbers(
      r.partners.map((p) => p.geonameId),
      (n) => n ?? "",
    ),
    numbers(
      r.partners.map((p) => p.latitude),
      decimal,
    ),
    numbers(
      r.partners.map((p) => p.longitude),
      decimal,
    ),
    r.startYear,
    r.endedOn,
    r.activity,
    list(r.areas),
    list(r.funding),
    r.verification,
    inert(r.description),
    inert(r.source),
  ];
}

/** Swedish Excel opens semicolon-separated files; everyone else expects commas. Both CRLF. */
export function csvOptions(locale: Locale): CsvOptions {
  return { delimiter: locale === "sv" ? ";" : ",", record_delimiter: "windows" };
}

/** CSV text for some partnerships, without header: one batch of the download. */
export function formatCsvRows(partnerships: ExportSource[], locale: Locale): string {
  return stringify(
    partnerships.map((p) => toCsvCells(toExportRecord(p, locale), locale)),
    csvOptions(locale),
  );
}

/** The header row, preceded by the byte-order mark Excel needs to read UTF-8 (å, ä, ö). */
export function formatCsvHeader(locale: Locale): string {
  return stringify([CSV_HEADERS[locale]], { ...csvOptions(locale), bom: true });
}

const country = (alias: string) =>
  `json_build_object('code', ${alias}."code", 'nameSv', ${alias}."nameSv", 'nameEn', ${alias}."nameEn")`;

/** The ExportSource of each id, in id order: one statement, aggregated in PostgreSQL. */
async function selectionDetails(db: Database, ids: number[]): Promise<ExportSource[]> {
  // As text, parsed here: Prisma's conversion of json columns costs several times the query.
  const rows = await db.$queryRawUnsafe<{ data: string }[]>(
    `SELECT json_build_object(
       'id', p."id", 'kind', p."kind", 'otherType', p."otherType", 'startYear', p."startYear", 'endedOn', p."endedOn",
       'activityLevel', p."activityLevel", 'verification', p."verification", 'description', p."description", 'source', p."source",
       'participants', COALESCE((
         SELECT json_agg(json_build_object('organisation', json_build_object('code', o."code", 'name', o."name")))
           FROM "PartnershipParticipant" pp JOIN "Organisation" o ON o."id" = pp."organisationId"
          WHERE pp."partnershipId" = p."id" AND ${publicParticipationSql("pp")}), '[]'),
       'partners', COALESCE((
         SELECT json_agg(json_build_object(
                  'name', x."name",
                  'place', CASE WHEN pl."id" IS NULL THEN NULL ELSE json_build_object('id', pl."id", 'name', pl."name",
                           'latitude', pl."latitude", 'longitude', pl."longitude", 'country', ${country("pc")}) END,
                  'country', CASE WHEN xc."code" IS NULL THEN NULL ELSE ${country("xc")} END,
                  'network', CASE WHEN n."id" IS NULL THEN NULL ELSE json_build_object('name', n."name") END)
                ORDER BY x."position")
           FROM "PartnershipPartner" x
           LEFT JOIN "Place" pl ON pl."id" = x."placeId"
           LEFT JOIN "Country" pc ON pc."code" = pl."countryCode"
           LEFT JOIN "Country" xc ON xc."code" = x."countryCode"
           LEFT JOIN "Network" n ON n."id" = x."networkId"
          WHERE x."partnershipId" = p."id"), '[]'),
       'areas', COALESCE((
         SELECT json_agg(json_build_object('area', json_build_object('position', a."position", 'nameSv', a."nameSv", 'nameEn', a."nameEn")))
           FROM "PartnershipArea" pa JOIN "CooperationArea" a ON a."code" = pa."areaCode"
          WHERE pa."partnershipId" = p."id"), '[]'),
       'fundingForms', COALESCE((
         SELECT json_agg(json_build_object('fundingForm', json_build_object('position', f."position", 'nameSv', f."nameSv", 'nameEn', f."nameEn")))
           FROM "PartnershipFunding" pf JOIN "FundingForm" f ON f."code" = pf."fundingFormCode"
          WHERE pf."partnershipId" = p."id"), '[]')
     )::text AS data
     FROM "Partnership" p WHERE p."id" = ANY($1::int[]) ORDER BY p."id"`,
    ids,
  );
  return rows.map((row) => {
    const data = JSON.parse(row.data) as Omit<ExportSource, "endedOn"> & { endedOn: string | null };
    return { ...data, endedOn: data.endedOn ? new Date(data.endedOn) : null };
  });
}

/**
 * Every partnership the filters select, in id order, a batch at a time (keyset paging, not
 * OFFSET). Prisma selects the ids, so the filters mean what they mean on the pages; the next
 * batch is read while the current one is formatted and sent, so at most two are held at once.
 */
async function* selectionBatches(db: Database, filters: DirectoryFilters, batchSize = EXPORT_BATCH_SIZE) {
  const where = partnershipWhere(filters);
  const batchAfter = async (id: number) => {
    const ids = await db.partnership.findMany({
      where: { AND: [where, { id: { gt: id } }] },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    return {
      lastId: ids.at(-1)?.id,
      full: ids.length === batchSize,
      rows: ids.length
        ? await selectionDetails(
            db,
            ids.map((r) => r.id),
          )
        : [],
    };
  };
  let pending = batchAfter(0);
  try {
    for (;;) {
      const batch = await pending;
      if (batch.full) pending = batchAfter(batch.lastId!);
      if (batch.rows.length > 0) yield batch.rows;
      if (!batch.full) return;
    }
  } finally {
    // A reader that went away leaves a read in flight; its failure must not go unhandled.
    pending.catch(() => {});
  }
}

/** A byte stream that asks for the next chunk only when the reader wants more (backpressure). */
export function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The selection as CSV: UTF-8 with BOM, CRLF, ";" in Swedish and "," in English, header in the locale. */
export function exportPartnershipsCsv(
  db: Database,
  filters: DirectoryFilters,
  locale: Locale,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield formatCsvHeader(locale);
      for await (const batch of selectionBatches(db, filters, options.batchSize))
        yield formatCsvRows(batch, locale);
    })(),
  );
}

/** The selection as a JSON array of ExportRecord: the CSV's fields, English keys, lists as arrays. */
export function exportPartnershipsJson(
  db: Database,
  filters: DirectoryFilters,
  locale: Locale,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield "[";
      yield* jsonArrayElements(selectionBatches(db, filters, options.batchSize), (batch) =>
        batch.map((p) => toExportRecord(p, locale)),
      );
      yield "\n]\n";
    })(),
  );
}

/**
 * The elements of a streamed JSON array, batch by batch: `toItems` turns a batch into the
 * elements to write (none is fine). `first` goes before the first element, ",\n" between all.
 */
export async function* jsonArrayElements<T>(
  batches: AsyncIterable<T[]>,
  toItems: (batch: T[]) => unknown[],
  first = "\n",
): AsyncGenerator<string> {
  let separator = first;
  for await (const batch of batches) {
    const items = toItems(batch);
    if (items.length === 0) continue;
    yield separator + items.map((item) => JSON.stringify(item)).join(",\n");
    separator = ",\n";
  }
}
