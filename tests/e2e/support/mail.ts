import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "./paths";

/** The newest message the e2e server mailed to an address, waiting until it has arrived. */
export async function lastMailTo(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const files = (await readdir(E2E_MAIL_DIR))
          .filter((f) => f.endsWith(".eml"))
          .sort((a, b) => parseInt(b) - parseInt(a) || b.localeCompare(a));
        for (const file of files) {
          const mail = await simpleParser(await readFile(path.join(E2E_MAIL_DIR, file)));
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          if (to.some((t) => t.value.some((v) => v.address === address))) return (found = mail);
        }
        return undefined;
      },
      { message: `a mail to ${address}`, timeout: 15_000 },
    )
    .toBeDefined();
  return found!;
}
