// The invitation mail: the inviting administrator's language first, then the other one, since
// nobody knows yet which language the invited officer reads.
import { LOCALES, localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { siteUrl } from "../site-url";
import type { MailMessage } from "./smtp";

/** The invitation page for a token, as an address to share ("/inbjudan/…" or "/en/inbjudan/…"). */
export const invitationPath = (locale: Locale, token: string) => localePath(locale, `/inbjudan/${token}`);

export function invitationMail(input: { to: string; name: string; invitedBy: string; token: string; days: number; locale: Locale }): MailMessage {
  const order = [input.locale, ...LOCALES.filter((l) => l !== input.locale)];
  const parts = order.map((locale) => {
    const { t } = getI18n(locale);
    const link = new URL(invitationPath(locale, input.token), siteUrl()).href;
    return { subject: t("mail.invitation.subject"), body: t("mail.invitation.body", { name: input.name, invitedBy: input.invitedBy, days: input.days, link }) };
  });
  return { to: input.to, subject: parts.map((p) => p.subject).join(" / "), text: parts.map((p) => p.body).join("\n\n――――――――――\n\n") };
}
