// An import issue in the reader's language, for the preview (and any later import page).
import type { Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import type { RowIssue } from "./preview";

export function describeIssue(issue: RowIssue, locale: Locale): string {
  return getI18n(locale).t(`import.issues.${issue.code}`, { value: issue.value ?? "" });
}
