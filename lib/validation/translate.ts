// Turns the domain's message codes into text in the reader's language. Client forms pass
// use-intl's `useTranslations("validation")` (components/manage/validation-message.ts); servers
// and tests use `fieldErrorsText` (./field-errors-text.ts).
import type { FieldMessage } from "./field-errors";

/** A translator over the "validation" messages (use-intl's, or any with the same call). */
export type ValidationTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The message's text; a `field` parameter is replaced by that field's label in the same language. */
export function translateFieldMessage(t: ValidationTranslate, message: FieldMessage): string {
  const { field, ...values } = message.values ?? {};
  return t(message.code, field ? { ...values, field: t(`field.${field}`) } : values);
}
