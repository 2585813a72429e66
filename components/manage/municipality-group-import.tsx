"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import type { ImportState } from "@/lib/manage/import-actions";
import { UploadForm } from "./import-form";

type Action = (state: ImportState, formData: FormData) => Promise<ImportState>;

/** The kommungrupp list: upload, and the answer (how many changed, or every row that was wrong). */
export function MunicipalityGroupImport({
  action,
  maxBytes,
  initialState = { status: "idle" },
}: {
  action: Action;
  maxBytes: number;
  initialState?: ImportState;
}) {
  const t = useTranslations("importUi");
  const [state, submit] = useActionState(action, initialState);
  const errorKey =
    state.error ?? (state.status === "forbidden" || state.status === "unauthenticated" ? state.status : null);
  return (
    <>
      <div role="status" aria-live="polite">
        {state.groups?.ok ? (
          <p className="message message-ok">
            {t("groupsResult", { updated: state.groups.updated, unchanged: state.groups.unchanged })}
          </p>
        ) : null}
      </div>
      {errorKey ? (
        <div role="alert" className="message message-error">
          <p>{t(`errors.${errorKey}`, { size: `${Math.round(maxBytes / 1024)} kB` })}</p>
        </div>
      ) : null}
      {state.groups && !state.groups.ok ? (
        <div role="alert" className="message message-error">
          <p>{t("groupsIssues")}</p>
          <ul>
            {state.groups.issues.map((issue) => (
              <li key={`${issue.line}-${issue.code}`}>
                {t("groupIssue", {
                  line: issue.line,
                  message: t(`groupIssues.${issue.code}`, { value: issue.value ?? "" }),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <UploadForm
        action={submit}
        maxBytes={maxBytes}
        submitLabel={t("groupsUpload")}
        testId="groups-upload"
      />
    </>
  );
}
