import { describe, expect, it } from "vitest";
import { countyName, municipalityGroupName } from "./region-names";

describe("county and municipality group names", () => {
  const vasterbotten = { code: "24", name: "Västerbottens län" };

  it("names a county in Swedish or English", () => {
    expect(countyName(vasterbotten, "sv")).toBe("Västerbottens län");
    expect(countyName(vasterbotten, "en")).toBe("Västerbotten County");
    expect(countyName({ code: "14", name: "Västra Götalands län" }, "en")).toBe("Västra Götaland County");
  });

  it("has an English name for each of the 21 counties", () => {
    const codes = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13"]
      .concat(["14", "17", "18", "19", "20", "21", "22", "23", "24", "25"])
      .map((code) => countyName({ code, name: "?" }, "en"));
    expect(codes.filter((n) => !n.endsWith(" County"))).toEqual([]);
    expect(new Set(codes).size).toBe(21);
  });

  it("names a municipality group in Swedish or English", () => {
    expect(municipalityGroupName({ code: "C9", name: "Landsbygdskommun med besöksnäring" }, "sv")).toBe(
      "Landsbygdskommun med besöksnäring",
    );
    expect(municipalityGroupName({ code: "C9", name: "Landsbygdskommun med besöksnäring" }, "en")).toBe(
      "Rural municipalities with a visitor industry",
    );
  });
});
