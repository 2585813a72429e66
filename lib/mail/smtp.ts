// Outgoing mail over SMTP (nodemailer), switched on by SMTP_URL and MAIL_FROM. Without them
// there is no mailer and callers fall back on showing and logging what they would have sent.
import nodemailer from "nodemailer";
import { env } from "../env";

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = (message: MailMessage) => Promise<void>;

/** A mailer for one SMTP server; a slow or silent server fails within seconds, not minutes. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(
    { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
    { from },
  );
  return async (message) => {
    await transport.sendMail(message);
  };
}

let configured: Mailer | null | undefined;

/** The mailer of this installation, or null when no SMTP server is configured. */
export function configuredMailer(): Mailer | null {
  if (configured === undefined) {
    const { SMTP_URL, MAIL_FROM } = env();
    configured = SMTP_URL && MAIL_FROM ? smtpMailer(SMTP_URL, MAIL_FROM) : null;
  }
  return configured;
}
