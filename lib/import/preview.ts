// The preview of an import: every row of the file with what it matched, how sure the match
// is and what is wrong with it, before anything is written. Nothing here writes.
import type { Database } from "../database/client";
import { normalizeName } from "../text/normalize";
import { detectColumns, IMPORT_FIELDS, type ColumnMap, type ImportField } from "./columns";
import { resolveCountryDetailed } from "../countries/resolve-country";
import { buildMemberIndex, matchMember, type MemberMatch } from "./match-member";
import { matchPartner, type PartnerMatch } from "./match-partner";
import {
  parseActivity,
  parseAreas,
  parseKind,
  parseStartYear,
  type ImportActivity,
  type ImportKind,
} from "./match-values";
import { progressCounter, type ProgressListener } from "./progress";
import { fileHash, readSpreadsheet } from "./read-file";
import { actsFor, type Scope } from "../auth/scope";

export type IssueCode =
  | "missing_columns"
  | "member_missing"
  | "member_unmatched"
  | "member_ambiguous"
  | "member_out_of_scope"
  | "partner_missing"
  | "partner_unmatched"
  | "partner_ambiguous"
  | "partner_several_in_country"
  | "partner_small_place"
  | "partner_country_missing"
  | "country_unknown"
  | "country_ambiguous"
  | "kind_unknown"
  | "start_year_invalid"
  | "status_unknown"
  | "areas_unknown"
  | "duplicate_existing"
  | "duplicate_in_file";

/** An issue and what its text names: the value as written, and for some a count or a population. */
export type RowIssue = { code: IssueCode; value?: string; count?: number; population?: number };

/**
 * ready: member and partner matched, nothing wrong. review: the member is known but the
 * partner is not certain, so it can be saved as an unverified free-text partner with its
 * candidates noted. invalid: the row cannot be saved as it is. duplicate: already registered.
 */
type RowStatus = "ready" | "review" | "invalid" | "duplicate";

export type PreviewRow = {
  line: number;
  values: Partial<Record<ImportField, string>>;
  status: RowStatus;
  member: MemberMatch | null;
  partner: PartnerMatch | null;
  countryCode: string | null;
  kind: ImportKind | null;
  activityLevel: ImportActivity | null;
  startYear: number | null;
  areaCodes: string[];
  /** 0..1: the lower of the member's and the partner's match confidence; 0 when either is not matched. */
  confidence: number;
  issues: RowIssue[];
};

export type ImportPreview = {
  fileName: string;
  fileHash: string;
  columns: ColumnMap;
  rows: PreviewRow[];
  /** File-level problems (no header the import understands). */
  issues: RowIssue[];
  counts: Record<RowStatus, number>;
};

const BLOCKING: IssueCode[] = [
  "member_missing",
  "member_unmatched",
  "member_ambiguous",
  "member_out_of_scope",
  "partner_missing",
  "kind_unknown",
  "start_year_invalid",
  "status_unknown",
  "country_unknown",
  "country_ambiguous",
];

/** What identifies a partnership for the duplicate rule: member, kind, and the partner place or name + country. */
export function duplicateKey(
  memberId: number,
  kind: string,
  partner: { placeId?: number | null; name?: string | null; countryCode?: string | null },
): string {
  return partner.placeId
    ? `${memberId}|${kind}|place:${partner.placeId}`
    : `${memberId}|${kind}|name:${normalizeName(partner.name ?? "")}|${partner.countryCode ?? ""}`;
}

/** Duplicate keys of every partnership already registered (not removed) for these members. */
async function existingKeys(db: Database, memberIds: number[]): Promise<Set<string>> {
  const rows = await db.partnership.findMany({
    where: { removedAt: null, participants: { some: { organisationId: { in: memberIds } } } },
    select: {
      kind: true,
      participants: { select: { organisationId: true } },
      partners: { select: { placeId: true, name: true, countryCode: true } },
    },
  });
  const keys = new Set<string>();
  for (const p of rows)
    for (const o of p.participants)
      for (const x of p.partners) keys.add(duplicateKey(o.organisationId, p.kind, x));
  return keys;
}

export type PreviewOptions = {
  /** Told how many of the file's rows are matched so far, in batches (lib/import/progress). */
  onProgress?: ProgressListener;
};

export async function previewImport(
  db: Database,
  file: { name: string; bytes: Uint8Array },
  scope: Scope,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const rows = await readSpreadsheet(file.bytes, file.name);
  const hash = fileHash(file.bytes);
  const [members, areas] = await Promise.all([
    db.organisation.findMany({ select: { id: true, code: true, name: true, shortName: true, kind: true } }),
    db.cooperationArea.findMany({ select: { code: true, nameSv: true, nameEn: true } }),
  ]);
  const index = buildMemberIndex(members);
  const first = rows[0]!.cells;
  const headings = detectColumns(first);
  // A first row naming any known column is a header. A file without one is read in the obvious
  // order (member, partner, country, kind, since), but only if it starts with a member's name.
  const hasHeader = Object.keys(headings).length > 0;
  const positional = !hasHeader && matchMember(first[0] ?? "", index).status === "matched";
  const columns: ColumnMap = hasHeader
    ? headings
    : positional
      ? { member: 0, partner: 1, country: 2, kind: 3, startYear: 4 }
      : {};
  const empty = { ready: 0, review: 0, invalid: 0, duplicate: 0 };
  if (columns.member === undefined || columns.partner === undefined) {
    return {
      fileName: file.name,
      fileHash: hash,
      columns,
      rows: [],
      issues: [{ code: "missing_columns" }],
      counts: empty,
    };
  }

  const previews: PreviewRow[] = [];
  const dataRows = rows.slice(hasHeader ? 1 : 0);
  const progress = progressCounter(dataRows.length, options.onProgress);
  // A long list names the same partner town many times (every municipality twinned with
  // Tallinn): each name and country is looked up in the gazetteer once per file.
  const partnerMatches = new Map<string, Promise<PartnerMatch>>();
  const matchPartnerOnce = (name: string, country: string | undefined) => {
    const key = `${name}\u0000${country ?? ""}`;
    if (!partnerMatches.has(key)) partnerMatches.set(key, matchPartner(db, name, country));
    return partnerMatches.get(key)!;
  };
  for (const { line, cells: row } of dataRows) {
    const values = Object.fromEntries(
      IMPORT_FIELDS.filter((f) => columns[f] !== undefined).map((f) => [f, row[columns[f]!] ?? ""]),
    ) as Partial<Record<ImportField, string>>;
    const issues: RowIssue[] = [];
    const text = (field: ImportField) => values[field]?.trim() ?? "";

    let member: MemberMatch | null = null;
    if (!text("member")) issues.push({ code: "member_missing" });
    else {
      member = matchMember(text("member"), index);
      if (member.status === "unmatched") issues.push({ code: "member_unmatched", value: text("member") });
      else if (member.status === "ambiguous")
        issues.push({ code: "member_ambiguous", value: text("member") });
      else if (!actsFor(scope, member.member.id))
        issues.push({ code: "member_out_of_scope", value: member.member.name });
    }

    const country = text("country") ? resolveCountryDetailed(text("country")) : null;
    const countryCode = country?.status === "resolved" ? country.code : null;
    if (country?.status === "unknown") issues.push({ code: "country_unknown", value: text("country") });
    if (country?.status === "ambiguous") issues.push({ code: "country_ambiguous", value: text("country") });

    let partner: PartnerMatch | null = null;
    if (!text("partner")) issues.push({ code: "partner_missing" });
    else {
      partner = await matchPartnerOnce(text("partner"), countryCode ?? undefined);
      // Why a person must decide: not found, several, only a small namesake, no country.
      if (partner.status !== "matched") issues.push({ ...partner.reason, value: text("partner") });
    }

    const kind = parseKind(text("kind")) ?? null;
    if (!kind) issues.push({ code: "kind_unknown", value: text("kind") });
    const startYear = parseStartYear(text("startYear"));
    if (startYear === undefined) issues.push({ code: "start_year_invalid", value: text("startYear") });
    const activityLevel = parseActivity(text("status"));
    if (activityLevel === undefined) issues.push({ code: "status_unknown", value: text("status") });
    const parsedAreas = parseAreas(text("areas"), areas);
    if (parsedAreas.unknown.length)
      issues.push({ code: "areas_unknown", value: parsedAreas.unknown.join(", ") });

    const memberConfidence = member?.status === "matched" ? member.confidence : 0;
    const partnerConfidence = partner?.status === "matched" ? partner.confidence : 0;
    const status: RowStatus = issues.some((x) => BLOCKING.includes(x.code))
      ? "invalid"
      : partner?.status === "matched"
        ? "ready"
        : "review";
    previews.push({
      line,
      values,
      status,
      member,
      partner,
      countryCode,
      kind,
      activityLevel: activityLevel ?? null,
      startYear: startYear ?? null,
      areaCodes: parsedAreas.codes,
      confidence: Math.min(memberConfidence, partnerConfidence),
      issues,
    });
    progress.rowDone();
  }

  // The duplicate rule, against the registry and within the file itself.
  const matchedIds = previews.flatMap((r) => (r.member?.status === "matched" ? [r.member.member.id] : []));
  const existing = await existingKeys(db, [...new Set(matchedIds)]);
  const seen = new Set<string>();
  for (const row of previews) {
    if (row.status === "invalid" || row.member?.status !== "matched") continue;
    const key = rowDuplicateKey(row);
    if (existing.has(key)) {
      row.status = "duplicate";
      row.issues.push({ code: "duplicate_existing" });
    } else if (seen.has(key)) {
      row.status = "duplicate";
      row.issues.push({ code: "duplicate_in_file" });
    }
    seen.add(key);
  }

  const counts = { ...empty };
  for (const row of previews) counts[row.status] += 1;
  return { fileName: file.name, fileHash: hash, columns, rows: previews, issues: [], counts };
}

/** The duplicate key of a previewed row whose member is matched. */
export function rowDuplicateKey(row: PreviewRow): string {
  const memberId = row.member?.status === "matched" ? row.member.member.id : 0;
  return row.partner?.status === "matched"
    ? duplicateKey(memberId, row.kind!, { placeId: row.partner.place.geonameId })
    : duplicateKey(memberId, row.kind!, { name: row.values.partner ?? "", countryCode: row.countryCode });
}
