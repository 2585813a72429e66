// Imports SKR's kommungrupp list (kommunkod or name -> A1..C9) in one transaction, auditing
// every change. A file with any row the import cannot understand changes nothing.
import { recordAudit, type Actor } from "../audit/record";
import { publishAfterWrite } from "../changes/after-write";
import type { Database } from "../database/client";
import { normalizeName } from "../text/normalize";
import { buildMemberIndex, matchMember } from "./match-member";
import { readSpreadsheet } from "./read-file";

type GroupIssue = {
  line: number;
  code: "member_unmatched" | "member_ambiguous" | "group_unknown" | "missing_columns";
  value?: string;
};
export type GroupImportResult =
  { ok: true; updated: number; unchanged: number } | { ok: false; issues: GroupIssue[] };

const MEMBER_HEADINGS = [
  "kommunkod",
  "kommun",
  "kod",
  "municipality",
  "municipality code",
  "code",
  "kommunnamn",
];
const GROUP_HEADINGS = ["kommungrupp", "grupp", "kommungrupp 2017", "group", "municipality group"];

export async function importMunicipalityGroups(
  db: Database,
  file: { name: string; bytes: Uint8Array },
  actor: Actor,
): Promise<GroupImportResult> {
  const rows = await readSpreadsheet(file.bytes, file.name);
  const header = rows[0]!.cells.map((h) => normalizeName(h));
  const hasHeader = header.some((h) => GROUP_HEADINGS.includes(h));
  const memberColumn = hasHeader ? header.findIndex((h) => MEMBER_HEADINGS.includes(h)) : 0;
  const groupColumn = hasHeader ? header.findIndex((h) => GROUP_HEADINGS.includes(h)) : 1;
  if (memberColumn < 0 || groupColumn < 0)
    return { ok: false, issues: [{ line: 1, code: "missing_columns" }] };

  const [municipalities, groups] = await Promise.all([
    db.organisation.findMany({
      where: { kind: "MUNICIPALITY" },
      select: { id: true, code: true, name: true, shortName: true, kind: true, municipalityGroupCode: true },
    }),
    db.municipalityGroup.findMany(),
  ]);
  const index = buildMemberIndex(municipalities);
  const groupByKey = new Map<string, string>();
  for (const g of groups)
    for (const name of [g.code, g.name, `${g.code} ${g.name}`]) groupByKey.set(normalizeName(name), g.code);

  const issues: GroupIssue[] = [];
  const assignments = new Map<number, string>();
  for (const { line, cells: row } of rows.slice(hasHeader ? 1 : 0)) {
    const match = matchMember(row[memberColumn] ?? "", index);
    const group = groupByKey.get(normalizeName(row[groupColumn] ?? ""));
    if (match.status !== "matched")
      issues.push({
        line,
        code: match.status === "ambiguous" ? "member_ambiguous" : "member_unmatched",
        value: row[memberColumn],
      });
    if (!group) issues.push({ line, code: "group_unknown", value: row[groupColumn] });
    if (match.status === "matched" && group) assignments.set(match.member.id, group);
  }
  if (issues.length) return { ok: false, issues };

  return db.$transaction(async (tx) => {
    let updated = 0;
    for (const m of municipalities) {
      const group = assignments.get(m.id);
      if (!group || group === m.municipalityGroupCode) continue;
      await tx.organisation.update({
        where: { id: m.id },
        data: { municipalityGroupCode: group, version: { increment: 1 } },
      });
      await recordAudit(tx, actor, {
        entityType: "Organisation",
        entityId: m.id,
        action: "UPDATE",
        before: { municipalityGroupCode: m.municipalityGroupCode },
        after: { municipalityGroupCode: group },
      });
      updated += 1;
    }
    await publishAfterWrite(tx, { organisationIds: [...assignments.keys()] });
    return { ok: true as const, updated, unchanged: assignments.size - updated };
  });
}
