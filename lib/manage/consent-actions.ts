// The handlers of the "Bekräfta" / "Avböj" buttons on a request to join a partnership. The
// member comes from the form, so the domain checks that the user acts for it (an officer of
// another member is refused and nothing changes).
import { actorOf } from "../auth/session-user";
import { answerParticipation, type ParticipationAnswer } from "../partnerships/consent";
import { formValues, NOT_FOUND_STATE, positiveInt, signedIn } from "./form-state";
import { toFormState } from "./partnership-actions";
import { scopeOf } from "../auth/scope";

const answering = (answer: ParticipationAnswer) =>
  signedIn(async (db, user, formData) => {
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
  });

export const submitParticipationConfirm = answering("confirm");
export const submitParticipationDecline = answering("decline");
