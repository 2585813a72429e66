import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/dates";
import { getI18n } from "@/lib/i18n/server";
import { roundTitle } from "@/lib/inventory/round-title";
import { isOpen, type Task } from "@/lib/tasks/dashboard-tasks";

/**
 * The user's tasks as a list, each a link to where it is done. `named`: add the member's name to
 * each task (a dashboard covering several members); a member's own page leaves it out.
 */
export function TaskList({ tasks, locale, named }: { tasks: Task[]; locale: Locale; named: boolean }) {
  const i18n = getI18n(locale);
  const { t } = i18n;
  const item = (task: Task): { href: string; text: string; detail?: string } => {
    switch (task.kind) {
      case "inventory": {
        const round = roundTitle(task.round.name, (name) => t("inventoryUi.roundTitle", { name }));
        const deadline = formatDay(i18n, task.round.deadline);
        return {
          href: `/hantera/${task.member.slug}/inventering`,
          text: task.answeredAt
            ? t("tasks.inventoryDone", { round, date: formatDay(i18n, task.answeredAt) })
            : t("tasks.inventory", { round }),
          detail: task.answeredAt
            ? t("tasks.inventoryChange", { deadline })
            : t("tasks.inventoryDeadline", { deadline }),
        };
      }
      case "participation":
        // The requests are answered right on this page (components/manage/participation-requests.tsx).
        return {
          href: "#participation-requests",
          text: t("tasks.participation", { count: task.count }),
        };
      case "importReview":
        return { href: "/hantera/import/granska", text: t("tasks.importReview", { count: task.count }) };
    }
  };
  return (
    <section aria-labelledby="tasks-title" data-testid="tasks">
      <h2 id="tasks-title">{t("tasks.title")}</h2>
      {tasks.some(isOpen) ? null : <p>{t("tasks.none")}</p>}
      {tasks.length ? (
        <ul className="tasks">
          {tasks.map((task) => {
            const { href, text, detail } = item(task);
            return (
              <li key={`${task.kind}-${task.member.id}`} data-task={task.kind}>
                <Link href={href.startsWith("#") ? href : localePath(locale, href)}>
                  {named ? t("tasks.forMember", { task: text, member: task.member.name }) : text}
                </Link>
                {detail ? <span className="note"> {detail}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
