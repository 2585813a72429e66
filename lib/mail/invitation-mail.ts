// The invitation mail, in the inviting administrator's language and then the other one.
import { localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { absoluteUrl } from "../site-url";
import { bilingualMail } from "./bilingual";
import type { MailMessage } from "./smtp";

/** The invitation page for a token, as an address to share ("/inbjudan/…" or "/en/inbjudan/…"). */
export const invitationPath = (locale: Locale, token: string) => localePath(locale, `/inbjudan/${token}`);

export function invitationMail(input: {
  to: string;
  name: string;
  invitedBy: string;
  token: string;
  days: number;
  locale: Locale;
}): MailMessage {
  return bilingualMail(input.to, input.locale, (locale) => {
    const { t } = getI18n(locale);
    const link = absoluteUrl(invitationPath(locale, input.token));
    return {
      subject: t("mail.invitation.subject"),
      body: t("mail.invitation.body", {
        name: input.name,
        invitedBy: input.invitedBy,
        days: input.days,
        link,
      }),
    };
  });
}
