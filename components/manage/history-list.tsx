import type { AuditHistoryEvent } from "@/lib/audit/history";
import { fieldLabelOf, type FieldLabelNamespace } from "@/lib/manage/code-labels";
import type { FieldChange } from "@/lib/manage/history";
import { historyValue, versionNumbers, type CatalogueNames } from "@/lib/manage/history-words";
import { RESTORE_CONFIRMATION_FIELD } from "@/lib/manage/restore-confirmation";
import type { Locale } from "@/lib/i18n/config";
import { isMessageKey } from "@/lib/i18n/keys";
import { getI18n } from "@/lib/i18n/server";
import { ActionForm, type ConflictMessage, type FormAction } from "./action-form";
import { ConfirmCheckbox } from "./confirm-checkbox";

/** Restoring an earlier version: the server action, the form's hidden fields (the event id is added). */
export type RestoreVersion = {
  action: FormAction;
  hidden: Record<string, string | number>;
  conflictMessage?: ConflictMessage;
};

/**
 * An entity's history from its audit events: each version by its number, who did what when,
 * each change as before and after in words (codes by their names, yes/no for booleans). With
 * `restore`, every earlier version (not the newest, which is the current state) has a button
 * named by its number and time that restores it as a new version once the user ticks the
 * confirmation box; the restore is listed as "Återställt från version N".
 */
export function HistoryList({
  events,
  changesOf,
  restore,
  locale,
  heading,
  fieldLabels = "manage.fields",
  catalogue,
}: {
  events: AuditHistoryEvent[];
  changesOf: (before: unknown, after: unknown) => FieldChange[];
  restore?: RestoreVersion;
  locale: Locale;
  heading: string;
  /** Where the fields' labels are (a policy document's are its form's). */
  fieldLabels?: FieldLabelNamespace;
  /** The names of a partnership's area and funding codes in the reader's language. */
  catalogue?: CatalogueNames;
}) {
  const { t, format } = getI18n(locale);
  const value = (field: string, raw: string) => historyValue(t, field, raw, catalogue);
  const versions = versionNumbers(events);
  const actionOf = (event: AuditHistoryEvent) => {
    const from = event.restoredFromId == null ? undefined : versions.get(String(event.restoredFromId));
    if (from !== undefined) return t("manage.partnership.restoredFrom", { version: from });
    const key = `manage.action.${event.action}`;
    return isMessageKey(t, key) ? t(key) : event.action;
  };
  const label = (field: string) => fieldLabelOf(t, fieldLabels, field);
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{heading}</h2>
      <ol>
        {events.map((event, index) => {
          const at = format.dateTime(event.at, { dateStyle: "short", timeStyle: "short" });
          const changes = changesOf(event.before, event.after);
          const version = versions.get(String(event.id))!;
          return (
            <li key={String(event.id)} data-testid="history-entry">
              <h3>
                {t("manage.partnership.historyEvent", {
                  version,
                  action: actionOf(event),
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
                  submitLabel={t("manage.partnership.restoreVersionLabel", { version, at })}
                  conflictMessage={restore.conflictMessage}
                  secondary
                >
                  <ConfirmCheckbox
                    name={RESTORE_CONFIRMATION_FIELD}
                    label={t("manage.partnership.restoreConfirm", { version })}
                  />
                </ActionForm>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
