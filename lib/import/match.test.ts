import { describe, expect, it } from "vitest";
import { detectColumns, isHeaderRow } from "./columns";
import { buildMemberIndex, matchMember, type ImportMember } from "./match-member";
import { parseActivity, parseAreas, parseKind, parseStartYear } from "./match-values";

const m = (
  id: number,
  code: string,
  name: string,
  shortName: string,
  kind: ImportMember["kind"] = "MUNICIPALITY",
): ImportMember => ({ id, code, name, shortName, kind });
const members = [
  m(1, "2480", "Umeå kommun", "Umeå"),
  m(2, "1480", "Göteborgs kommun", "Göteborg"),
  m(3, "1885", "Lindesbergs kommun", "Lindesberg"),
  m(4, "0305", "Håbo kommun", "Håbo"),
  m(5, "0643", "Habo kommun", "Habo"),
  m(6, "24", "Region Västerbotten", "Västerbotten", "REGION"),
  m(7, "0114", "Upplands Väsby kommun", "Upplands Väsby"),
  m(8, "12", "Region Skåne", "Region Skåne", "REGION"),
  m(9, "14", "Västra Götalandsregionen", "Västra Götalandsregionen", "REGION"),
  m(10, "01", "Region Stockholm", "Region Stockholm", "REGION"),
  m(11, "0180", "Stockholms kommun", "Stockholm"),
  m(12, "06", "Region Jönköpings län", "Region Jönköpings län", "REGION"),
  m(13, "0680", "Jönköpings kommun", "Jönköping"),
  m(14, "0980", "Region Gotland", "Gotland"),
];
const index = buildMemberIndex(members);
const matchedCode = (raw: string) => {
  const result = matchMember(raw, index);
  return result.status === "matched" ? [result.member.code, result.via] : [result.status];
};

describe("matchMember", () => {
  it.each([
    ["2480", ["2480", "code"]],
    ["Umeå", ["2480", "name"]],
    ["Umeå kommun", ["2480", "name"]],
    ["UMEÅ", ["2480", "name"]],
    ["Umea", ["2480", "name"]],
    ["Göteborgs stad", ["1480", "name"]],
    ["Gothenburg", ["1480", "exonym"]],
    ["Fellingsbro (Lindesberg)", ["1885", "parentheses"]],
    ["Region Västerbotten", ["24", "name"]],
    ["Upplands-Väsby", ["0114", "name"]],
    ["Håbo", ["0305", "name"]],
    ["Habo kommun", ["0643", "name"]],
    // Regions by their Swedish and English names.
    ["Region Skåne", ["12", "name"]],
    ["Skåne läns landsting", ["12", "region"]],
    ["Skåne County", ["12", "region"]],
    ["Skåne County Council", ["12", "region"]],
    ["Skåne", ["12", "name"]],
    ["Västra Götaland County", ["14", "region"]],
    ["Västra Götalandsregionen", ["14", "name"]],
    ["Region Västra Götaland", ["14", "region"]],
    ["Vastra Gotaland Region", ["14", "region"]],
    ["Västra Götaland", ["14", "name"]],
    ["Region Stockholm", ["01", "name"]],
    ["Stockholms läns landsting", ["01", "region"]],
    ["Stockholm County Council", ["01", "region"]],
    ["Stockholm", ["0180", "name"]],
    ["Stockholms stad", ["0180", "name"]],
    ["Jönköping County", ["06", "region"]],
    ["Region Jönköpings län", ["06", "name"]],
    ["Jönköpings läns landsting", ["06", "region"]],
    ["Jönköping", ["0680", "name"]],
    ["Region Gotland", ["0980", "name"]],
    ["9999", ["unmatched"]],
    ["Narnia", ["unmatched"]],
  ])("%s", (raw, expected) => {
    expect(matchedCode(raw)).toEqual(expected);
  });

  it("calls a folded name two kommuner share ambiguous rather than guessing", () => {
    // "Hàbo" folds to the key of both Håbo and Habo, and is spelled like neither.
    const result = matchMember("Hàbo", index);
    expect(result.status).toBe("ambiguous");
    expect(result.status === "ambiguous" && result.candidates.map((c) => c.code).sort()).toEqual([
      "0305",
      "0643",
    ]);
  });

  it("gives lower confidence to a match through parentheses", () => {
    expect(matchMember("Fellingsbro (Lindesberg)", index)).toMatchObject({
      status: "matched",
      confidence: 0.8,
    });
  });
});

describe("columns", () => {
  it("finds Swedish headings in any order", () => {
    expect(detectColumns(["Sedan", "Kommun", "Vänort", "Land", "Typ", "Status", "Områden"])).toEqual({
      startYear: 0,
      member: 1,
      partner: 2,
      country: 3,
      kind: 4,
      status: 5,
      areas: 6,
    });
  });

  it("finds English headings", () => {
    expect(detectColumns(["Municipality", "Twin town", "Country", "Type", "Since"])).toEqual({
      member: 0,
      partner: 1,
      country: 2,
      kind: 3,
      startYear: 4,
    });
  });

  it("tells a header row from a data row", () => {
    expect(isHeaderRow(["Kommun", "Vänort"])).toBe(true);
    expect(isHeaderRow(["Umeå", "Vasa"])).toBe(false);
  });
});

describe("values", () => {
  it("reads kinds, statuses and years", () => {
    expect(parseKind("Vänort")).toBe("TWIN_TOWN");
    expect(parseKind("")).toBe("TWIN_TOWN");
    expect(parseKind("Kommunalt partnerskap")).toBe("MUNICIPAL_PARTNERSHIP");
    expect(parseKind("annat")).toBe("OTHER");
    expect(parseKind("foo")).toBeUndefined();
    expect(parseActivity("Aktiv")).toBe("ACTIVE");
    expect(parseActivity("")).toBeNull();
    expect(parseActivity("snart")).toBeUndefined();
    const now = new Date("2026-06-01");
    expect(parseStartYear("sedan 1972", now)).toBe(1972);
    expect(parseStartYear("1999-05-01", now)).toBe(1999);
    expect(parseStartYear("1946.0", now)).toBe(1946);
    expect(parseStartYear("", now)).toBeNull();
    expect(parseStartYear("2035", now)).toBeUndefined();
    expect(parseStartYear("länge", now)).toBeUndefined();
  });

  it("reads areas whose names hold a comma", () => {
    const options = [
      { code: "culture", nameSv: "Kultur", nameEn: "Culture" },
      {
        code: "environment",
        nameSv: "Miljöskydd, hälsoskydd och klimat",
        nameEn: "Environmental and health protection, climate",
      },
      { code: "gastronomy", nameSv: "Gastronomi", nameEn: "Gastronomy" },
    ];
    expect(parseAreas("Kultur, Miljöskydd, hälsoskydd och klimat / Gastronomi, Rymdfart", options)).toEqual({
      codes: ["culture", "environment", "gastronomy"],
      unknown: ["Rymdfart"],
    });
  });
});
