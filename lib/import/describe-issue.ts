// An import issue, and why a match was taken, in the reader's language, for the preview (and
// any later import page).
import type { Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import type { MatchReason } from "./match-partner";
import { issueParams, reasonParams } from "./issue-params";
import type { RowIssue } from "./preview";

export function describeIssue(issue: RowIssue, locale: Locale): string {
  return getI18n(locale).t(`import.issues.${issue.code}`, issueParams(issue));
}

/** Why a partner match was taken: "the only place of that name in the country", "12 times larger …". */
export function describeMatchReason(reason: MatchReason, locale: Locale): string {
  return getI18n(locale).t(`import.matchReasons.${reason.code}`, reasonParams(reason));
}
