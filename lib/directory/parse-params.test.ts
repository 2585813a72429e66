import { describe, expect, it } from "vitest";
import { searchParamsToRecord } from "./page-params";
import {
  pageCountOf,
  parseDirectoryParams,
  serializeDirectoryParams,
  type SearchParams,
} from "./parse-params";
import { NO_FILTERS, type DirectoryFilters, type ParsedDirectoryParams } from "./types";

const searchParamsOf = (query: string | URLSearchParams) => searchParamsToRecord(new URLSearchParams(query));

const parse = (query: string) => parseDirectoryParams(searchParamsOf(query));
const filters = (overrides: Partial<DirectoryFilters>): DirectoryFilters => ({ ...NO_FILTERS, ...overrides });

describe("parseDirectoryParams", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseDirectoryParams({})).toEqual({ filters: NO_FILTERS, sort: "name", page: 1, invalid: [] });
  });

  it("maps the Swedish URL values to the domain's enumerations", () => {
    const { filters: f, invalid } = parse(
      "typ=vanort&typ=partnerskap&typ=annat&aktivitet=aktiv&aktivitet=sporadisk&aktivitet=vilande&aktivitet=okand&medlem=kommun&medlem=region",
    );
    expect(invalid).toEqual([]);
    expect(f.kinds).toEqual(["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"]);
    expect(f.activities).toEqual(["ACTIVE", "SPORADIC", "DORMANT", "UNKNOWN"]);
    expect(f.organisationKinds).toEqual(["MUNICIPALITY", "REGION"]);
  });

  it("reads every filter, normalising case and whitespace", () => {
    const parsed = parse(
      "lan=24&kommungrupp=a1&land=fi&land=NO&omrade=Culture&finansiering=own_means&fran=1990&till=2000&avslutade=1&utan=on&q=%20%20Vasa%20%20stad%20&sortera=startYear&sida=3",
    );
    expect(parsed).toEqual({
      filters: filters({
        counties: ["24"],
        municipalityGroups: ["A1"],
        countries: ["FI", "NO"],
        areas: ["culture"],
        fundingForms: ["own_means"],
        yearFrom: 1990,
        yearTo: 2000,
        includeEnded: true,
        hasNone: true,
        query: "Vasa stad",
      }),
      sort: "startYear",
      page: 3,
      invalid: [],
    });
  });

  it("ignores empty values, as a form sends them for 'any', and duplicates", () => {
    expect(parse("lan=&land=FI&land=fi&fran=&q=%20&sida=&sortera=")).toEqual({
      filters: filters({ countries: ["FI"] }),
      sort: "name",
      page: 1,
      invalid: [],
    });
  });

  it("ignores parameters it does not know", () => {
    expect(parse("utm_source=news&land=SE").invalid).toEqual([]);
  });

  it.each([
    ["typ=vänort", "typ", "vänort"],
    ["typ=TWIN_TOWN", "typ", "TWIN_TOWN"],
    ["aktivitet=ACTIVE", "aktivitet", "ACTIVE"],
    ["medlem=landsting", "medlem", "landsting"],
    ["land=FIN", "land", "FIN"],
    ["land=1A", "land", "1A"],
    ["land=F", "land", "F"],
    ["lan=2", "lan", "2"],
    ["lan=ab", "lan", "ab"],
    ["kommungrupp=A3", "kommungrupp", "A3"],
    ["kommungrupp=D1", "kommungrupp", "D1"],
    ["omrade=kultur-och-fritid", "omrade", "kultur-och-fritid"],
    ["omrade=a", "omrade", "a"],
    [`finansiering=${"x".repeat(41)}`, "finansiering", `${"x".repeat(40)}…`],
    ["fran=abc", "fran", "abc"],
    ["fran=99999", "fran", "99999"],
    ["fran=1850", "fran", "1850"],
    ["till=2101", "till", "2101"],
    ["fran=19.5", "fran", "19.5"],
    ["fran=-1999", "fran", "-1999"],
    ["avslutade=ja", "avslutade", "ja"],
    ["utan=2", "utan", "2"],
    ["sortera=random", "sortera", "random"],
    ["sida=0", "sida", "0"],
    ["sida=10001", "sida", "10001"],
    ["sida=two", "sida", "two"],
    ["sida=1e3", "sida", "1e3"],
    [`q=${"a".repeat(101)}`, "q", `${"a".repeat(40)}…`],
  ])("drops and reports %s", (query, param, value) => {
    const parsed = parse(query);
    expect(parsed.invalid).toEqual([{ param, value }]);
    expect(parsed.filters).toEqual(NO_FILTERS);
    expect(parsed).toMatchObject({ sort: "name", page: 1 });
  });

  it("accepts a query of exactly 100 characters and years and pages at the bounds", () => {
    const parsed = parse(`q=${"a".repeat(100)}&fran=1900&till=2100&sida=10000`);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.filters).toMatchObject({ query: "a".repeat(100), yearFrom: 1900, yearTo: 2100 });
    expect(parsed.page).toBe(10000);
  });

  it("keeps the good values of a list and reports the bad ones", () => {
    const parsed = parse("land=FI&land=Finland&land=no&typ=vanort&typ=kompis");
    expect(parsed.filters.countries).toEqual(["FI", "NO"]);
    expect(parsed.filters.kinds).toEqual(["TWIN_TOWN"]);
    expect(parsed.invalid).toEqual([
      { param: "typ", value: "kompis" },
      { param: "land", value: "Finland" },
    ]);
  });

  it("drops 'till' when it is before 'fran'", () => {
    const parsed = parse("fran=2005&till=1999");
    expect(parsed.filters).toMatchObject({ yearFrom: 2005 });
    expect(parsed.filters.yearTo).toBeUndefined();
    expect(parsed.invalid).toEqual([{ param: "till", value: "1999" }]);
  });

  it("takes the first value of a single-valued parameter and reports the repeats", () => {
    const parsed = parse("sida=2&sida=3&fran=1990&fran=1995");
    expect(parsed.page).toBe(2);
    expect(parsed.filters.yearFrom).toBe(1990);
    expect(parsed.invalid).toEqual([
      { param: "fran", value: "1995" },
      { param: "sida", value: "3" },
    ]);
  });

  it("never throws, whatever it is given", () => {
    const nasty: SearchParams = {
      land: ["'; DROP TABLE x;--", "\u0000", "ÅÄ"],
      sida: "NaN",
      fran: "Infinity",
      q: undefined,
      typ: [],
      sortera: "__proto__",
      aktivitet: "constructor",
    };
    const parsed = parseDirectoryParams(nasty);
    expect(parsed.filters).toEqual(NO_FILTERS);
    expect(parsed.invalid.map((i) => i.param).sort()).toEqual([
      "aktivitet",
      "fran",
      "land",
      "land",
      "land",
      "sida",
      "sortera",
    ]);
  });
});

describe("serializeDirectoryParams", () => {
  it("leaves out every default", () => {
    expect(serializeDirectoryParams({ filters: NO_FILTERS }).toString()).toBe("");
    expect(serializeDirectoryParams({ filters: NO_FILTERS, sort: "name", page: 1 }).toString()).toBe("");
    expect(serializeDirectoryParams({ filters: {} }).toString()).toBe("");
  });

  it("writes the Swedish URL values and repeats multi-valued parameters", () => {
    const params = serializeDirectoryParams({
      filters: {
        countries: ["FI", "NO"],
        kinds: ["TWIN_TOWN"],
        activities: ["UNKNOWN"],
        organisationKinds: ["REGION"],
      },
      sort: "country",
      page: 2,
    });
    expect(params.toString()).toBe(
      "medlem=region&typ=vanort&aktivitet=okand&land=FI&land=NO&sortera=country&sida=2",
    );
  });

  const full: ParsedDirectoryParams = {
    filters: {
      counties: ["24", "22"],
      municipalityGroups: ["A1", "C9"],
      organisationKinds: ["MUNICIPALITY"],
      kinds: ["TWIN_TOWN", "OTHER"],
      activities: ["ACTIVE", "UNKNOWN"],
      countries: ["FI", "XK"],
      areas: ["culture", "municipal_engineering"],
      fundingForms: ["own_means", "sida_icld"],
      yearFrom: 1990,
      yearTo: 2018,
      includeEnded: true,
      hasNone: true,
      query: 'Xi\'an & Umeå; 50% "väst"',
    },
    sort: "partnerships",
    page: 17,
    invalid: [],
  };

  it.each([
    ["every filter set", full],
    ["nothing set", { filters: NO_FILTERS, sort: "name", page: 1, invalid: [] } as ParsedDirectoryParams],
    [
      "one filter",
      {
        filters: filters({ activities: ["DORMANT"] }),
        sort: "startYear",
        page: 1,
        invalid: [],
      } as ParsedDirectoryParams,
    ],
  ])("round-trips through a URL: %s", (_, view) => {
    const url = `https://example.se/samarbeten?${serializeDirectoryParams(view).toString()}`;
    expect(parseDirectoryParams(searchParamsOf(new URL(url).searchParams))).toEqual(view);
  });

  it("is a fixed point on what it parsed from a messy URL", () => {
    const parsed = parse("land=fi&typ=VANORT&q=%20Vasa%20&sida=2&land=bad");
    const again = serializeDirectoryParams(parsed);
    expect(again.toString()).toBe("typ=vanort&land=FI&q=Vasa&sida=2");
    expect(serializeDirectoryParams(parseDirectoryParams(searchParamsOf(again))).toString()).toBe(
      again.toString(),
    );
  });
});

describe("pageCountOf", () => {
  it("counts whole pages of 50 and never fewer than one", () => {
    expect([0, 1, 50, 51, 100, 101].map(pageCountOf)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe("parseDirectoryParams: control characters in the name search", () => {
  it("removes them, and drops a query made only of them", () => {
    expect(parseDirectoryParams({ q: "Um\u0000eå" }).filters.query).toBe("Umeå");
    const onlyNoise = parseDirectoryParams({ q: "\u0000\u0001" });
    expect(onlyNoise.filters.query).toBeUndefined();
  });
});
