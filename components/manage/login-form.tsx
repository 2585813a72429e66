"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "use-intl";
import type { FormState } from "@/lib/manage/form-state";

/** E-mail and password; one message for any failure, another when rate-limited. */
export function LoginForm({
  action,
  locale,
  returnTo,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  locale: string;
  returnTo: string;
}) {
  const t = useTranslations("manage.login");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const id = useId();
  const failed = state.status === "invalid" || state.status === "rate_limited";
  const email = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <form action={formAction} className="manage-form login-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {failed ? (
        <p role="alert" id={`${id}-error`} className="message message-error">
          {state.status === "rate_limited" ? t("rateLimited") : t("failed")}
        </p>
      ) : (
        <div role="status" aria-live="polite" />
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          aria-describedby={failed ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={failed ? `${id}-error` : undefined}
        />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </p>
    </form>
  );
}
