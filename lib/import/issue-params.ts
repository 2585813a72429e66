import type { MatchReason } from "./match-partner";
import type { RowIssue } from "./preview";

/** The parameters an import issue's text names: the value as written, a count, a population. */
export function issueParams(issue: RowIssue) {
  return { value: issue.value ?? "", count: issue.count ?? 0, population: issue.population ?? 0 };
}

/** The parameters a match reason's text names: how many times larger, the region named. */
export function reasonParams(reason: MatchReason) {
  return {
    ratio: reason.code === "larger_by" ? reason.ratio : 0,
    region: reason.code === "region_named" ? reason.region : "",
  };
}
