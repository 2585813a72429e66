// Mail to someone whose language the registry does not know: the sender's language first,
// then the other, in one message.
import { LOCALES, type Locale } from "../i18n/config";
import type { MailMessage } from "./smtp";

export function bilingualMail(
  to: string,
  first: Locale,
  write: (locale: Locale) => { subject: string; body: string },
): MailMessage {
  const parts = [first, ...LOCALES.filter((l) => l !== first)].map(write);
  return {
    to,
    subject: parts.map((p) => p.subject).join(" / "),
    text: parts.map((p) => p.body).join("\n\n――――――――――\n\n"),
  };
}
