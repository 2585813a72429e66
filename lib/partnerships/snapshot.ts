// A partnership reduced to what an officer edits, from either a live row or an audit
// snapshot (JSON: dates as strings). Conflicts compare these; version restores re-apply them.

type PartnerLike = {
  type: string;
  placeId?: number | null;
  countryCode?: string | null;
  networkId?: number | null;
  name?: string | null;
};

/** The shape `partnershipDetail` gives, loose enough to accept its JSON in an audit event. */
export type SnapshotLike = {
  kind: string;
  otherType?: string | null;
  title?: string | null;
  activityLevel?: string | null;
  startYear?: number | null;
  description?: string | null;
  decisionRefs?: string[] | null;
  endedOn?: Date | string | null;
  endReason?: string | null;
  endDecisionRef?: string | null;
  verification?: string | null;
  reviewNote?: string | null;
  removedAt?: Date | string | null;
  participants?: { organisationId: number }[] | null;
  partners?: PartnerLike[] | null;
  areas?: { areaCode: string }[] | null;
  fundingForms?: { fundingFormCode: string }[] | null;
};

const day = (value: Date | string | null | undefined) =>
  value == null ? null : (typeof value === "string" ? value : value.toISOString()).slice(0, 10);

const sorted = <T>(values: T[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The fields an officer sees and edits, normalised so equal content compares equal. */
export function editableView(row: SnapshotLike) {
  return {
    kind: row.kind,
    otherType: row.otherType ?? null,
    title: row.title ?? null,
    activityLevel: row.activityLevel ?? null,
    startYear: row.startYear ?? null,
    description: row.description ?? null,
    decisionRefs: row.decisionRefs ?? [],
    areaCodes: sorted((row.areas ?? []).map((a) => a.areaCode)),
    fundingCodes: sorted((row.fundingForms ?? []).map((f) => f.fundingFormCode)),
    participantIds: sorted((row.participants ?? []).map((p) => p.organisationId)),
    partners: (row.partners ?? []).map((p) => ({
      type: p.type,
      placeId: p.placeId ?? null,
      countryCode: p.countryCode ?? null,
      networkId: p.networkId ?? null,
      name: p.name ?? null,
    })),
    endedOn: day(row.endedOn),
    endReason: row.endReason ?? null,
    endDecisionRef: row.endDecisionRef ?? null,
    verification: row.verification ?? null,
    reviewNote: row.reviewNote ?? null,
    removed: row.removedAt != null,
  };
}

export type EditableView = ReturnType<typeof editableView>;
export type EditableField = keyof EditableView;

/** The fields whose values differ between two views, in the order of the form. */
export function changedFields(from: EditableView, to: EditableView): EditableField[] {
  return (Object.keys(from) as EditableField[]).filter(
    (field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]),
  );
}

/** The content input (for the schema) an earlier snapshot describes. */
export function contentFromView(view: EditableView) {
  return {
    kind: view.kind,
    otherType: view.otherType,
    title: view.title,
    activityLevel: view.activityLevel,
    startYear: view.startYear,
    description: view.description,
    decisionRefs: view.decisionRefs,
    areaCodes: view.areaCodes,
    fundingCodes: view.fundingCodes,
    participantIds: view.participantIds,
    partners: view.partners.map((p) => {
      switch (p.type) {
        case "PLACE":
          return { type: p.type, placeId: p.placeId, name: p.name };
        case "COUNTRY":
          return { type: p.type, countryCode: p.countryCode, name: p.name };
        case "NETWORK":
          return { type: p.type, networkId: p.networkId, name: p.name };
        default:
          return { type: p.type, name: p.name, countryCode: p.countryCode };
      }
    }),
  };
}
