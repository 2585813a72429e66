import { describe, expect, it } from "vitest";
import { BOARD_PARAMS, parseBoardParams, serializeBoardParams } from "./params";
import { isHoneypotFilled, parseAbroadRequest, parseMemberRequest } from "./validation";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};
const TODAY = new Date("2026-12-05T10:00:00Z");
const memberBase: [string, string][] = [
  ["kind", "TWIN_TOWN"],
  ["countryCodes", "pl"],
  ["areaCodes", "culture"],
  ["fundingCodes", "sida_icld"],
  ["description", "Vi söker en vänort i Polen för skolutbyten."],
  ["contactName", "Anna Andersson"],
  ["contactEmail", "anna@umea.se"],
];

describe("parseMemberRequest", () => {
  it("accepts a complete request and ends it six months ahead by default", () => {
    const result = parseMemberRequest(form(memberBase), TODAY);
    expect(result).toMatchObject({
      ok: true,
      input: { countryCodes: ["PL"], endsOn: "2027-06-05", descriptionEn: "", worldRegions: [] },
    });
  });

  it("wants a country or a world region, a real e-mail address and a kind", () => {
    const result = parseMemberRequest(
      form([
        ["kind", "SOMETHING"],
        ["description", "Vi söker en vänort i Polen för skolutbyten."],
        ["contactName", "Anna"],
        ["contactEmail", "not an address"],
      ]),
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.kind?.[0]?.code).toBe("seekKindRequired");
    expect(result.fieldErrors.contactEmail?.[0]?.code).toBe("emailInvalid");
    expect(result.fieldErrors.countryCodes?.[0]?.code).toBe("seekCountriesRequired");
    const region = parseMemberRequest(
      form([...memberBase.filter(([k]) => k !== "countryCodes"), ["worldRegions", "NORDIC"]]),
      TODAY,
    );
    expect(region.ok).toBe(true);
  });

  it("refuses an end date in the past, today, or more than a year ahead", () => {
    for (const endsOn of ["2026-12-04", "2026-12-05", "2027-12-06", "2027-02-31x"]) {
      const result = parseMemberRequest(form([...memberBase, ["endsOn", endsOn]]), TODAY);
      expect(result.ok, endsOn).toBe(false);
    }
    expect(parseMemberRequest(form([...memberBase, ["endsOn", "2027-12-05"]]), TODAY).ok).toBe(true);
  });

  it("bounds sizes: description, lists", () => {
    const long = parseMemberRequest(
      form([...memberBase.slice(0, 4), ["description", "x".repeat(4001)]]),
      TODAY,
    );
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.fieldErrors.description?.[0]).toMatchObject({ code: "tooLong" });
    const many = form([
      ...memberBase,
      ...Array.from({ length: 31 }, (): [string, string] => ["countryCodes", "FI"]),
    ]);
    expect(parseMemberRequest(many, TODAY).ok).toBe(false);
  });
});

describe("parseAbroadRequest", () => {
  const base: [string, string][] = [
    ["kind", "MUNICIPAL_PARTNERSHIP"],
    ["countryCode", "ua"],
    ["areaCodes", "democracy"],
    ["description", "Our town seeks a Swedish partner for local democracy work."],
    ["contactName", "Olena"],
    ["contactEmail", "olena@example.ua"],
  ];

  it("takes a gazetteer place or a typed town name, but wants one of them", () => {
    expect(parseAbroadRequest(form([...base, ["placeId", "703448"]]))).toMatchObject({
      ok: true,
      input: { placeId: 703448, countryCode: "UA" },
    });
    expect(parseAbroadRequest(form([...base, ["townName", "Nova Vodolaha"]]))).toMatchObject({
      ok: true,
      input: { placeId: null, townName: "Nova Vodolaha" },
    });
    const neither = parseAbroadRequest(form(base));
    expect(neither.ok).toBe(false);
    if (!neither.ok) expect(neither.fieldErrors.placeId?.[0]?.code).toBe("seekTownRequired");
  });

  it("refuses a short description and an id that is no number", () => {
    const result = parseAbroadRequest(
      form([...base.filter(([k]) => k !== "description"), ["description", "hi"], ["placeId", "1; DROP"]]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["description", "placeId"]);
  });

  it("takes a new town's position with the box ticked, as people type it, and wants it whole", () => {
    const town: [string, string][] = [...base, ["townName", "Nova Vodolaha"], ["newTown", "1"]];
    expect(
      parseAbroadRequest(form([...town, ["latitude", "49,7216"], ["longitude", " 35.8667 "]])),
    ).toMatchObject({ ok: true, input: { newTown: true, latitude: 49.7216, longitude: 35.8667 } });
    const missing = parseAbroadRequest(form([...town, ["latitude", "49.72"]]));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fieldErrors).toEqual({ latitude: [{ code: "seekTownPosition" }] });
    const outside = parseAbroadRequest(form([...town, ["latitude", "91"], ["longitude", "1e3"]]));
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(Object.keys(outside.fieldErrors).sort()).toEqual(["latitude", "longitude"]);
  });

  it("ignores a position without the box, and the box when a place was chosen", () => {
    expect(
      parseAbroadRequest(
        form([...base, ["townName", "Nova Vodolaha"], ["latitude", "49.7"], ["longitude", "35.8"]]),
      ),
    ).toMatchObject({ ok: true, input: { newTown: false, latitude: null, longitude: null } });
    expect(
      parseAbroadRequest(form([...base, ["placeId", "703448"], ["newTown", "1"], ["latitude", "49.7"]])),
    ).toMatchObject({ ok: true, input: { placeId: 703448, newTown: false, latitude: null } });
  });

  it("keeps a hostile or overlong town name as bounded text", () => {
    const hostile = `<img src=x onerror=alert(1)>'; DROP TABLE "Place";--`;
    expect(
      parseAbroadRequest(
        form([...base, ["townName", hostile], ["newTown", "1"], ["latitude", "1"], ["longitude", "2"]]),
      ),
    ).toMatchObject({
      ok: true,
      input: { townName: hostile },
    });
    const long = parseAbroadRequest(form([...base, ["townName", "x".repeat(201)]]));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.fieldErrors.townName?.[0]?.code).toBe("tooLong");
  });

  it("sees the honeypot", () => {
    expect(isHoneypotFilled(form([["homepage", "http://spam.example"]]))).toBe(true);
    expect(isHoneypotFilled(form([["homepage", ""]]))).toBe(false);
  });
});

describe("board parameters", () => {
  it("reads the filters, drops bad values and names them, and writes them back in order", () => {
    const parsed = parseBoardParams({
      [BOARD_PARAMS.side]: "UTLAND",
      [BOARD_PARAMS.kind]: ["vanort", "kaffe"],
      [BOARD_PARAMS.country]: ["ua", "Ukraina"],
      [BOARD_PARAMS.area]: "culture",
      [BOARD_PARAMS.page]: "2",
    });
    expect(parsed.filters).toEqual({
      sides: ["ABROAD"],
      kinds: ["TWIN_TOWN"],
      countries: ["UA"],
      areas: ["culture"],
      fundingForms: [],
    });
    expect(parsed.invalid).toEqual([
      { param: "typ", value: "kaffe" },
      { param: "land", value: "Ukraina" },
    ]);
    expect(parsed.page).toBe(2);
    expect(serializeBoardParams(parsed).toString()).toBe(
      "fran=utland&typ=vanort&land=UA&omrade=culture&sida=2",
    );
  });
});
