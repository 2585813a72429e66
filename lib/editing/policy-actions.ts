// The policy document forms' handlers (same shape as partnership-actions.ts).
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import {
  createPolicy,
  removePolicy,
  restorePolicy,
  restorePolicyVersion,
  updatePolicy,
  type PolicyEditResult,
  type PolicyInput,
  type PolicyTarget,
} from "../policies/edit";
import {
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formValues,
  positiveInt,
  text,
  type FormState,
} from "./form-state";
import { unconfirmedRestore } from "./restore-confirmation";
import { scopeOf } from "../auth/scope";

type Handler = (db: DbOrTx, user: SessionUser | null, formData: FormData) => Promise<FormState>;

const FIELDS = [
  "title",
  "adoptingBody",
  "decisionDate",
  "decisionParagraph",
  "validFromYear",
  "validToYear",
  "summary",
  "vision",
  "goals",
  "rules",
  "sourceUrl",
] as const;

function policyInputFromForm(formData: FormData): PolicyInput {
  const value = (name: string) =>
    typeof formData.get(name) === "string" ? (formData.get(name) as string) : "";
  return Object.fromEntries(FIELDS.map((f) => [f, value(f)])) as PolicyInput;
}

function toFormState(result: PolicyEditResult, formData: FormData): FormState {
  if (result.ok) return { status: "saved", savedId: result.policy.id };
  const values = formValues(formData);
  if (result.kind === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
  if (result.kind === "conflict") {
    return {
      status: "conflict",
      values,
      conflict: {
        changedFields: result.changedFields,
        currentVersion: result.current.version,
        current: { ...result.current },
      },
    };
  }
  return { status: result.kind, values };
}

function targetOf(user: SessionUser, formData: FormData): PolicyTarget | null {
  const id = positiveInt(formData, "policyId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return id && expectedVersion ? { id, expectedVersion, scope: scopeOf(user) } : null;
}

export const submitNewPolicy: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const organisationId = positiveInt(formData, "organisationId");
  if (!organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  return toFormState(
    await createPolicy(db, organisationId, scopeOf(user), policyInputFromForm(formData), actorOf(user)),
    formData,
  );
};

const onExisting =
  (
    write: (
      db: DbOrTx,
      target: PolicyTarget,
      formData: FormData,
      user: SessionUser,
    ) => Promise<PolicyEditResult>,
  ): Handler =>
  async (db, user, formData) => {
    if (!user) return UNAUTHENTICATED;
    const target = targetOf(user, formData);
    if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    return toFormState(await write(db, target, formData, user), formData);
  };

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
export const submitPolicyVersionRestore: Handler = async (db, user, formData) =>
  (user && unconfirmedRestore(formData)) || restoreVersion(db, user, formData);
