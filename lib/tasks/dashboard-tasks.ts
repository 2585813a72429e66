// What waits for the signed-in user on /hantera and on a member's page: an open inventory round to
// answer, requests from other members to join their partnerships, imported partnerships awaiting
// review. Each task is data (its kind and what the page needs to word and link it), so a feature
// adds its own kind here and a line to components/manage/task-list.tsx.
import type { SessionUser } from "../auth/session-user";
import { scopeOf } from "../auth/scope";
import type { DbOrTx } from "../database/transaction";
import { importReviewQueue } from "../import/review-queue";
import { openInventoryRound, responsesOf } from "../inventory/overview";
import { pendingParticipations } from "../partnerships/consent";

export type TaskMember = { id: number; name: string; slug: string };

export type Task =
  | {
      kind: "inventory";
      member: TaskMember;
      round: { name: string; deadline: Date };
      /** When the member answered (the answer can be changed until the round closes), or null. */
      answeredAt: Date | null;
    }
  | { kind: "participation"; member: TaskMember; count: number }
  | { kind: "importReview"; member: TaskMember; count: number };

/** Whether the task still asks for something (an answered round is shown, but after the open tasks). */
export const isOpen = (task: Task) => task.kind !== "inventory" || task.answeredAt === null;

/**
 * The tasks of `members` (the user's own, or the one member a page is about). `inventory: false`
 * leaves the round out: an administrator's dashboard covers all 310 members and does not answer
 * for them (the administrator follows the round at /hantera/inventering).
 */
export async function dashboardTasks(
  db: DbOrTx,
  user: SessionUser,
  members: TaskMember[],
  { inventory }: { inventory: boolean },
): Promise<Task[]> {
  const ids = members.map((m) => m.id);
  const byId = new Map(members.map((m) => [m.id, m]));
  const [round, requests, queue] = await Promise.all([
    inventory ? openInventoryRound(db) : null,
    pendingParticipations(db, { id: { in: ids } }),
    importReviewQueue(db, scopeOf(user)),
  ]);
  const tasks: Task[] = [];
  if (round) {
    const answers = await responsesOf(db, round.id, ids);
    for (const member of members)
      tasks.push({
        kind: "inventory",
        member,
        round: { name: round.name, deadline: round.deadline },
        answeredAt: answers.get(member.id)?.respondedAt ?? null,
      });
  }
  for (const [id, count] of countBy(requests.map((r) => r.organisation.id)))
    tasks.push({ kind: "participation", member: byId.get(id)!, count });
  const bySlug = new Map(members.map((m) => [m.slug, m]));
  for (const [slug, count] of countBy(queue.map((item) => item.organisation.slug)))
    if (bySlug.has(slug)) tasks.push({ kind: "importReview", member: bySlug.get(slug)!, count });
  // Open tasks first (the round to answer, requests, reviews), an answered round last.
  return [...tasks.filter(isOpen), ...tasks.filter((t) => !isOpen(t))];
}

function countBy<K>(keys: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
