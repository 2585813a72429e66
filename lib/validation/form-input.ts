// What every signed-in form refuses before its handler reads it, in one place (the server actions
// pass each form through lib/manage/form-guard.ts). PostgreSQL refuses the NUL character in text,
// so a NUL in any free-text field used to reach the database as a 500; the other control
// characters are no part of anything a person types and would end up in the public pages and
// the open data. Tab, line feed and carriage return stay allowed (multi-line fields).
import { addFieldError, fieldMessage, type FieldErrors } from "./field-errors";

/** C0 controls but tab, LF and CR; DEL; the C1 controls. */
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * More fields than any form has: the import commit form has the most, two per row of a file
 * of at most about 16 000 rows (lib/import/limits.ts). Repeated fields count each time.
 */
export const MAX_FORM_ENTRIES = 40_000;

/**
 * The longest value any field carries: the import commit form's base64 file (at most about
 * 700 000 characters). Each field's own, far lower limit is checked by its schema.
 */
export const MAX_FIELD_LENGTH = 1_000_000;

export const hasDisallowedCharacters = (value: string) => DISALLOWED.test(value);

/** The field errors of a form's hostile input, or null when every field may go on to its handler. */
export function formInputErrors(formData: FormData): FieldErrors | null {
  const errors: FieldErrors = {};
  let entries = 0;
  for (const [name, value] of formData.entries()) {
    if (++entries > MAX_FORM_ENTRIES)
      return addFieldError(errors, "form", fieldMessage("tooManyFields", { max: MAX_FORM_ENTRIES }));
    // A field name with control characters is no field of any form: the error goes to the whole form.
    const field = hasDisallowedCharacters(name) ? "form" : name;
    const text = typeof value === "string" ? value : value.name;
    if (field === "form" || hasDisallowedCharacters(text))
      addFieldError(errors, field, fieldMessage("disallowedCharacters"));
    else if (text.length > MAX_FIELD_LENGTH)
      addFieldError(errors, field, fieldMessage("tooLongValue", { max: MAX_FIELD_LENGTH }));
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A value with the disallowed characters taken out, for showing a refused form again. */
export const withoutDisallowedCharacters = (value: string) =>
  value.replace(new RegExp(DISALLOWED.source, "g"), "");
