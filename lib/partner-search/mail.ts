// The board's mail: plain text (what people typed stays text), in the sender's language first
// and then the other (lib/mail/bilingual.ts), with absolute links from SITE_URL only.
import { localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { bilingualMail } from "../mail/bilingual";
import type { MailMessage } from "../mail/smtp";
import { absoluteUrl } from "../site-url";

const requestPath = (locale: Locale, id: number) => localePath(locale, `/partnersokning/${id}`);
const confirmPath = (locale: Locale, token: string) =>
  localePath(locale, `/partnersokning/bekrafta/${token}`);

/** To a sender abroad: follow the link to send the request on to the administrators. */
export function confirmationMail(to: string, locale: Locale, token: string): MailMessage {
  return bilingualMail(to, locale, (l) => {
    const { t } = getI18n(l);
    return {
      subject: t("mail.partnerSearch.confirmSubject"),
      body: t("mail.partnerSearch.confirmBody", { link: absoluteUrl(confirmPath(l, token)) }),
    };
  });
}

/** To whoever published a request: a member is interested, and how to reach its officer. */
export function interestMail(
  to: string,
  locale: Locale,
  input: { requestId: number; organisation: string; officer: string; officerEmail: string; message: string },
): MailMessage {
  return bilingualMail(to, locale, (l) => {
    const { t } = getI18n(l);
    return {
      subject: t("mail.partnerSearch.interestSubject", { organisation: input.organisation }),
      body: t("mail.partnerSearch.interestBody", {
        organisation: input.organisation,
        officer: input.officer,
        officerEmail: input.officerEmail,
        message: input.message || "–",
        link: absoluteUrl(requestPath(l, input.requestId)),
      }),
    };
  });
}

/** To a member's officer: its request has passed its end date and left the board. */
export function expiryMail(to: string, input: { requestId: number; organisation: string }): MailMessage {
  return bilingualMail(to, "sv", (l) => {
    const { t } = getI18n(l);
    return {
      subject: t("mail.partnerSearch.expirySubject", { organisation: input.organisation }),
      body: t("mail.partnerSearch.expiryBody", {
        organisation: input.organisation,
        link: absoluteUrl(localePath(l, `/partnersokning/${input.requestId}/andra`)),
      }),
    };
  });
}
