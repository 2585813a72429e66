import type { Locale } from "../../lib/i18n/config";
import type { FieldErrors } from "../../lib/validation/field-errors";
import { fieldErrorsText } from "../../lib/validation/field-errors-text";

/** A result with its field errors as text in a language, to compare with the messages a user reads. */
export function inLanguage<T extends object>(result: T, locale: Locale = "sv"): T {
  if (!("fieldErrors" in result) || !result.fieldErrors) return result;
  return { ...result, fieldErrors: fieldErrorsText(locale, result.fieldErrors as FieldErrors) };
}

export const inSwedish = <T extends object>(result: T) => inLanguage(result, "sv");
