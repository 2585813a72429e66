// Restoring an earlier version replaces what is stored now: the form asks for a ticked box
// ("Jag vill återställa version N…"), and the server refuses the restore without it, so the
// step is confirmed with or without JavaScript.
import { formValues, type FormState } from "./form-state";

export const RESTORE_CONFIRMATION_FIELD = "confirmRestore";

/** The refusal when the box is not ticked, or null when the restore was confirmed. */
export function unconfirmedRestore(formData: FormData): FormState | null {
  if (formData.get(RESTORE_CONFIRMATION_FIELD) === "yes") return null;
  return {
    status: "invalid",
    fieldErrors: { [RESTORE_CONFIRMATION_FIELD]: [{ code: "restoreNotConfirmed" }] },
    values: formValues(formData),
  };
}
