// What every partnership write answers.
import type { EditFailure as EditFailureOf } from "../validation/edit-failure";
import type { FieldErrors } from "../validation/field-errors";
import type { EditableField } from "./snapshot";
import type { PartnershipWithDetail } from "./types";

export type EditFailure = EditFailureOf<PartnershipWithDetail, EditableField>;

export type EditResult = { ok: true; partnership: PartnershipWithDetail } | EditFailure;

export const invalid = (fieldErrors: FieldErrors): EditFailure => ({
  ok: false,
  kind: "invalid",
  fieldErrors,
});
export const FORBIDDEN: EditFailure = { ok: false, kind: "forbidden" };
export const NOT_FOUND: EditFailure = { ok: false, kind: "not_found" };
