import { createTranslator } from "use-intl/core";
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import type { FieldErrors } from "./field-errors";
import { translateFieldMessage, type ValidationTranslate } from "./translate";

const MESSAGES = { sv, en } as const;

/** Every field's messages as text in a language, e.g. for a server response or a test. */
export function fieldErrorsText(locale: Locale, errors: FieldErrors | undefined): Record<string, string[]> {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as typeof sv,
    namespace: "validation",
  }) as unknown as ValidationTranslate;
  return Object.fromEntries(
    Object.entries(errors ?? {}).map(([field, messages]) => [
      field,
      messages.map((m) => translateFieldMessage(t, m)),
    ]),
  );
}
