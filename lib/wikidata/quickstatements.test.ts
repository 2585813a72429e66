import { describe, expect, it } from "vitest";
import { quickStatements } from "./quickstatements";

describe("quickStatements", () => {
  it("states P190 both ways with start, end and the registry page as reference", () => {
    const text = quickStatements(
      [
        {
          memberItem: "Q25724",
          partnerItem: "Q42377",
          startYear: 1950,
          endedOn: "2024-01-31",
          pageUrl: "https://vanortsregistret.example/kommun/umea",
        },
        {
          memberItem: "Q25724",
          partnerItem: "Q1757",
          startYear: null,
          endedOn: null,
          pageUrl: "https://x.example/kommun/umea",
        },
      ],
      "2026-03-01",
    );
    expect(text.split("\n")).toEqual([
      'Q25724\tP190\tQ42377\tP580\t+1950-00-00T00:00:00Z/9\tP582\t+2024-01-31T00:00:00Z/11\tS854\t"https://vanortsregistret.example/kommun/umea"\tS813\t+2026-03-01T00:00:00Z/11',
      'Q42377\tP190\tQ25724\tP580\t+1950-00-00T00:00:00Z/9\tP582\t+2024-01-31T00:00:00Z/11\tS854\t"https://vanortsregistret.example/kommun/umea"\tS813\t+2026-03-01T00:00:00Z/11',
      'Q25724\tP190\tQ1757\tS854\t"https://x.example/kommun/umea"\tS813\t+2026-03-01T00:00:00Z/11',
      'Q1757\tP190\tQ25724\tS854\t"https://x.example/kommun/umea"\tS813\t+2026-03-01T00:00:00Z/11',
      "",
    ]);
  });

  it("leaves out anything that is not a Wikidata item, and the empty list is empty", () => {
    const bad = { startYear: null, endedOn: null, pageUrl: "https://x.example/" };
    expect(
      quickStatements(
        [
          { ...bad, memberItem: "Q1\tP31\tQ5", partnerItem: "Q2" },
          { ...bad, memberItem: "Q1", partnerItem: "-Q2" },
          { ...bad, memberItem: "Q7", partnerItem: "Q7" },
        ],
        "2026-03-01",
      ),
    ).toBe("");
  });
});
