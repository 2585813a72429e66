"use client";

import { createContext, useContext } from "react";
import type { FormState } from "@/lib/manage/form-state";

/** The state of the enclosing ActionForm: its id (for field ids), last answer and whether it is saving. */
export const FormContext = createContext<{ formId: string; state: FormState; pending: boolean }>({
  formId: "form",
  state: { status: "idle" },
  pending: false,
});

export const useFormContext = () => useContext(FormContext);

/** The value a field shows: what the user submitted last (after a refusal), else its stored value. */
export function useFieldValue(name: string, stored: string | string[] | undefined) {
  const { state } = useFormContext();
  if (state.values && state.status !== "saved")
    return state.values[name] ?? (Array.isArray(stored) ? [] : "");
  return stored;
}

/** The field's errors: exact path and anything below it ("partners.0" also shows "partners.0.placeId"). */
export function useFieldErrors(name: string, options: { includeChildren?: boolean } = {}) {
  const { state } = useFormContext();
  const errors = state.fieldErrors ?? {};
  return Object.entries(errors)
    .filter(([key]) => key === name || (options.includeChildren && key.startsWith(`${name}.`)))
    .flatMap(([, messages]) => messages);
}
