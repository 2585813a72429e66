// What every partnership write answers.
import type { FieldErrors } from "../validation/field-errors";
import type { EditableField } from "./snapshot";
import type { PartnershipWithDetail } from "./types";

export type EditResult =
  | { ok: true; partnership: PartnershipWithDetail }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  /** Someone else saved first: `current` is the row now, `changedFields` what changed since `expectedVersion`. */
  | { ok: false; kind: "conflict"; current: PartnershipWithDetail; changedFields: EditableField[] }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };

export type EditFailure = Exclude<EditResult, { ok: true }>;

export const invalid = (fieldErrors: FieldErrors): EditFailure => ({
  ok: false,
  kind: "invalid",
  fieldErrors,
});
export const FORBIDDEN: EditFailure = { ok: false, kind: "forbidden" };
export const NOT_FOUND: EditFailure = { ok: false, kind: "not_found" };
