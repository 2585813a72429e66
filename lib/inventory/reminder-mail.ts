// Reminders by mail, when SMTP is configured: every active officer of a member that has not
// answered the open round gets one message naming their organisations, with a link to each
// organisation's task. Members without an officer account are counted, for the administrator.
import type { DbOrTx } from "../database/transaction";
import { localePath, type Locale } from "../i18n/config";
import { formatDay } from "../i18n/dates";
import { getI18n } from "../i18n/server";
import { bilingualMail } from "../mail/bilingual";
import type { Mailer, MailMessage } from "../mail/smtp";
import { absoluteUrl } from "../site-url";

type Recipient = { email: string; name: string; organisations: { name: string; slug: string }[] };

/** The officers to remind, and how many unanswered members have nobody to remind. */
async function reminderRecipients(
  db: DbOrTx,
  roundId: number,
): Promise<{ recipients: Recipient[]; withoutOfficer: number }> {
  const unanswered = await db.organisation.findMany({
    where: { inventoryResponses: { none: { roundId } } },
    select: {
      name: true,
      slug: true,
      officers: {
        where: { user: { active: true, role: "OFFICER" } },
        select: { user: { select: { email: true, name: true } } },
      },
    },
    orderBy: { name: "asc" },
  });
  const byEmail = new Map<string, Recipient>();
  for (const organisation of unanswered) {
    for (const { user } of organisation.officers) {
      const recipient = byEmail.get(user.email) ?? { ...user, organisations: [] };
      recipient.organisations.push({ name: organisation.name, slug: organisation.slug });
      byEmail.set(user.email, recipient);
    }
  }
  return {
    recipients: [...byEmail.values()],
    withoutOfficer: unanswered.filter((o) => o.officers.length === 0).length,
  };
}

/** One officer's reminder, in the administrator's language and then the other. */
function reminderMail(
  recipient: Recipient,
  round: { name: string; deadline: Date },
  locale: Locale,
): MailMessage {
  return bilingualMail(recipient.email, locale, (l) => {
    const i18n = getI18n(l);
    const values = { round: round.name, deadline: formatDay(i18n, round.deadline) };
    const tasks = recipient.organisations
      .map((o) => `${o.name}: ${absoluteUrl(localePath(l, `/hantera/${o.slug}/inventering`))}`)
      .join("\n");
    return {
      subject: i18n.t("mail.reminder.subject", values),
      body: i18n.t("mail.reminder.body", { ...values, name: recipient.name, tasks }),
    };
  });
}

/** How a round's reminders went: how many were mailed, failed, and had nobody to go to. */
export type ReminderOutcome = { mailed: number; failed: number; withoutOfficer: number };

/** Sends the round's reminders. */
export async function mailReminders(
  db: DbOrTx,
  roundId: number,
  mailer: Mailer,
  locale: Locale,
  log: (line: string) => void = console.log,
): Promise<ReminderOutcome> {
  const round = await db.inventoryRound.findUniqueOrThrow({
    where: { id: roundId },
    select: { name: true, deadline: true },
  });
  const { recipients, withoutOfficer } = await reminderRecipients(db, roundId);
  let failed = 0;
  for (const recipient of recipients) {
    try {
      await mailer(reminderMail(recipient, round, locale));
    } catch (error) {
      failed += 1;
      log(
        `Reminder mail to ${recipient.email} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { mailed: recipients.length - failed, failed, withoutOfficer };
}
