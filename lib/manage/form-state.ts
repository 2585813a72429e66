// What every form action of the signed-in area answers to its form (React's useActionState),
// and the one shape of the handlers behind them.
import type { SessionUser } from "../auth/session-user";
import type { Database } from "../database/client";
import type { EditFailure } from "../validation/edit-failure";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/config";
import type { FieldErrors } from "../validation/field-errors";
import { parseRecordId } from "../validation/record-id";
import type { PlaceOption } from "./place-options";

/** The values the user submitted, kept so that a refused save loses nothing on screen. */
export type FormValues = Record<string, string | string[]>;

type FormStatus =
  "idle" | "saved" | "invalid" | "conflict" | "forbidden" | "not_found" | "unauthenticated" | "rate_limited";

export type FormState = {
  status: FormStatus;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  /** A refused stale save: the fields someone else changed, and the version now stored. */
  conflict?: { changedFields: string[]; currentVersion: number; current: Record<string, unknown> };
  /** Messages shown once after a save, e.g. an invitation link (keys of manage.notice). */
  notices?: Notice[];
  /** Places to choose from, per place field whose typed name matched several (place-query.ts). */
  placeCandidates?: Record<string, PlaceOption[]>;
  /** The partnership or organisation a successful save wrote. */
  savedId?: number;
};

export type Notice = {
  key:
    | "invitationLink"
    | "invitationMailed"
    | "invitationMailFailed"
    | "reminderMailed"
    | "reminderMailFailed"
    | "reminderWithoutOfficer"
    | "reminderNotMailed";
  values: Record<string, string | number>;
};

export const UNAUTHENTICATED: FormState = { status: "unauthenticated" };
export const FORBIDDEN_STATE: FormState = { status: "forbidden" };
export const NOT_FOUND_STATE: FormState = { status: "not_found" };

/**
 * Every signed-in form's handler: the database, who is asking (null when the session is gone)
 * and the form, answered as the form's next state. The server actions in app/ add only the
 * session, the hostile-input gate, revalidation and the redirect (app/[locale]/hantera/run-action.ts).
 */
export type FormHandler<State = FormState> = (
  db: Database,
  user: SessionUser | null,
  formData: FormData,
) => Promise<State>;

/** A handler that is only ever called with a user: a request without a session is answered here. */
export const signedIn =
  (handler: (db: Database, user: SessionUser, formData: FormData) => Promise<FormState>): FormHandler =>
  async (db, user, formData) =>
    user ? handler(db, user, formData) : UNAUTHENTICATED;

/** A handler for SKR's administrators only: an officer is refused before the form is read. */
export const administratorOnly = (
  handler: (db: Database, user: SessionUser, formData: FormData) => Promise<FormState>,
): FormHandler =>
  signedIn(async (db, user, formData) =>
    user.role === "ADMINISTRATOR" ? handler(db, user, formData) : FORBIDDEN_STATE,
  );

/**
 * A refused write as the form's state: the submitted values always go back, and a conflict
 * carries the row as it is now, made readable by `view`.
 */
export function refusedFormState<Current extends { version: number }>(
  failure: EditFailure<Current>,
  formData: FormData,
  view: (current: Current) => Record<string, unknown> = (current) =>
    ({ ...current }) as Record<string, unknown>,
): FormState {
  const values = formValues(formData);
  switch (failure.kind) {
    case "invalid":
      return { status: "invalid", fieldErrors: failure.fieldErrors, values };
    case "conflict":
      return {
        status: "conflict",
        values,
        conflict: {
          changedFields: failure.changedFields,
          currentVersion: failure.current.version,
          current: view(failure.current),
        },
      };
    default:
      return { status: failure.kind, values };
  }
}

/** The submitted values, for showing the form again: repeated names become lists. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = Object.hasOwn(values, key) ? values[key] : undefined;
    // defineProperty: a posted field called "__proto__" stays a field instead of replacing the prototype.
    Object.defineProperty(values, key, {
      value:
        existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return values;
}

export const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** The language of the page a form was posted from (its hidden "locale" field). */
export function formLocale(formData: FormData): Locale {
  const locale = text(formData, "locale");
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** A row id (or version) from a field, or null: 1 .. 2^31-1, PostgreSQL's integer. */
export function positiveInt(formData: FormData, name: string): number | null {
  return parseRecordId(text(formData, name));
}
