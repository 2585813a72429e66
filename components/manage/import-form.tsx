"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ImportError, ImportState } from "@/lib/manage/import-actions";
import { readEvents } from "@/lib/manage/import-preview-events";
import { issueParams, reasonParams } from "@/lib/import/issue-params";
import type { PreviewRow } from "@/lib/import/preview";
import { announcedProgress, type ImportProgress } from "@/lib/import/progress";

type Action = (state: ImportState, formData: FormData) => Promise<ImportState>;

/** Kilobytes, for the size limit in messages. */
const sizeLabel = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

function ErrorMessage({
  error,
  status,
  maxBytes,
}: {
  error?: ImportError;
  status: ImportState["status"];
  maxBytes: number;
}) {
  const t = useTranslations("importUi.errors");
  const key = error ?? (status === "forbidden" || status === "unauthenticated" ? status : null);
  // A refusal takes the focus to its message, like every other form's error summary (action-form.tsx).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (key) box.current?.focus();
  }, [key]);
  if (!key) return null;
  return (
    <div role="alert" className="message message-error" tabIndex={-1} ref={box}>
      <p>{t(key, { size: sizeLabel(maxBytes) })}</p>
    </div>
  );
}

/**
 * The file field; too large a file is refused in the browser too, before it is sent. With
 * `onUpload`, a script sends the form itself; without JavaScript the form posts to `action`.
 */
export function UploadForm({
  action,
  onUpload,
  maxBytes,
  submitLabel,
  testId,
}: {
  action: (formData: FormData) => void;
  onUpload?: (formData: FormData) => void;
  maxBytes: number;
  submitLabel: string;
  testId: string;
}) {
  const t = useTranslations("importUi");
  const [tooLarge, setTooLarge] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge(true);
    } else if (onUpload) {
      event.preventDefault();
      onUpload(new FormData(event.currentTarget));
    }
  };
  return (
    <form action={action} onSubmit={onSubmit} className="manage-form" data-testid={testId}>
      {tooLarge ? <ErrorMessage error="file_too_large" status="invalid" maxBytes={maxBytes} /> : null}
      <p className="field">
        <label htmlFor={`${testId}-file`}>{t("fileLabel", { size: sizeLabel(maxBytes) })}</label>
        <input
          id={`${testId}-file`}
          type="file"
          name="file"
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={() => setTooLarge(false)}
        />
      </p>
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </form>
  );
}

function MatchCell({ row }: { row: PreviewRow }) {
  const t = useTranslations("importUi");
  const reasons = useTranslations("import.matchReasons");
  const partner = row.partner;
  if (partner?.status === "matched") {
    return (
      <>
        {partner.place.name}, {partner.place.countryCode}{" "}
        <span className="note">({t("confidence", { value: Math.round(partner.confidence * 100) })})</span>
        <br />
        <span className="note" data-testid={`match-reasons-${row.line}`}>
          {partner.reasons.map((r) => reasons(r.code, reasonParams(r))).join("; ")}
        </span>
      </>
    );
  }
  if (row.status === "review" && partner) {
    return (
      <>
        <span>{row.values.partner}</span>
        <br />
        <label htmlFor={`candidate-${row.line}`} className="visually-hidden">
          {t("candidateLabel", { line: row.line })}
        </label>
        <select id={`candidate-${row.line}`} name={`candidate-${row.line}`} defaultValue="review">
          <option value="review">{t("leaveForReview")}</option>
          {partner.candidates.map((c) => (
            <option key={c.geonameId} value={c.geonameId}>
              {c.name}, {c.countryCode} ({c.population.toLocaleString()})
            </option>
          ))}
        </select>
      </>
    );
  }
  return <>{row.values.partner || t("noMatch")}</>;
}

function PreviewTable({ state }: { state: ImportState }) {
  const t = useTranslations("importUi");
  const issues = useTranslations("import.issues");
  const preview = state.preview!;
  return (
    <table className="import-preview" data-testid="import-preview">
      <caption>{t("tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("line")}</th>
          <th scope="col">{t("accept")}</th>
          <th scope="col">{t("member")}</th>
          <th scope="col">{t("partner")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("issues")}</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => (
          <tr key={row.line} data-testid={`import-row-${row.line}`} data-status={row.status}>
            <th scope="row">{row.line}</th>
            <td>
              {state.status !== "committed" && (row.status === "ready" || row.status === "review") ? (
                <input
                  type="checkbox"
                  name="accept"
                  value={row.line}
                  defaultChecked
                  aria-label={t("acceptRow", { line: row.line })}
                />
              ) : null}
            </td>
            <td>
              {row.member?.status === "matched" ? (
                <>
                  {row.member.member.name}{" "}
                  <span className="note">
                    ({t("confidence", { value: Math.round(row.member.confidence * 100) })})
                  </span>
                </>
              ) : (
                row.values.member || t("noMatch")
              )}
            </td>
            <td>
              <MatchCell row={row} />
            </td>
            <td>{t(`statuses.${row.status}`)}</td>
            <td>
              {row.issues.length ? (
                <ul>
                  {row.issues.map((issue) => (
                    <li key={issue.code}>{issues(issue.code, issueParams(issue))}</li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FileIssues({ codes }: { codes: string[] }) {
  const issues = useTranslations("import.issues");
  if (!codes.length) return null;
  return (
    <div role="alert" className="message message-error">
      {codes.map((code) => (
        <p key={code}>{issues(code as "member_unmatched", { value: "" })}</p>
      ))}
    </div>
  );
}

/**
 * How far the matching of a long file has come: the bar moves with every report, the text
 * (a polite live region) only every tenth, so a screen reader is not told about every row.
 */
function MatchingProgress({ progress }: { progress: ImportProgress | null }) {
  const t = useTranslations("importUi");
  const announced = progress ? announcedProgress(progress) : null;
  return (
    <div className="import-progress" data-testid="import-progress">
      {progress && progress.total > 0 ? (
        <p>
          <label htmlFor="import-progress-bar">{t("progressLabel")}</label>{" "}
          <progress id="import-progress-bar" max={progress.total} value={progress.matched} />
        </p>
      ) : null}
      <p role="status" aria-live="polite">
        {announced ? t("progress", announced) : t("reading")}
      </p>
    </div>
  );
}

/**
 * With JavaScript the preview comes from POST /api/import/preview as a stream of progress
 * events and then the preview; if that fails for any reason, the server action is used.
 */
function useStreamedPreview(fallback: (formData: FormData) => void) {
  const [state, setState] = useState<ImportState | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [pending, setPending] = useState(false);
  // A new upload cancels the one still running, so an older answer never replaces a newer one.
  const running = useRef<AbortController | null>(null);
  const upload = async (formData: FormData) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setPending(true);
    setProgress(null);
    let answer: ImportState | null = null;
    try {
      const response = await fetch("/api/import/preview", {
        method: "POST",
        body: formData,
        signal: controller.signal,
      });
      if (response.status === 401) answer = { status: "unauthenticated" };
      else if (response.status === 413) answer = { status: "invalid", error: "file_too_large" };
      else if (response.ok && response.body) {
        await readEvents(response.body, (event) => {
          if (controller.signal.aborted) return;
          if (event.type === "progress") setProgress({ matched: event.matched, total: event.total });
          if (event.type === "result") answer = event.state;
        });
      }
    } catch {
      answer = null;
    }
    if (controller.signal.aborted) return;
    setPending(false);
    setState(answer);
    if (!answer) startTransition(() => fallback(formData));
  };
  return { state, progress, pending, upload };
}

/** Upload, preview, choose rows, commit, result: each step answered by a server action. */
export function ImportWizard({
  previewAction,
  commitAction,
  maxBytes,
  locale,
  reviewHref,
  initialState = { status: "idle" },
}: {
  previewAction: Action;
  commitAction: Action;
  maxBytes: number;
  locale: string;
  reviewHref: string;
  /** The page's own answer, e.g. a too-large upload turned away before the action (proxy.ts). */
  initialState?: ImportState;
}) {
  const t = useTranslations("importUi");
  const pathname = usePathname();
  const [actionState, submitPreview, actionPending] = useActionState(previewAction, initialState);
  const streamed = useStreamedPreview(submitPreview);
  const previewState = streamed.state ?? actionState;
  const previewing = actionPending || streamed.pending;
  const [commitState, submitCommit, committing] = useActionState(commitAction, {
    status: "idle",
  } as ImportState);
  // The commit's answer wins once there is one for the file being previewed.
  const committed =
    commitState.status !== "idle" && commitState.preview?.fileHash === previewState.preview?.fileHash
      ? commitState
      : null;
  const shown = committed?.preview ? committed : previewState;

  if (committed?.status === "committed" && committed.result) {
    return (
      <section aria-labelledby="import-result" data-testid="import-result">
        <div role="status" className="message message-ok">
          <h2 id="import-result">{t("resultTitle")}</h2>
          <p>{t("resultCreated", { count: committed.result.created.length })}</p>
          <p>{t("resultSkipped", { count: committed.result.skipped.length })}</p>
        </div>
        <p>
          <Link href={reviewHref}>{t("reviewLink")}</Link> · <a href={pathname}>{t("again")}</a>
        </p>
      </section>
    );
  }

  return (
    <>
      <ErrorMessage error={previewState.error} status={previewState.status} maxBytes={maxBytes} />
      <UploadForm
        action={submitPreview}
        onUpload={streamed.upload}
        maxBytes={maxBytes}
        submitLabel={t("upload")}
        testId="import-upload"
      />
      {previewing ? <MatchingProgress progress={streamed.pending ? streamed.progress : null} /> : null}
      {shown.preview && shown.file ? (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t("previewTitle", { file: shown.preview.fileName })}</h2>
          <p data-testid="import-counts">{t("counts", shown.preview.counts)}</p>
          <FileIssues codes={shown.preview.issues.map((i) => i.code)} />
          <form
            action={submitCommit}
            className="manage-form"
            data-testid="import-commit"
            key={shown.preview.fileHash}
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="fileName" value={shown.file.name} />
            <input type="hidden" name="fileHash" value={shown.file.hash} />
            <input type="hidden" name="fileData" value={shown.file.data} />
            {committed ? (
              <ErrorMessage error={committed.error} status={committed.status} maxBytes={maxBytes} />
            ) : null}
            <PreviewTable state={shown} />
            {shown.preview.rows.some((r) => r.status === "ready" || r.status === "review") ? (
              <p>
                <button type="submit" disabled={committing}>
                  {t("commit")}
                </button>
                {committing ? <span className="note"> {t("committing")}</span> : null}
              </p>
            ) : null}
          </form>
        </section>
      ) : null}
    </>
  );
}
