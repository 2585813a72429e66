import { describe, expect, it } from "vitest";
import { parseRegistryPlace, type RegistryPlaceInput } from "./input";

const valid: RegistryPlaceInput = {
  names: [
    { name: "Saaremaa", lang: "et" },
    { name: "Ösel", lang: "SV" },
    { name: "", lang: "" },
  ],
  countryCode: "ee",
  kind: "MUNICIPALITY",
  latitude: "58,25",
  longitude: "22.5",
  wikidataId: "q1711880",
  geonamesId: "",
};

const errorsOf = (input: Partial<RegistryPlaceInput>) => {
  const result = parseRegistryPlace({ ...valid, ...input });
  return result.ok ? {} : result.fieldErrors;
};

describe("parseRegistryPlace: what an officer types for a place the gazetteer lacks", () => {
  it("reads names with their languages, the country, the kind, decimal commas and ids", () => {
    expect(parseRegistryPlace(valid)).toEqual({
      ok: true,
      data: {
        names: [
          { name: "Saaremaa", lang: "et" },
          { name: "Ösel", lang: "sv" },
        ],
        countryCode: "EE",
        kind: "MUNICIPALITY",
        latitude: 58.25,
        longitude: 22.5,
        wikidataId: "Q1711880",
        geonamesId: null,
      },
    });
  });

  it("keeps a name given twice in one language once", () => {
    const result = parseRegistryPlace({
      ...valid,
      names: [
        { name: "Saaremaa", lang: "et" },
        { name: "Saaremaa", lang: "et" },
      ],
    });
    expect(result.ok && result.data.names).toEqual([{ name: "Saaremaa", lang: "et" }]);
  });

  it.each([
    [{ names: [{ name: "", lang: "" }] }, "names.0.name", "placeNameRequired"],
    [{ names: [{ name: "Saaremaa", lang: "" }] }, "names.0.lang", "placeNameLanguageInvalid"],
    [{ names: [{ name: "Saaremaa", lang: "estonian" }] }, "names.0.lang", "placeNameLanguageInvalid"],
    [
      {
        names: [
          { name: "Saaremaa", lang: "et" },
          { name: "", lang: "sv" },
        ],
      },
      "names.1.name",
      "placeNameMissing",
    ],
    [{ countryCode: "" }, "countryCode", "countryRequired"],
    [{ countryCode: "Estonia" }, "countryCode", "countryRequired"],
    [{ kind: "VILLAGE" as never }, "kind", "placeKindRequired"],
    [{ kind: "" as never }, "kind", "placeKindRequired"],
    [{ latitude: "" }, "latitude", "latitudeInvalid"],
    [{ latitude: "91" }, "latitude", "latitudeInvalid"],
    [{ latitude: "58°15′N" }, "latitude", "latitudeInvalid"],
    [{ longitude: "-180.5" }, "longitude", "longitudeInvalid"],
    [{ longitude: "east" }, "longitude", "longitudeInvalid"],
    [{ wikidataId: "1711880" }, "wikidataId", "wikidataIdInvalid"],
    [{ wikidataId: "Q0" }, "wikidataId", "wikidataIdInvalid"],
    [{ geonamesId: "-4" }, "geonamesId", "geonamesIdInvalid"],
    [{ geonamesId: "1.5" }, "geonamesId", "geonamesIdInvalid"],
    [{ geonamesId: "1900000000" }, "geonamesId", "geonamesIdInvalid"],
  ])("refuses %o at %s with %s", (input, field, code) => {
    expect(errorsOf(input)[field]?.map((m) => m.code)).toEqual([code]);
  });

  it("refuses a name over 120 characters, naming the field", () => {
    expect(errorsOf({ names: [{ name: "x".repeat(121), lang: "et" }] })["names.0.name"]).toEqual([
      { code: "tooLong", values: { field: "registryPlaceName", max: 120 } },
    ]);
  });

  it("reports every refused field at once", () => {
    expect(
      Object.keys(
        errorsOf({ names: [{ name: "Saaremaa", lang: "x" }], latitude: "100", wikidataId: "Q" }),
      ).sort(),
    ).toEqual(["latitude", "names.0.lang", "wikidataId"]);
  });
});
