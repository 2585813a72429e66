// History entries as people read them: which fields an event changed, from what to what.
import { partnerLabel } from "../partnerships/partner-label";
import { PROFILE_FIELDS } from "../organisations/update-profile";
import { POLICY_FIELDS } from "../policies/edit";
import { changedFields, editableView, type SnapshotLike } from "../partnerships/snapshot";

export type FieldChange = { field: string; before: string; after: string };

const show = (value: unknown): string => {
  if (value == null || value === "") return "";
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

type PartnerSnapshot = Parameters<typeof partnerLabel>[0];

/** A snapshot's readable view: partners and participants by name rather than by id. */
function readable(snapshot: SnapshotLike | null) {
  if (!snapshot) return null;
  const view = editableView(snapshot);
  const raw = snapshot as unknown as {
    partners?: PartnerSnapshot[];
    participants?: { organisationId: number; organisation?: { name: string } }[];
  };
  return {
    ...view,
    partners: (raw.partners ?? []).map((p) =>
      partnerLabel({
        name: p.name ?? null,
        place: p.place ?? null,
        country: p.country ?? null,
        network: p.network ?? null,
      }),
    ),
    participantIds: (raw.participants ?? []).map((p) => p.organisation?.name ?? String(p.organisationId)),
  };
}

type ParticipantSnapshot = { organisationId: number; organisation?: { name: string }; confirmedAt?: unknown };

/**
 * The members that stood behind the partnership in a snapshot, by name; null for snapshots
 * from before participations were confirmed (lib/partnerships/participation.ts).
 */
function confirmedParticipants(snapshot: unknown): string | null {
  const participants = (snapshot as { participants?: ParticipantSnapshot[] } | null)?.participants ?? [];
  if (!participants.length || participants.some((p) => !("confirmedAt" in p))) return null;
  return show(
    participants
      .filter((p) => p.confirmedAt != null)
      .map((p) => p.organisation?.name ?? String(p.organisationId))
      .sort(),
  );
}

/** The fields a partnership event changed (every field with a value for a creation). */
export function partnershipChanges(before: unknown, after: unknown): FieldChange[] {
  const from = readable(before as SnapshotLike | null);
  const to = readable(after as SnapshotLike | null);
  if (!to) return [];
  const fields = from
    ? changedFields(editableView(before as SnapshotLike), editableView(after as SnapshotLike))
    : (Object.keys(to) as (keyof typeof to)[]).filter((f) => show(to[f]) !== "");
  const changes: FieldChange[] = fields.map((field) => ({
    field,
    before: from ? show(from[field]) : "",
    after: show(to[field]),
  }));
  // A member's confirmation changes no field the form edits, but it is what the event did.
  const [confirmedBefore, confirmedAfter] = [confirmedParticipants(before), confirmedParticipants(after)];
  if (from && confirmedBefore !== null && confirmedAfter !== null && confirmedBefore !== confirmedAfter)
    changes.push({ field: "confirmedParticipants", before: confirmedBefore, after: confirmedAfter });
  return changes;
}

/** Which of `fields` differ between two flat snapshots (a creation: every field with a value). */
function snapshotChanges(fields: readonly string[], before: unknown, after: unknown): FieldChange[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const day = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v);
  return fields
    .filter((f) => show(day(from[f])) !== show(day(to[f])))
    .map((field) => ({ field, before: show(day(from[field])), after: show(day(to[field])) }));
}

/** The profile fields an organisation event changed. */
export const organisationChanges = (before: unknown, after: unknown) =>
  snapshotChanges(PROFILE_FIELDS, before, after);

/** The fields a policy document event changed (a removal or restore changes none of them). */
export const policyChanges = (before: unknown, after: unknown) =>
  snapshotChanges(POLICY_FIELDS, before, after);
