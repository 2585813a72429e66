import { describe, expect, it } from "vitest";
import { adminUnitKind, adminUnitNames } from "./admin-unit-names";
import { placeSearchKeys } from "./search-keys";

describe("adminUnitNames: a unit is found by its name with and without the generic word", () => {
  it.each([
    ["Gentofte Kommune", ["Gentofte Kommune", "Gentofte"]],
    ["Gladsaxe Municipality", ["Gladsaxe Municipality", "Gladsaxe"]],
    ["Saaremaa vald", ["Saaremaa vald", "Saaremaa"]],
    ["Tartu linn", ["Tartu linn", "Tartu"]],
    ["Powiat gdański", ["Powiat gdański", "gdański"]],
    ["Comuna Ştefan Vodă", ["Comuna Ştefan Vodă", "Ştefan Vodă"]],
    ["North Ayrshire", ["North Ayrshire"]],
    ["Hemnes", ["Hemnes"]],
  ])("%s -> %o", (name, names) => {
    expect(adminUnitNames(name)).toEqual(names);
  });

  it("gives the search keys the gazetteer writes", () => {
    expect(placeSearchKeys(adminUnitNames("Mariagerfjord Kommune"))).toEqual({
      searchNames: ["mariagerfjord kommune", "mariagerfjord"],
      searchText: "mariagerfjord kommune | mariagerfjord",
    });
  });

  it("calls second-order units municipalities where they are the municipal level", () => {
    expect(adminUnitKind(2, "DK")).toBe("MUNICIPALITY");
    expect(adminUnitKind(2, "EE")).toBe("MUNICIPALITY");
    expect(adminUnitKind(2, "FI")).toBe("REGION");
    expect(adminUnitKind(2, "GB")).toBe("REGION");
    expect(adminUnitKind(1, "DK")).toBe("REGION");
  });
});
