// Commits the accepted rows of an import preview: each as an unverified (NEEDS_REVIEW)
// partnership through the partnerships' own create path (createPartnerships, in batches; it
// audits each), plus one audit
// record for the import itself, all in one transaction. Re-importing a file creates nothing
// new: the duplicate rule is checked again inside the transaction.
import { recordAudit, type Actor } from "../audit/record";
import type { Database } from "../database/client";
import { createPartnerships, type NewPartnership, type PartnerInput } from "../partnerships/create";
import { IMPORT_SOURCE_PREFIX } from "../partnerships/participation";
import { duplicateKey, rowDuplicateKey, type ImportPreview, type PreviewRow } from "./preview";
import { actsFor, type Scope } from "../auth/scope";

type SkipReason = "not_accepted" | "invalid" | "duplicate" | "out_of_scope";
export type ImportResult = {
  created: { line: number; partnershipId: number }[];
  skipped: { line: number; reason: SkipReason }[];
};

/**
 * How long the commit's one transaction may take: Prisma's default is 5 s, and a 512 kB file
 * holds up to about 16,000 rows (about 1 ms each in batches; `npm run bench:import` prints it).
 */
const COMMIT_TIMEOUT_MS = 10 * 60_000;

/** Partnerships written per batch of statements (createPartnerships), well within PostgreSQL's 65,535 parameters. */
const BATCH = 1_000;

export const importActor = (fileName: string, userId?: number): Actor => ({
  userId,
  label: `import:${fileName}`,
});

function candidatesNote(row: PreviewRow): string {
  const candidates = row.partner && row.partner.status !== "matched" ? row.partner.candidates : [];
  const list = candidates.map((c) => `${c.name}, ${c.countryCode} (GeoNames ${c.geonameId})`).join("; ");
  return list
    ? `Importerad ort "${row.values.partner}" kunde inte bestämmas säkert. Möjliga orter: ${list}.`
    : `Importerad ort "${row.values.partner}" finns inte i ortregistret.`;
}

function partnerOf(row: PreviewRow): PartnerInput {
  if (row.partner?.status === "matched")
    return { type: "PLACE", placeId: row.partner.place.geonameId, name: row.values.partner };
  return {
    type: "FREE_TEXT",
    name: row.values.partner!,
    ...(row.countryCode ? { countryCode: row.countryCode } : {}),
  };
}

/**
 * `lines`: the rows the user accepted (default: every ready or review row). Rows whose member
 * is outside `scope` are never written, whatever the preview said.
 */
export async function commitImport(
  db: Database,
  preview: ImportPreview,
  options: { actor: Actor; scope: Scope; lines?: number[] },
): Promise<ImportResult> {
  const chosen = options.lines ? new Set(options.lines) : undefined;
  return db.$transaction(
    async (tx) => {
      const result: ImportResult = { created: [], skipped: [] };
      const memberIds = [
        ...new Set(preview.rows.flatMap((r) => (r.member?.status === "matched" ? [r.member.member.id] : []))),
      ];
      const existing = await tx.partnership.findMany({
        where: { removedAt: null, participants: { some: { organisationId: { in: memberIds } } } },
        select: {
          kind: true,
          participants: { select: { organisationId: true } },
          partners: { select: { placeId: true, name: true, countryCode: true } },
        },
      });
      const keys = new Set(
        existing.flatMap((p) =>
          p.participants.flatMap((o) => p.partners.map((x) => duplicateKey(o.organisationId, p.kind, x))),
        ),
      );
      // Public once the row is confirmed, so no file name: that stays in the review note.
      const source = `${IMPORT_SOURCE_PREFIX}fil med SHA-256 ${preview.fileHash.slice(0, 12)}`;
      const accepted: { line: number; input: NewPartnership }[] = [];

      for (const row of preview.rows) {
        if (chosen && !chosen.has(row.line)) {
          result.skipped.push({ line: row.line, reason: "not_accepted" });
          continue;
        }
        if (row.status === "invalid" || row.member?.status !== "matched" || !row.kind) {
          result.skipped.push({
            line: row.line,
            reason: row.status === "duplicate" ? "duplicate" : "invalid",
          });
          continue;
        }
        if (!actsFor(options.scope, row.member.member.id)) {
          result.skipped.push({ line: row.line, reason: "out_of_scope" });
          continue;
        }
        const key = rowDuplicateKey(row);
        if (keys.has(key)) {
          result.skipped.push({ line: row.line, reason: "duplicate" });
          continue;
        }
        keys.add(key);
        accepted.push({
          line: row.line,
          input: {
            kind: row.kind,
            activityLevel: row.activityLevel ?? undefined,
            startYear: row.startYear ?? undefined,
            verification: "NEEDS_REVIEW",
            reviewNote:
              row.partner?.status === "matched"
                ? `Importerad från ${preview.fileName}, rad ${row.line}: kontrollera uppgifterna.`
                : candidatesNote(row),
            source: `${source}, rad ${row.line}`,
            participantIds: [row.member.member.id],
            partners: [partnerOf(row)],
            areaCodes: row.areaCodes,
          },
        });
      }
      for (let start = 0; start < accepted.length; start += BATCH) {
        const batch = accepted.slice(start, start + BATCH);
        const created = await createPartnerships(
          tx,
          batch.map((b) => b.input),
          options.actor,
          { scope: options.scope },
        );
        batch.forEach((b, i) => result.created.push({ line: b.line, partnershipId: created[i]!.id }));
      }

      await recordAudit(tx, options.actor, {
        entityType: "Import",
        entityId: preview.fileHash,
        action: "CREATE",
        after: { fileName: preview.fileName, fileHash: preview.fileHash, ...result },
      });
      return result;
    },
    { timeout: COMMIT_TIMEOUT_MS, maxWait: 10_000 },
  );
}
