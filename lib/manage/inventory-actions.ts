// The inventory round forms' handlers (same shape as partnership-actions.ts). Administrators
// open, remind and close rounds; an officer answers for an organisation in their scope.
import { actorOf } from "../auth/session-user";
import { QUESTION_IDS, type QuestionId } from "../inventory/questions";
import { mailReminders, type ReminderOutcome } from "../inventory/reminder-mail";
import {
  closeRound,
  openRound,
  recordReminder,
  recordResponse,
  type RoundFailure,
} from "../inventory/rounds";
import { fieldMessage } from "../validation/field-errors";
import { configuredMailer, type Mailer } from "../mail/smtp";
import {
  administratorOnly,
  formLocale,
  formValues,
  NOT_FOUND_STATE,
  positiveInt,
  text,
  UNAUTHENTICATED,
  type FormHandler,
  type FormState,
  type Notice,
} from "./form-state";
import { scopeOf } from "../auth/scope";

/** The questions answered with one choice; every other question takes several. */
const SINGLE_CHOICE: QuestionId[] = ["obstacles"];

function failureState(failure: RoundFailure, formData: FormData): FormState {
  const values = formValues(formData);
  if (failure.kind === "invalid") return { status: "invalid", fieldErrors: failure.fieldErrors, values };
  if (failure.kind === "already_open")
    return { status: "invalid", fieldErrors: { form: [fieldMessage("roundAlreadyOpen")] }, values };
  if (failure.kind === "closed")
    return { status: "invalid", fieldErrors: { form: [fieldMessage("roundClosed")] }, values };
  return { status: failure.kind, values };
}

/** A yyyy-mm-dd date from a date field, as midnight UTC (the deadline is a @db.Date); an invalid Date otherwise. */
function dateField(formData: FormData, name: string): Date {
  const value = text(formData, name);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
}

export const submitOpenRound = administratorOnly(async (db, user, formData) => {
  // Every question box unticked posts no "questions" at all: an empty choice, which the domain refuses.
  const questions = formData.getAll("questions").filter((v) => typeof v === "string");
  const result = await openRound(
    db,
    { name: text(formData, "name"), deadline: dateField(formData, "deadline"), questions },
    actorOf(user),
  );
  return result.ok ? { status: "saved", savedId: result.round.id } : failureState(result, formData);
});

/** Records a reminder and, when SMTP is configured, mails it to the officers of every member that has not answered. */
export const roundReminderHandler = (mailer: () => Mailer | null): FormHandler =>
  administratorOnly(async (db, user, formData) => {
    const roundId = positiveInt(formData, "roundId");
    if (!roundId) return NOT_FOUND_STATE;
    const result = await recordReminder(db, roundId, text(formData, "note") || undefined, actorOf(user));
    if (!result.ok) return failureState(result, formData);
    const outgoing = mailer();
    const notices: Notice[] = outgoing
      ? reminderNotices(await mailReminders(db, roundId, outgoing, formLocale(formData)))
      : [{ key: "reminderNotMailed", values: {} }];
    return { status: "saved", savedId: roundId, notices };
  });

export const submitRoundReminder = roundReminderHandler(configuredMailer);

/** The reminders' outcome as the form says it: how many went, failed, and had nobody to go to. */
function reminderNotices({ mailed, failed, withoutOfficer }: ReminderOutcome): Notice[] {
  const notices: Notice[] = [{ key: "reminderMailed", values: { count: mailed } }];
  if (failed) notices.push({ key: "reminderMailFailed", values: { count: failed } });
  if (withoutOfficer) notices.push({ key: "reminderWithoutOfficer", values: { count: withoutOfficer } });
  return notices;
}

/** Closing cannot be undone: the form's "I understand" box must be ticked, whatever posted it. */
export const submitCloseRound = administratorOnly(async (db, user, formData) => {
  const roundId = positiveInt(formData, "roundId");
  if (!roundId) return NOT_FOUND_STATE;
  if (formData.get("understood") !== "on")
    return {
      status: "invalid",
      fieldErrors: { understood: [fieldMessage("closeNotConfirmed")] },
      values: formValues(formData),
    };
  const result = await closeRound(db, roundId, actorOf(user));
  return result.ok ? { status: "saved", savedId: roundId } : failureState(result, formData);
});

/**
 * The answers in a response form, checkboxes as lists. Every known question is read, not only
 * the round's: an answer to a question the round does not ask is refused, not silently dropped.
 */
function answersFromForm(formData: FormData): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (formData.get("confirmedEntries") === "on") answers.confirmedEntries = true;
  for (const q of QUESTION_IDS) {
    if (SINGLE_CHOICE.includes(q)) {
      const value = text(formData, q);
      if (value) answers[q] = value;
    } else {
      const values = formData.getAll(q).filter((v): v is string => typeof v === "string" && v !== "");
      if (values.length) answers[q] = values;
    }
  }
  const comment = text(formData, "comment");
  if (comment) answers.comment = comment;
  return answers;
}

export const submitInventoryResponse: FormHandler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const roundId = positiveInt(formData, "roundId");
  const organisationId = positiveInt(formData, "organisationId");
  if (!roundId || !organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const result = await recordResponse(
    db,
    { roundId, organisationId, answers: answersFromForm(formData) },
    actorOf(user),
    scopeOf(user),
  );
  return result.ok ? { status: "saved", savedId: organisationId } : failureState(result, formData);
};
