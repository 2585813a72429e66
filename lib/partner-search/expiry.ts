// Expired requests leave the board by themselves (the board reads endsOn); the officers are told
// once: on their dashboard for as long as the request stays expired, and by mail when SMTP is
// set. There is no scheduler, so the dashboard and the board call notifyExpired on their way;
// each request is claimed by an atomic update, so two callers never mail twice.
import type { DbOrTx } from "../database/transaction";
import type { Mailer } from "../mail/smtp";
import { dayOf } from "./codes";
import { expiryMail } from "./mail";

export async function notifyExpired(db: DbOrTx, mailer: Mailer | null, now = new Date()) {
  const expired = await db.partnerRequest.findMany({
    where: { side: "MEMBER", status: "OPEN", endsOn: { lt: dayOf(now) }, expiryNotifiedAt: null },
    select: {
      id: true,
      organisation: {
        select: {
          name: true,
          officers: { where: { user: { active: true } }, select: { user: { select: { email: true } } } },
        },
      },
    },
    take: 100,
  });
  let mailed = 0;
  for (const request of expired) {
    const { count } = await db.partnerRequest.updateMany({
      where: { id: request.id, expiryNotifiedAt: null },
      data: { expiryNotifiedAt: now },
    });
    if (count !== 1 || !mailer || !request.organisation) continue;
    for (const { user } of request.organisation.officers) {
      try {
        await mailer(
          expiryMail(user.email, { requestId: request.id, organisation: request.organisation.name }),
        );
        mailed++;
      } catch (error) {
        console.error(`Partner search: the expiry mail for request ${request.id} failed`, error);
      }
    }
  }
  return { expired: expired.length, mailed };
}
