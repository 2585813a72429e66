// The partnership forms' server-side handlers: who is asking (a SessionUser from lib/auth, or
// null), what the form says, and the domain layer's answer turned into a FormState. The
// "use server" wrappers in app/ only add the session, revalidation and the redirect; the
// integration tests call these with real users from the database.
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import type { EditResult } from "../partnerships/edit-result";
import type { EditTarget } from "../partnerships/guard";
import {
  confirmPartnership,
  endPartnership,
  removePartnership,
  reopenPartnership,
  restorePartnership,
} from "../partnerships/lifecycle";
import { partnerLabel } from "../partnerships/partner-label";
import { editableView } from "../partnerships/snapshot";
import type { PartnershipWithDetail } from "../partnerships/types";
import { createValidatedPartnership, updatePartnership } from "../partnerships/update";
import { restorePartnershipVersion } from "../partnerships/versions";
import {
  formLocale,
  formValues,
  NOT_FOUND_STATE,
  positiveInt,
  refusedFormState,
  signedIn,
  text,
  type FormHandler,
  type FormState,
} from "./form-state";
import { endingInputFromForm, partnershipInputFromForm } from "./partnership-form";
import { resolvePlaceQueries } from "./place-query";
import { unconfirmedRestore } from "./restore-confirmation";
import { scopeOf } from "../auth/scope";

/** The current values of a conflicting partnership, readable in the conflict message. */
function conflictSummary(current: PartnershipWithDetail): Record<string, unknown> {
  const view = editableView(current);
  return {
    ...view,
    participantIds: current.participants.map((p) => p.organisation.name),
    partners: current.partners.map((p) => partnerLabel(p)),
  };
}

/** The domain's answer as a form state; the submitted values go back on every refusal. */
export const toFormState = (result: EditResult, formData: FormData): FormState =>
  result.ok
    ? { status: "saved", savedId: result.partnership.id }
    : refusedFormState(result, formData, conflictSummary);

/** The partnership and version the form was opened on, within the user's scope. */
function targetOf(user: SessionUser, formData: FormData): EditTarget | null {
  const id = positiveInt(formData, "id");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return id && expectedVersion ? { id, expectedVersion, scope: scopeOf(user) } : null;
}

/** Every handler on an existing partnership: signed in, a target in the form, then the domain write. */
const onExisting = (
  write: (db: DbOrTx, target: EditTarget, formData: FormData, user: SessionUser) => Promise<EditResult>,
): FormHandler =>
  signedIn(async (db, user, formData) => {
    const target = targetOf(user, formData);
    if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    return toFormState(await write(db, target, formData, user), formData);
  });

export const submitNewPartnership = signedIn(async (db, user, formData) => {
  const unresolved = await resolvePlaceQueries(db, formData, formLocale(formData));
  if (unresolved) return unresolved;
  const result = await createValidatedPartnership(
    db,
    partnershipInputFromForm(formData),
    actorOf(user),
    scopeOf(user),
  );
  return toFormState(result, formData);
});

const update = onExisting((db, target, formData, user) =>
  updatePartnership(db, target, partnershipInputFromForm(formData), actorOf(user)),
);
/** Saves the edit form once every typed place name has been resolved to one place. */
export const submitPartnershipUpdate = signedIn(
  async (db, user, formData) =>
    (await resolvePlaceQueries(db, formData, formLocale(formData))) ?? update(db, user, formData),
);
export const submitPartnershipEnd = onExisting((db, target, formData, user) =>
  endPartnership(db, target, endingInputFromForm(formData), actorOf(user)),
);
export const submitPartnershipReopen = onExisting((db, target, _f, user) =>
  reopenPartnership(db, target, actorOf(user)),
);
export const submitPartnershipConfirm = onExisting((db, target, _f, user) =>
  confirmPartnership(db, target, actorOf(user)),
);
export const submitPartnershipRemove = onExisting((db, target, _f, user) =>
  removePartnership(db, target, actorOf(user)),
);
export const submitPartnershipRestore = onExisting((db, target, _f, user) =>
  restorePartnership(db, target, actorOf(user)),
);
const restoreVersion = onExisting((db, target, formData, user) =>
  restorePartnershipVersion(db, target, text(formData, "auditEventId"), actorOf(user)),
);
/** Restores an earlier version, once the user has ticked the confirmation (restore-confirmation.ts). */
export const submitPartnershipVersionRestore = signedIn(
  async (db, user, formData) => unconfirmedRestore(formData) ?? restoreVersion(db, user, formData),
);
