// The policy document forms' handlers (same shape as partnership-actions.ts).
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import {
  createPolicy,
  POLICY_FIELDS,
  removePolicy,
  restorePolicy,
  restorePolicyVersion,
  updatePolicy,
  type PolicyEditResult,
  type PolicyInput,
  type PolicyTarget,
} from "../policies/edit";
import {
  formValues,
  NOT_FOUND_STATE,
  positiveInt,
  refusedFormState,
  signedIn,
  text,
  type FormHandler,
  type FormState,
} from "./form-state";
import { unconfirmedRestore } from "./restore-confirmation";
import { scopeOf } from "../auth/scope";

function policyInputFromForm(formData: FormData): PolicyInput {
  const value = (name: string) =>
    typeof formData.get(name) === "string" ? (formData.get(name) as string) : "";
  return Object.fromEntries(POLICY_FIELDS.map((f) => [f, value(f)])) as PolicyInput;
}

const toFormState = (result: PolicyEditResult, formData: FormData): FormState =>
  result.ok ? { status: "saved", savedId: result.policy.id } : refusedFormState(result, formData);

function targetOf(user: SessionUser, formData: FormData): PolicyTarget | null {
  const id = positiveInt(formData, "policyId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return id && expectedVersion ? { id, expectedVersion, scope: scopeOf(user) } : null;
}

export const submitNewPolicy = signedIn(async (db, user, formData) => {
  const organisationId = positiveInt(formData, "organisationId");
  if (!organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  return toFormState(
    await createPolicy(db, organisationId, scopeOf(user), policyInputFromForm(formData), actorOf(user)),
    formData,
  );
});

/** Every handler on an existing policy document: signed in, a target in the form, then the domain write. */
const onExisting = (
  write: (
    db: DbOrTx,
    target: PolicyTarget,
    formData: FormData,
    user: SessionUser,
  ) => Promise<PolicyEditResult>,
): FormHandler =>
  signedIn(async (db, user, formData) => {
    const target = targetOf(user, formData);
    if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    return toFormState(await write(db, target, formData, user), formData);
  });

export const submitPolicyUpdate = onExisting((db, target, formData, user) =>
  updatePolicy(db, target, policyInputFromForm(formData), actorOf(user)),
);
export const submitPolicyRemove = onExisting((db, target, _f, user) =>
  removePolicy(db, target, actorOf(user)),
);
export const submitPolicyRestore = onExisting((db, target, _f, user) =>
  restorePolicy(db, target, actorOf(user)),
);
/** Restores the fields of an earlier version from the document's history. */
const restoreVersion = onExisting((db, target, formData, user) =>
  restorePolicyVersion(db, target, text(formData, "auditEventId"), actorOf(user)),
);
export const submitPolicyVersionRestore = signedIn(
  async (db, user, formData) => unconfirmedRestore(formData) ?? restoreVersion(db, user, formData),
);
