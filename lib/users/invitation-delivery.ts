// Where an invitation link goes besides the administrator's screen: the server log, and mail
// when SMTP is configured. The account exists whatever happens to the mail: a failed send is
// reported next to the link, which the administrator can pass on another way.
import { INVITATION_DAYS } from "../auth/invitations";
import type { SessionUser } from "../auth/session-user";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { invitationMail, invitationPath } from "../mail/invitation-mail";
import { configuredMailer, type Mailer } from "../mail/smtp";
import { absoluteUrl } from "../site-url";
import type { Invited } from "./accounts";

export type InvitationOutlets = { log: (line: string) => void; mailer: Mailer | null };

export const serverOutlets = (): InvitationOutlets => ({ log: console.log, mailer: configuredMailer() });

/** The link to show (absolute when SITE_URL is set), how long it lasts, and whether it was mailed (null: no mailer). */
export type InvitationDelivery = { link: string; days: number; mail: "sent" | "failed" | null };

export async function deliverInvitation(
  { invitee, token }: Invited,
  admin: SessionUser,
  locale: Locale,
  { log, mailer }: InvitationOutlets,
): Promise<InvitationDelivery> {
  const path = invitationPath(locale, token);
  const link = env().SITE_URL ? absoluteUrl(path) : path;
  log(`Invitation for ${invitee.email} (valid ${INVITATION_DAYS} days): ${link}`);
  if (!mailer) return { link, days: INVITATION_DAYS, mail: null };
  try {
    await mailer(
      invitationMail({
        to: invitee.email,
        name: invitee.name,
        invitedBy: admin.name,
        token,
        days: INVITATION_DAYS,
        locale,
      }),
    );
    return { link, days: INVITATION_DAYS, mail: "sent" };
  } catch (error) {
    log(
      `Invitation mail to ${invitee.email} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { link, days: INVITATION_DAYS, mail: "failed" };
  }
}
