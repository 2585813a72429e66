// The handlers of the "Bekräfta" / "Avböj" buttons on a request to join a partnership. The
// member comes from the form, so the domain checks that the user acts for it (an officer of
// another member is refused and nothing changes).
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import { answerParticipation, type ParticipationAnswer } from "../partnerships/consent";
import { NOT_FOUND_STATE, UNAUTHENTICATED, formValues, positiveInt, type FormState } from "./form-state";
import { toFormState } from "./partnership-actions";
import { scopeOf } from "../auth/scope";

type Handler = (db: DbOrTx, user: SessionUser | null, formData: FormData) => Promise<FormState>;

const answering =
  (answer: ParticipationAnswer): Handler =>
  async (db, user, formData) => {
    if (!user) return UNAUTHENTICATED;
    const partnershipId = positiveInt(formData, "partnershipId");
    const organisationId = positiveInt(formData, "organisationId");
    if (!partnershipId || !organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    const result = await answerParticipation(
      db,
      { partnershipId, organisationId, scope: scopeOf(user) },
      answer,
      actorOf(user),
    );
    return toFormState(result, formData);
  };

export const submitParticipationConfirm = answering("confirm");
export const submitParticipationDecline = answering("decline");
