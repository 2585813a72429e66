import { isMessageKey, type RootTranslator } from "../i18n/keys";

// Stored codes that the interface shows by name, for history and conflict messages:
// the message key of a field's code ("activityLevel", "SPORADIC" -> "activity.SPORADIC").
const CODE_KEYS: Record<string, (code: string) => string> = {
  kind: (c) => `kind.${c}.singular`,
  activityLevel: (c) => `activity.${c}`,
  otherType: (c) => `otherType.${c}`,
  coordinationForms: (c) => `manage.coordination.${c}`,
  verification: (c) =>
    c === "VERIFIED" ? "manage.organisation.verified" : "manage.organisation.needsReview",
};

export function codeLabelKey(field: string, code: string): string | null {
  return CODE_KEYS[field]?.(code) ?? null;
}

/** Where a form's field labels are: a partnership's and an organisation's in manage.fields, a policy document's in manage.policy, a place's in manage.place, the partner search's in partnerSearch.fields. */
export type FieldLabelNamespace = "manage.fields" | "manage.policy" | "manage.place" | "partnerSearch.fields";

/** A field's label, or the field's own name when it has none. */
export function fieldLabelOf(t: RootTranslator, namespace: FieldLabelNamespace, field: string): string {
  const key = `${namespace}.${field}`;
  return isMessageKey(t, key) ? t(key) : field;
}
