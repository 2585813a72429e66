import type { AuditHistoryEvent } from "@/lib/audit/history";
import { codeLabelKey, fieldLabelOf, type FieldLabelNamespace } from "@/lib/editing/code-labels";
import type { FieldChange } from "@/lib/editing/history";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { ActionForm, type ConflictMessage, type FormAction } from "./action-form";

/** Restoring an earlier version: the server action, the form's hidden fields (the event id is added). */
export type RestoreVersion = {
  action: FormAction;
  hidden: Record<string, string | number>;
  conflictMessage?: ConflictMessage;
};

/**
 * An entity's history from its audit events: who did what when, each change as before and
 * after. With `restore`, every earlier version (not the newest, which is the current state)
 * has a button that restores it as a new version.
 */
export function HistoryList({
  events,
  changesOf,
  restore,
  locale,
  heading,
  fieldLabels = "manage.fields",
}: {
  events: AuditHistoryEvent[];
  changesOf: (before: unknown, after: unknown) => FieldChange[];
  restore?: RestoreVersion;
  locale: Locale;
  heading: string;
  /** Where the fields' labels are (a policy document's are its form's). */
  fieldLabels?: FieldLabelNamespace;
}) {
  const { t, format } = getI18n(locale);
  const value = (field: string, raw: string) => {
    if (!raw) return t("manage.fields.none");
    return raw
      .split(", ")
      .map((code) => {
        const key = codeLabelKey(field, code);
        return key && t.has(key as never) ? t(key as never) : code;
      })
      .join(", ");
  };
  const label = (field: string) => fieldLabelOf(t, fieldLabels, field);
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{heading}</h2>
      <ol>
        {events.map((event, index) => {
          const at = format.dateTime(event.at, { dateStyle: "short", timeStyle: "short" });
          const changes = changesOf(event.before, event.after);
          return (
            <li key={String(event.id)} data-testid="history-entry">
              <h3>
                {t("manage.partnership.historyEvent", {
                  action: t(`manage.action.${event.action}` as never),
                  actor: event.actor?.name ?? event.actorLabel,
                  at,
                })}
              </h3>
              {changes.length ? (
                <table>
                  <caption className="visually-hidden">{t("manage.partnership.changes")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("manage.partnership.field")}</th>
                      <th scope="col">{t("manage.partnership.before")}</th>
                      <th scope="col">{t("manage.partnership.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{label(c.field)}</th>
                        <td>{value(c.field, c.before)}</td>
                        <td>{value(c.field, c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="note">{t("manage.partnership.noChanges")}</p>
              )}
              {restore && index > 0 && event.after ? (
                <ActionForm
                  action={restore.action}
                  hidden={{ ...restore.hidden, auditEventId: String(event.id) }}
                  submitLabel={t("manage.partnership.restoreVersionLabel", { at })}
                  conflictMessage={restore.conflictMessage}
                  secondary
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
