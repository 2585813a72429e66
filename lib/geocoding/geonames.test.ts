import { describe, expect, it } from "vitest";
import { parseGeoNamesLine } from "./geonames";

const VAASA =
  "632978\tVaasa\tVaasa\tNikolainkaupunki,Nikolaistad,VAA,Vaasa,Vas,Vasa,Wasa,basa,Вааса,瓦萨\t63.096\t21.61577\tP\tPPLA\tFI\t\t15\t152\t905\t\t67631\t\t7\tEurope/Helsinki\t2022-08-13";

describe("parseGeoNamesLine", () => {
  it("reads the fields and normalises every name once", () => {
    const place = parseGeoNamesLine(VAASA);
    expect(place).toMatchObject({
      id: 632978,
      name: "Vaasa",
      countryCode: "FI",
      admin1Code: "15",
      admin2Code: "152",
      population: 67631,
      featureCode: "PPLA",
      timezone: "Europe/Helsinki",
      latitude: 63.096,
      longitude: 21.61577,
    });
    expect(place!.searchNames).toEqual([
      "vaasa",
      "nikolainkaupunki",
      "nikolaistad",
      "vaa",
      "vas",
      "vasa",
      "wasa",
      "basa",
    ]);
  });

  it("drops names that normalise to nothing and keeps transliterations", () => {
    const place = parseGeoNamesLine(VAASA)!;
    expect(place.searchNames).not.toContain("");
  });

  it("rejects short or broken lines", () => {
    expect(parseGeoNamesLine("")).toBeNull();
    expect(parseGeoNamesLine("x\tVaasa")).toBeNull();
    expect(parseGeoNamesLine(VAASA.replace("632978", "abc"))).toBeNull();
  });
});
