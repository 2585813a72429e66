import { describe, expect, it } from "vitest";
import { describeIssue } from "./describe-issue";
import type { IssueCode } from "./preview";

const CODES: IssueCode[] = [
  "missing_columns",
  "member_missing",
  "member_unmatched",
  "member_ambiguous",
  "member_out_of_scope",
  "partner_missing",
  "partner_unmatched",
  "partner_ambiguous",
  "country_unknown",
  "kind_unknown",
  "start_year_invalid",
  "status_unknown",
  "areas_unknown",
  "duplicate_existing",
  "duplicate_in_file",
];

describe("describeIssue", () => {
  it.each(CODES)("explains %s in Swedish and English", (code) => {
    for (const locale of ["sv", "en"] as const) {
      const text = describeIssue({ code, value: "Narnia" }, locale);
      expect(text).not.toContain("import.issues");
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it("names the value the user wrote", () => {
    expect(describeIssue({ code: "member_unmatched", value: "Narnia" }, "sv")).toBe(
      "”Narnia” är ingen svensk kommun eller region som registret känner till. Skriv kommunens namn eller kommunkod.",
    );
    expect(describeIssue({ code: "kind_unknown", value: "foo" }, "en")).toBe(
      "“foo” is not a kind of cooperation. Write twin town, municipal partnership or other.",
    );
  });
});
