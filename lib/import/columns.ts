// Finds the columns of a municipality's own list of partnerships by their headings, in
// Swedish or English, whatever their order: "Kommun", "Vänort", "Land", "Typ", "Sedan", ...
import { normalizeName } from "../text/normalize";

export const IMPORT_FIELDS = [
  "member",
  "partner",
  "country",
  "kind",
  "startYear",
  "status",
  "areas",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMap = Partial<Record<ImportField, number>>;

// Normalised headings (lib/text/normalize) that name each field. Order matters: the first field
// whose synonym matches wins, so "kommunkod" is the member before "kod" could be anything.
const SYNONYMS: Record<ImportField, string[]> = {
  member: [
    "kommun",
    "kommunkod",
    "kommunnamn",
    "svensk kommun",
    "region",
    "medlem",
    "municipality",
    "municipality code",
    "swedish municipality",
    "organisation",
    "kod",
  ],
  partner: [
    "vanort",
    "vanorter",
    "vanstad",
    "partner",
    "partnerort",
    "partnerkommun",
    "samarbetspartner",
    "ort",
    "stad",
    "twin town",
    "sister city",
    "partner town",
    "partner city",
    "town",
    "city",
  ],
  country: ["land", "partnerland", "country", "partner country"],
  kind: ["typ", "samarbetsform", "typ av samarbete", "kind", "type"],
  startYear: ["sedan", "startar", "ar", "fran", "since", "year", "start year", "established"],
  status: ["status", "aktivitet", "aktivitetsgrad", "activity", "activity level"],
  areas: [
    "omraden",
    "omrade",
    "samarbetsomraden",
    "samarbetsomrade",
    "areas",
    "area",
    "areas of cooperation",
  ],
};

/** The column of each field in the header row; fields without a column are left out. */
export function detectColumns(header: string[]): ColumnMap {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  const keys = header.map((h) => normalizeName(h));
  for (const field of IMPORT_FIELDS) {
    const index = keys.findIndex((key, i) => !taken.has(i) && SYNONYMS[field].includes(key));
    if (index >= 0) {
      map[field] = index;
      taken.add(index);
    }
  }
  return map;
}

/** Whether a first row is a header rather than data: it names at least the member and the partner. */
export function isHeaderRow(row: string[]): boolean {
  const map = detectColumns(row);
  return map.member !== undefined && map.partner !== undefined;
}
