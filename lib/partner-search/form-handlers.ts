// The board's forms: FormData in, FormState out (the shape every form of the site answers,
// lib/manage/form-state.ts). The server actions beside the routes pass each form through the
// hostile-input gate first and call these with the session's user.
import type { SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import {
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formLocale,
  formValues,
  positiveInt,
  text,
  type FormState,
} from "../manage/form-state";
import { searchPlaceOptions } from "../manage/place-options";
import type { Mailer } from "../mail/smtp";
import { fieldMessage } from "../validation/field-errors";
import {
  closeRequest,
  createMemberRequest,
  moderateRequest,
  recordInterest,
  renewMemberRequest,
  submitAbroadRequest,
  updateMemberRequest,
  type WriteResult,
} from "./edit";
import { confirmationMail, interestMail } from "./mail";
import { LIMITS, isHoneypotFilled, parseAbroadRequest, parseMemberRequest } from "./validation";

function toFormState(result: WriteResult, formData: FormData): FormState {
  if (result.ok) return { status: "saved", savedId: result.id };
  const values = formValues(formData);
  if (result.kind === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
  return { status: result.kind, values };
}

const target = (formData: FormData) => {
  const id = positiveInt(formData, "requestId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return id && expectedVersion ? { id, expectedVersion } : null;
};

type Handler = (db: DbOrTx, user: SessionUser | null, formData: FormData) => Promise<FormState>;

export const submitMemberRequest: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const organisationId = positiveInt(formData, "organisationId");
  if (!organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const parsed = parseMemberRequest(formData, new Date());
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values: formValues(formData) };
  return toFormState(await createMemberRequest(db, user, organisationId, parsed.input), formData);
};

export const submitMemberRequestUpdate: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const at = target(formData);
  if (!at) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const parsed = parseMemberRequest(formData, new Date());
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values: formValues(formData) };
  return toFormState(await updateMemberRequest(db, user, at, parsed.input), formData);
};

export const submitRenewal: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const at = target(formData);
  return at ? toFormState(await renewMemberRequest(db, user, at), formData) : NOT_FOUND_STATE;
};

export const submitClose: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const at = target(formData);
  if (!at) return NOT_FOUND_STATE;
  const raw = text(formData, "partnershipId");
  const partnershipId = raw ? positiveInt(formData, "partnershipId") : null;
  if (raw && partnershipId === null)
    return { status: "invalid", fieldErrors: { partnershipId: [{ code: "seekPartnershipInvalid" }] } };
  return toFormState(await closeRequest(db, user, at, partnershipId), formData);
};

export const submitModeration: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const at = target(formData);
  const decision = text(formData, "decision");
  if (!at || (decision !== "approve" && decision !== "reject")) return NOT_FOUND_STATE;
  return toFormState(await moderateRequest(db, user, at, decision === "approve"), formData);
};

/** "We are interested", then a mail to the request's contact (when SMTP is set). */
export const interestHandler =
  (mailer: () => Mailer | null): Handler =>
  async (db, user, formData) => {
    if (!user) return UNAUTHENTICATED;
    const requestId = positiveInt(formData, "requestId");
    const organisationId = positiveInt(formData, "organisationId");
    if (!requestId || !organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    const message = text(formData, "message");
    if (message.length > LIMITS.message)
      return {
        status: "invalid",
        fieldErrors: { message: [{ code: "tooLongValue", values: { max: LIMITS.message } }] },
        values: formValues(formData),
      };
    const result = await recordInterest(db, user, requestId, organisationId, message);
    if (!result.ok) return toFormState(result, formData);
    const send = mailer();
    if (send) {
      try {
        await send(
          interestMail(result.request.contactEmail, formLocale(formData), {
            requestId,
            organisation: result.organisationName,
            officer: user.name,
            officerEmail: user.email,
            message,
          }),
        );
      } catch (error) {
        console.error(`Partner search: the interest mail for request ${requestId} failed`, error);
      }
    }
    return { status: "saved", savedId: requestId };
  };

/**
 * The public form. A filled honeypot gets the same answer as a real request and nothing is
 * stored, so a bot learns nothing. With mail, the sender confirms by a link before the
 * administrators see it.
 */
export async function submitAbroadForm(
  db: DbOrTx,
  formData: FormData,
  address: string,
  mailer: Mailer | null,
): Promise<FormState> {
  if (isHoneypotFilled(formData)) return { status: "saved" };
  const parsed = parseAbroadRequest(formData);
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values: formValues(formData) };
  const { placeId, townName, countryCode } = parsed.input;
  if (placeId === null) {
    // A typed name that several places answer: the form offers them (as the partnership form
    // does without JavaScript) rather than adding one more.
    const hits = await searchPlaceOptions(db, townName, { countryCode, locale: formLocale(formData) });
    const exact = hits.filter((h) => h.match === "exact").map(({ match: _match, ...place }) => place);
    if (exact.length > 1)
      return {
        status: "invalid",
        fieldErrors: { placeId: [fieldMessage("placeChoose", { query: townName })] },
        placeCandidates: { placeId: exact },
        values: formValues(formData),
      };
  }
  const result = await submitAbroadRequest(db, parsed.input, address, { confirmByMail: mailer !== null });
  if (!result.ok)
    return result.kind === "invalid"
      ? { status: "invalid", fieldErrors: result.fieldErrors, values: formValues(formData) }
      : { status: "rate_limited", values: formValues(formData) };
  if (mailer && result.token) {
    try {
      await mailer(confirmationMail(parsed.input.contactEmail, formLocale(formData), result.token));
    } catch (error) {
      console.error(`Partner search: the confirmation mail for request ${result.id} failed`, error);
    }
  }
  return { status: "saved", savedId: result.id };
}
