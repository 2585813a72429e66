import type { RowIssue } from "./preview";

/** The parameters an import issue's text names: the value as written, a count, a population. */
export function issueParams(issue: RowIssue) {
  return { value: issue.value ?? "", count: issue.count ?? 0, population: issue.population ?? 0 };
}
