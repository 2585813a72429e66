// Stored codes that the interface shows by name, for history and conflict messages:
// the message key of a field's code ("activityLevel", "SPORADIC" -> "activity.SPORADIC").
const CODE_KEYS: Record<string, (code: string) => string> = {
  kind: (c) => `kind.${c}.singular`,
  activityLevel: (c) => `activity.${c}`,
  otherType: (c) => `otherType.${c}`,
  coordinationForms: (c) => `manage.coordination.${c}`,
};

export function codeLabelKey(field: string, code: string): string | null {
  return CODE_KEYS[field]?.(code) ?? null;
}
