"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { useTranslations } from "use-intl";
import { useValidationMessage } from "./validation-message";
import { codeLabelKey, fieldLabelOf, type FieldLabelNamespace } from "@/lib/manage/code-labels";
import type { FormState } from "@/lib/manage/form-state";
import { isMessageKey, type RootTranslator } from "@/lib/i18n/keys";
import { FormContext } from "./form-context";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
/** The message of a refused stale save: a partnership's, or any other record's. */
export type ConflictMessage = "status.conflict" | "status.conflictRecord";

/**
 * A form bound to a server action with React's useActionState: it posts without JavaScript
 * too, shows the answer in a live region, and gives its fields the submitted values and
 * their errors (form-context.tsx), so a refused save keeps everything the user typed.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  children,
  className,
  conflictMessage = "status.conflict",
  fieldLabels = "manage.fields",
  secondary,
  danger,
  testId,
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  conflictMessage?: ConflictMessage;
  /** Where the labels of the changed fields a conflict lists are. */
  fieldLabels?: FieldLabelNamespace;
  secondary?: boolean;
  /** An irreversible action (closing a round): the button looks like one, never like a primary save. */
  danger?: boolean;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const formId = useId();
  const t = useTranslations("manage");
  // After a conflict the form carries the version now stored: saving again is a deliberate overwrite.
  const hiddenValues =
    state.status === "conflict" && state.conflict
      ? { ...hidden, expectedVersion: state.conflict.currentVersion }
      : hidden;
  return (
    <FormContext.Provider value={{ formId, state, pending }}>
      <form
        action={formAction}
        onSubmit={(event) => submitWithoutReset(event, formAction)}
        className={className ?? "manage-form"}
        noValidate
        data-testid={testId}
      >
        {Object.entries(hiddenValues).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={String(value)} />
        ))}
        <StatusMessage
          state={state}
          conflictMessage={conflictMessage}
          fieldLabels={fieldLabels}
          formId={formId}
        />
        {children}
        <p>
          <button
            type="submit"
            disabled={pending}
            className={danger ? "danger" : secondary ? "secondary" : undefined}
          >
            {submitLabel}
          </button>
          {pending ? <span className="note"> {t("status.saving")}</span> : null}
        </p>
      </form>
    </FormContext.Provider>
  );
}

/**
 * Posts the form to its action without React's automatic reset. React 19 resets a form after
 * its action, which puts every select and radio back to what it showed when first rendered
 * (a refused save silently changed the officer's kind and activity level). Without JavaScript
 * the form posts as usual; the page then renders the submitted values.
 */
function submitWithoutReset(event: FormEvent<HTMLFormElement>, action: (data: FormData) => void) {
  event.preventDefault();
  const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
  startTransition(() => action(data));
}

function display(value: unknown, t: ReturnType<typeof useTranslations<"manage">>): string {
  if (value == null || value === "") return t("fields.none");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value))
    return value.slice(0, 10);
  if (Array.isArray(value))
    return value.length ? value.map((v) => display(v, t)).join(", ") : t("fields.none");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * The label of a field an error names: its own, else its group's ("partners.0.placeId" is a
 * partner's). Row numbers are skipped, and only a label that is text counts.
 */
function errorFieldLabel(root: RootTranslator, namespace: FieldLabelNamespace, field: string) {
  const segments = field.split(".").filter((s) => !/^\d+$/.test(s));
  for (let n = segments.length; n > 0; n--) {
    const path = segments.slice(0, n).join(".");
    const label = fieldLabelOf(root, namespace, path);
    if (label !== path && label.length > 1) return label;
  }
  return null;
}

/** Focuses the field an error-summary link names (GOV.UK's pattern): by name within this form. */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const form = event.currentTarget.closest("form");
  const target = form?.querySelector<HTMLElement>(
    `[name="${CSS.escape(field)}"], [name^="${CSS.escape(field)}."], [data-field="${CSS.escape(field)}"]`,
  );
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

function StatusMessage({
  state,
  conflictMessage,
  fieldLabels,
  formId,
}: {
  state: FormState;
  conflictMessage: ConflictMessage;
  fieldLabels: FieldLabelNamespace;
  formId: string;
}) {
  const t = useTranslations("manage");
  const root = useTranslations();
  const message = useValidationMessage();
  // A refusal takes the focus to its summary at the top of the form, where the user's eyes go next.
  const summary = useRef<HTMLDivElement>(null);
  const refused = state.status !== "idle" && state.status !== "saved";
  useEffect(() => {
    if (refused) summary.current?.focus();
  }, [state, refused]);
  const fieldErrors = Object.entries(state.fieldErrors ?? {}).filter(([field]) => field !== "form");
  const shown = (field: string, value: unknown) => {
    const label = (v: unknown) => {
      const key = typeof v === "string" ? codeLabelKey(field, v) : null;
      return key && isMessageKey(root, key) ? root(key) : v;
    };
    return display(Array.isArray(value) ? value.map(label) : label(value), t);
  };
  if (state.status === "idle") return <div role="status" aria-live="polite" />;
  if (state.status === "saved") {
    return (
      <div role="status" aria-live="polite" className="message message-ok">
        <p>{t("status.saved")}</p>
        {state.notices?.map((notice) => (
          <p key={notice.key} data-notice={notice.key}>
            {t(`notice.${notice.key}`, notice.values)}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" className="message message-error" tabIndex={-1} ref={summary}>
      <p>{t(state.status === "conflict" ? conflictMessage : `status.${state.status}`)}</p>
      {fieldErrors.length > 0 ? (
        <ul className="error-summary" aria-label={t("status.errorSummary")}>
          {/* Each field once, by its label: its message stands beside the field itself. */}
          {fieldErrors.map(([field]) => (
            <li key={field}>
              <a
                href={`#${formId}-${field.replace(/[^a-zA-Z0-9_-]/g, "-")}`}
                onClick={(event) => focusField(event, field)}
              >
                {errorFieldLabel(root, fieldLabels, field) ?? t("status.errorInField")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {state.conflict ? (
        <>
          <p>{t("status.changedFields")}</p>
          <ul data-testid="conflict-fields">
            {state.conflict.changedFields.map((field) => (
              <li key={field}>
                <strong>{fieldLabelOf(root, fieldLabels, field)}</strong>:{" "}
                {shown(field, state.conflict!.current[field])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.fieldErrors?.form ? (
        <ul>
          {state.fieldErrors.form.map((m, i) => (
            <li key={i}>{message(m)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
