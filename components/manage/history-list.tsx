import type { ReactNode } from "react";
import { codeLabelKey, fieldLabelOf, type FieldLabelNamespace } from "@/lib/editing/code-labels";
import type { FieldChange } from "@/lib/editing/history";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

export type HistoryEntry = { id: string; action: string; actor: string; at: Date; changes: FieldChange[]; restore?: ReactNode };

/** A history: who did what when, each change as before and after; an optional restore control per entry. */
export function HistoryList({
  entries,
  locale,
  heading,
  fieldLabels = "manage.fields",
}: {
  entries: HistoryEntry[];
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
        {entries.map((entry) => {
          const at = format.dateTime(entry.at, { dateStyle: "short", timeStyle: "short" });
          return (
            <li key={entry.id} data-testid="history-entry">
              <h3>{t("manage.partnership.historyEvent", { action: t(`manage.action.${entry.action}` as never), actor: entry.actor, at })}</h3>
              {entry.changes.length ? (
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
                    {entry.changes.map((c) => (
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
              {entry.restore}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
