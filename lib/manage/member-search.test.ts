import { describe, expect, it } from "vitest";
import { filterMemberRows, parseMemberFilters, type MemberRow } from "./member-search";

const row = (over: Partial<MemberRow>): MemberRow => ({
  id: 1,
  code: "2480",
  name: "Umeå kommun",
  slug: "umea",
  kind: "MUNICIPALITY",
  county: { code: "24", name: "Västerbottens län" },
  officers: [],
  contactEmail: null,
  responded: null,
  ...over,
});

describe("parseMemberFilters", () => {
  it("reads the URL's filters and drops what it does not know", () => {
    expect(
      parseMemberFilters({ q: " Umeå ", lan: "24", medlem: "Region", handlaggare: "ja", svarat: "nej" }),
    ).toEqual({ query: "Umeå", county: "24", kind: "REGION", officer: true, responded: false });
    const none = parseMemberFilters({
      lan: "Västerbotten",
      medlem: "stad",
      handlaggare: "kanske",
      svarat: ["x"],
    });
    expect(none).toEqual({ query: "", county: null, kind: null, officer: null, responded: null });
    expect(parseMemberFilters({ q: "x".repeat(500) }).query).toHaveLength(100);
    // A key like "__proto__" is no filter value.
    expect(parseMemberFilters({ medlem: "__proto__" }).kind).toBeNull();
  });
});

describe("filterMemberRows", () => {
  const rows = [
    row({}),
    row({
      id: 2,
      code: "2283",
      name: "Sollefteå kommun",
      county: { code: "22", name: "Västernorrlands län" },
    }),
    row({
      id: 3,
      code: "24",
      name: "Region Västerbotten",
      kind: "REGION",
      officers: [{ name: "A", email: "a@x" }],
    }),
  ];
  const codes = (params: Record<string, string>) =>
    filterMemberRows(rows, parseMemberFilters(params)).map((r) => r.code);

  it("matches the name anywhere with accents folded, or the exact code", () => {
    expect(codes({ q: "UMEA" })).toEqual(["2480"]);
    expect(codes({ q: "vasterbott" })).toEqual(["24"]);
    expect(codes({ q: "2283" })).toEqual(["2283"]);
    expect(codes({ q: "kommun" })).toEqual(["2480", "2283"]);
  });

  it("combines county, kind and officer filters", () => {
    expect(codes({ lan: "24" })).toEqual(["2480", "24"]);
    expect(codes({ lan: "24", medlem: "kommun" })).toEqual(["2480"]);
    expect(codes({ handlaggare: "ja" })).toEqual(["24"]);
    expect(codes({ handlaggare: "nej", lan: "22" })).toEqual(["2283"]);
  });
});
