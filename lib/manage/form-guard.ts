// The one gate every signed-in form passes before its handler (app/[locale]/hantera/run-action.ts
// and the sign-in action call these): hostile input (control characters, absurd sizes:
// lib/validation/form-input.ts) is refused with field errors in the user's language instead of
// reaching the database, where a NUL byte used to end in a 500.
import { formInputErrors, withoutDisallowedCharacters } from "../validation/form-input";
import { formValues, type FormState, type FormValues } from "./form-state";
import type { ImportState } from "./import-actions";

/** The longest value sent back to the form after a refusal (the fields' own limits are far lower). */
const MAX_ECHOED_LENGTH = 10_000;

const echoed = (value: string) => withoutDisallowedCharacters(value).slice(0, MAX_ECHOED_LENGTH);

/** The submitted values without the refused characters, so the form shows what can be kept. */
function cleanValues(values: FormValues): FormValues {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      withoutDisallowedCharacters(key),
      Array.isArray(value) ? value.map(echoed) : echoed(value),
    ]),
  );
}

/** The refusal of a form with hostile input, or null when its handler may read it. */
export function refusedForm(formData: FormData): FormState | null {
  const fieldErrors = formInputErrors(formData);
  return fieldErrors ? { status: "invalid", fieldErrors, values: cleanValues(formValues(formData)) } : null;
}

/** The import forms answer an ImportState, whose errors are one code for the whole form. */
export function refusedImportForm(formData: FormData): ImportState | null {
  return formInputErrors(formData) ? { status: "invalid", error: "input_not_allowed" } : null;
}

type Handler<D, U, S> = (db: D, user: U, formData: FormData) => Promise<S>;

/** Runs a form's handler on input that passed the gate. */
export const handleForm = <D, U>(
  handler: Handler<D, U, FormState>,
  db: D,
  user: U,
  formData: FormData,
): Promise<FormState> => Promise.resolve(refusedForm(formData) ?? handler(db, user, formData));

/** Runs an import form's handler on input that passed the gate. */
export const handleImportForm = <D, U>(
  handler: Handler<D, U, ImportState>,
  db: D,
  user: U,
  formData: FormData,
): Promise<ImportState> => Promise.resolve(refusedImportForm(formData) ?? handler(db, user, formData));
