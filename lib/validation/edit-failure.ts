// Why a write was refused, in the same words for every concept (partnerships, policies, member
// profiles). The signed-in forms turn it into what the form shows in one place
// (`refusedFormState`, lib/manage/form-state.ts).
import type { FieldErrors } from "./field-errors";

export type EditFailure<Current, Field extends string = string> =
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  /** Someone else saved first: `current` is the row now, `changedFields` what changed since the version the form was opened at. */
  | { ok: false; kind: "conflict"; current: Current; changedFields: Field[] }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };
