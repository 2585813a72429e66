import { describe, expect, it } from "vitest";
import { describeIssue, describeMatchReason } from "./describe-issue";
import type { MatchReason } from "./match-partner";
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
  "partner_several_in_country",
  "partner_small_place",
  "partner_country_missing",
  "country_unknown",
  "country_ambiguous",
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

  it("says why a row needs review, with its figures", () => {
    expect(describeIssue({ code: "partner_small_place", value: "Hemnes", population: 613 }, "en")).toContain(
      "(613 inhabitants)",
    );
    expect(describeIssue({ code: "partner_small_place", value: "Hemnes", population: 1243 }, "sv")).toContain(
      "(1\u00a0243 invånare)",
    );
    expect(describeIssue({ code: "partner_several_in_country", value: "Stromberg", count: 2 }, "sv")).toMatch(
      /^2 orter i landet heter ”Stromberg”/,
    );
  });
});

describe("describeMatchReason", () => {
  const reasons: MatchReason[] = [
    { code: "exact_name" },
    { code: "alternate_name" },
    { code: "only_in_country" },
    { code: "larger_by", ratio: 12 },
    { code: "others_size_unknown" },
    { code: "own_name_only" },
    { code: "region_named", region: "Minnesota" },
    { code: "chosen" },
  ];
  it.each(reasons)("explains $code in Swedish and English", (reason) => {
    for (const locale of ["sv", "en"] as const) {
      const text = describeMatchReason(reason, locale);
      expect(text).not.toContain("import.matchReasons");
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it("names how much larger", () => {
    expect(describeMatchReason({ code: "larger_by", ratio: 12 }, "sv")).toBe(
      "12 gånger större än nästa ort med samma namn i landet",
    );
  });
});
