import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchParamsToRecord } from "../../lib/directory/page-params";
import { parseDirectoryParams } from "../../lib/directory/parse-params";
import type { ParsedDirectoryParams } from "../../lib/directory/types";
import { findOrganisations } from "../../lib/organisations/directory";
import { findOrganisationPage, MEMBER_PAGE_SIZE } from "../../lib/organisations/queries";
import { createPartnership, type NewPartnership } from "../../lib/partnerships/create";
import { findDirectoryPartnerships, memberPartnershipTotals } from "../../lib/partnerships/queries";
import { partnerLabel } from "../../lib/partnerships/partner-label";
import type { PartnershipWithDetail } from "../../lib/partnerships/types";
import { nationalKeyFigures } from "../../lib/stats/key-figures";
import { PLACES } from "../../prisma/seed/documents";
import { testDatabase } from "../support/database";

const db = testDatabase();
const swedish = new Intl.Collator("sv");

/** A directory view from its query string; a typo in a test's URL fails loudly. */
function view(query: string): ParsedDirectoryParams {
  const parsed = parseDirectoryParams(searchParamsToRecord(new URLSearchParams(query)));
  expect(parsed.invalid).toEqual([]);
  return parsed;
}

/** "Sundsvall+Östersund–Trondheim": a partnership as a reader would name it. */
const describeRow = (p: PartnershipWithDetail) =>
  `${p.participants
    .map((x) => x.organisation.shortName)
    .sort(swedish.compare)
    .join("+")}–${p.partners.map((x) => partnerLabel(x)).join("+")}`;

async function partnerships(query: string) {
  const result = await findDirectoryPartnerships(db, view(query));
  return { ...result, names: result.rows.map(describeRow) };
}

async function members(query: string) {
  const result = await findOrganisations(db, view(query));
  return { ...result, names: result.rows.map((o) => o.shortName) };
}

/** Every member a view selects, across all its pages. */
async function allMembers(query: string) {
  const first = await findOrganisations(db, view(query));
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, i) =>
      findOrganisations(db, { ...view(query), page: i + 2 }),
    ),
  );
  return [first, ...rest].flatMap((page) => page.rows);
}

const UMEA_ALL = 11;
const SEEDED = 17;

describe("the seeded facts alone", () => {
  it("key figures count the four members with partnerships, twelve countries, none active", async () => {
    expect(await nationalKeyFigures(db)).toEqual({
      membersWithPartnerships: 4,
      membersWithActivePartnerships: 0,
      partnerCountries: 12,
      currentPartnerships: SEEDED,
      partnershipsWithKnownActivity: 0,
    });
  });

  it("every seeded partnership has an unknown activity level", async () => {
    expect((await partnerships("aktivitet=okand")).total).toBe(SEEDED);
    expect((await partnerships("aktivitet=aktiv&aktivitet=sporadisk&aktivitet=vilande")).total).toBe(0);
  });
});

// Activity levels, ended and removed partnerships, funding, regions and kommungrupper are not
// in the source documents: these fixtures add them, and are deleted again afterwards because
// the test files after this one count the seeded rows exactly.
const FIXTURES = { source: "test:directory-filters", actor: { label: "test:directory-filters" } };
const GROUPED = { "2584": "C6", "2101": "C8" } as const; // Kiruna, Ockelbo

async function removeFixtures(fixtures: typeof FIXTURES) {
  await db.partnership.deleteMany({ where: { source: fixtures.source } });
  await db.auditEvent.deleteMany({ where: { actorLabel: fixtures.actor.label } });
}

describe("with fixtures for what the seed lacks", () => {
  const ids = { active: 0, sporadic: 0, ended: 0, removed: 0, dormant: 0 };

  beforeAll(async () => {
    const member = async (code: string) => (await db.organisation.findUniqueOrThrow({ where: { code } })).id;
    const [kiruna, ockelbo, regionVasterbotten] = await Promise.all([
      member("2584"),
      member("2101"),
      member("24"),
    ]);
    for (const [code, group] of Object.entries(GROUPED)) {
      await db.organisation.update({ where: { code }, data: { municipalityGroupCode: group } });
    }
    const create = async (input: Omit<NewPartnership, "source" | "verification">) =>
      (
        await createPartnership(
          db,
          { ...input, source: FIXTURES.source, verification: "VERIFIED" },
          FIXTURES.actor,
        )
      ).id;

    ids.active = await create({
      kind: "TWIN_TOWN",
      activityLevel: "ACTIVE",
      startYear: 1985,
      participantIds: [kiruna],
      partners: [{ type: "PLACE", placeId: PLACES.trondheim, name: "Trondheim" }],
      areaCodes: ["culture"],
      fundingCodes: ["own_means"],
    });
    ids.sporadic = await create({
      kind: "MUNICIPAL_PARTNERSHIP",
      activityLevel: "SPORADIC",
      startYear: 2012,
      participantIds: [regionVasterbotten],
      partners: [{ type: "ORGANISATION", name: "Lusaka City Council", countryCode: "ZM" }],
      areaCodes: ["democracy"],
      fundingCodes: ["sida_icld"],
    });
    ids.ended = await create({
      kind: "TWIN_TOWN",
      activityLevel: "DORMANT",
      startYear: 1990,
      participantIds: [kiruna],
      partners: [{ type: "PLACE", placeId: PLACES.petrozavodsk, name: "Petrozavodsk" }],
    });
    await db.partnership.update({
      where: { id: ids.ended },
      data: { endedOn: new Date("2010-12-31"), endReason: "Inaktivt" },
    });
    ids.removed = await create({
      kind: "TWIN_TOWN",
      participantIds: [kiruna],
      partners: [{ type: "PLACE", placeId: PLACES.vaasa, name: "Vasa" }],
    });
    await db.partnership.update({ where: { id: ids.removed }, data: { removedAt: new Date() } });
    ids.dormant = await create({
      kind: "OTHER",
      otherType: "PROJECT",
      activityLevel: "DORMANT",
      startYear: 2001,
      participantIds: [ockelbo],
      partners: [{ type: "COUNTRY", countryCode: "FI" }],
      areaCodes: ["education"],
      fundingCodes: ["eu", "own_means"],
    });
  });

  afterAll(async () => {
    await removeFixtures(FIXTURES);
    await db.organisation.updateMany({
      where: { code: { in: Object.keys(GROUPED) } },
      data: { municipalityGroupCode: null },
    });
  });

  const CURRENT = SEEDED + 3; // active, sporadic, dormant; not the ended one, never the removed one
  const KNOWN_ACTIVITY = 3; // the same three: the seed reports no activity level

  describe("findDirectoryPartnerships", () => {
    it("lists current partnerships with their members, partners, countries, areas and funding", async () => {
      const result = await partnerships("");
      expect(result).toMatchObject({ total: CURRENT, page: 1, pageCount: 1 });
      expect(result.rows).toHaveLength(CURRENT);
      const ids_ = result.rows.map((r) => r.id);
      expect(ids_).not.toContain(ids.ended);
      expect(ids_).not.toContain(ids.removed);
      const trondheim = result.rows.find((r) => r.title === "Sundsvall–Östersund–Trondheim")!;
      expect(
        trondheim.participants.map((p) => p.organisation).sort((a, b) => a.code.localeCompare(b.code)),
      ).toEqual([
        expect.objectContaining({
          code: "2281",
          name: "Sundsvalls kommun",
          shortName: "Sundsvall",
          slug: "sundsvall",
          kind: "MUNICIPALITY",
        }),
        expect.objectContaining({
          code: "2380",
          name: "Östersunds kommun",
          shortName: "Östersund",
          slug: "ostersund",
          kind: "MUNICIPALITY",
        }),
      ]);
      expect(trondheim.partners[0]!.place).toMatchObject({
        name: "Trondheim",
        country: { code: "NO", nameSv: "Norge" },
      });
      expect(trondheim.areas.map((a) => a.area.nameSv)).toContain("Kompetensförsörjning");
      const dormant = result.rows.find((r) => r.id === ids.dormant)!;
      expect(dormant.partners[0]!.country).toMatchObject({ code: "FI", nameEn: "Finland" });
      expect(dormant.fundingForms.map((f) => f.fundingForm.code).sort()).toEqual(["eu", "own_means"]);
      const unesco = result.rows.find((r) => r.otherType === "NETWORK_MEMBERSHIP")!;
      expect(unesco.partners[0]!.network?.name).toBe("UNESCO Creative Cities Network");
    });

    it.each([
      ["typ=vanort", 10 + 1],
      ["typ=partnerskap", 1],
      ["typ=annat", 7 + 1],
      ["typ=vanort&typ=partnerskap", 12],
      ["typ=vanort&avslutade=1", 12],
    ])("filters by kind: %s", async (query, total) => {
      expect((await partnerships(query)).total).toBe(total);
    });

    it("filters by activity level, with okand meaning not reported", async () => {
      expect((await partnerships("aktivitet=aktiv")).names).toEqual(["Kiruna–Trondheim"]);
      expect((await partnerships("aktivitet=sporadisk")).names).toEqual([
        "Region Västerbotten–Lusaka City Council",
      ]);
      expect((await partnerships("aktivitet=vilande")).names).toEqual(["Ockelbo–Finland"]);
      expect((await partnerships("aktivitet=vilande&avslutade=1")).names).toEqual([
        "Kiruna–Petrozavodsk",
        "Ockelbo–Finland",
      ]);
      expect((await partnerships("aktivitet=okand")).total).toBe(SEEDED);
      expect((await partnerships("aktivitet=okand&aktivitet=aktiv")).total).toBe(SEEDED + 1);
    });

    it("land=FI & typ=vanort finds Umeå–Vasa and Sollefteå–Nykarleby", async () => {
      expect((await partnerships("land=FI&typ=vanort")).names).toEqual([
        "Sollefteå–Nykarleby",
        "Umeå–Vasa (Vaasa)",
      ]);
      expect((await partnerships("land=fi&typ=vanort")).total).toBe(2);
    });

    it("finds a country through a place's country and through a partner that is the country", async () => {
      expect((await partnerships("land=FI")).names).toEqual([
        "Ockelbo–Finland",
        "Sollefteå–Nykarleby",
        "Umeå–Vasa (Vaasa)",
      ]);
      expect((await partnerships("land=NO")).names).toEqual([
        "Kiruna–Trondheim",
        "Sundsvall+Östersund–Trondheim",
        "Umeå–Harstad",
      ]);
      expect((await partnerships("land=ZM")).names).toEqual(["Region Västerbotten–Lusaka City Council"]);
      expect((await partnerships("land=SC")).names).toEqual(["Umeå–Seychellerna"]);
      expect((await partnerships("land=FI&land=SC")).total).toBe(4);
      expect((await partnerships("land=AQ")).total).toBe(0);
    });

    it("filters by the county, kind and kommungrupp of any participant", async () => {
      expect((await partnerships("lan=24")).total).toBe(UMEA_ALL + 1);
      expect((await partnerships("lan=22")).total).toBe(4 + 1); // Sollefteå, and Sundsvall's share with Östersund
      expect((await partnerships("lan=23")).names).toEqual([
        "Sundsvall+Östersund–Trondheim",
        "Östersund–UNESCO Creative Cities Network",
      ]);
      expect((await partnerships("lan=22&lan=23")).total).toBe(4 + 2);
      expect((await partnerships("medlem=region")).names).toEqual([
        "Region Västerbotten–Lusaka City Council",
      ]);
      expect((await partnerships("medlem=kommun")).total).toBe(CURRENT - 1);
      expect((await partnerships("kommungrupp=C8")).names).toEqual(["Ockelbo–Finland"]);
      expect((await partnerships("kommungrupp=C6")).names).toEqual(["Kiruna–Trondheim"]);
      expect((await partnerships("kommungrupp=C6&avslutade=1")).names).toEqual([
        "Kiruna–Trondheim",
        "Kiruna–Petrozavodsk",
      ]);
      expect((await partnerships("kommungrupp=A1")).total).toBe(0);
      // Member filters hold for one and the same participant.
      expect((await partnerships("lan=24&medlem=kommun")).total).toBe(UMEA_ALL);
      expect((await partnerships("lan=25&medlem=region")).total).toBe(0);
    });

    it("filters by start year, leaving out partnerships whose start is unknown", async () => {
      expect((await partnerships("fran=1999&till=1999")).names).toEqual(["Sundsvall+Östersund–Trondheim"]);
      expect((await partnerships("fran=1999")).names).toEqual([
        "Ockelbo–Finland",
        "Region Västerbotten–Lusaka City Council",
        "Sundsvall+Östersund–Trondheim",
      ]);
      expect((await partnerships("till=1999")).names).toEqual([
        "Kiruna–Trondheim",
        "Sundsvall+Östersund–Trondheim",
      ]);
      expect((await partnerships("till=1999&avslutade=1")).total).toBe(3);
      expect((await partnerships("fran=2000&till=2010")).names).toEqual(["Ockelbo–Finland"]);
      expect((await partnerships("fran=1998&till=1998")).total).toBe(0);
    });

    it("filters by area and funding form; an unknown code matches nothing", async () => {
      expect((await partnerships("omrade=gastronomy")).names).toEqual([
        "Östersund–UNESCO Creative Cities Network",
      ]);
      expect((await partnerships("omrade=business")).names).toEqual(["Sundsvall+Östersund–Trondheim"]);
      expect((await partnerships("omrade=gastronomy&omrade=culture")).total).toBe(2);
      expect((await partnerships("omrade=no_such_area")).total).toBe(0);
      expect((await partnerships("finansiering=sida_icld")).names).toEqual([
        "Region Västerbotten–Lusaka City Council",
      ]);
      expect((await partnerships("finansiering=own_means")).names).toEqual([
        "Kiruna–Trondheim",
        "Ockelbo–Finland",
      ]);
      expect((await partnerships("finansiering=eu&finansiering=sida_icld")).total).toBe(2);
    });

    it.each([
      ["Vasa", ["Umeå–Vasa (Vaasa)"]],
      ["Vaasa", ["Umeå–Vasa (Vaasa)"]],
      ["vasa", ["Umeå–Vasa (Vaasa)"]],
      ["Uusikaarlepyy", ["Sollefteå–Nykarleby"]], // a GeoNames alternate name
      ["Helsingor", ["Umeå–Helsingör (Helsingør)"]], // folded, as typed without ø
      ["Lusaka", ["Region Västerbotten–Lusaka City Council"]],
      ["unesco", ["Östersund–UNESCO Creative Cities Network"]],
      ["Sundsvall", ["Sundsvall+Östersund–Trondheim"]],
      ["Östersunds kommun", ["Sundsvall+Östersund–Trondheim", "Östersund–UNESCO Creative Cities Network"]],
      ["Trondheim", ["Kiruna–Trondheim", "Sundsvall+Östersund–Trondheim"]],
      ["%", []],
      ["_", []],
      ["Ingenstans", []],
    ])("finds q=%s by participant or partner name", async (q, names) => {
      expect((await partnerships(`q=${encodeURIComponent(q)}`)).names).toEqual(names);
    });

    it("finds a member by its name typed with or without å, ä, ö", async () => {
      expect((await partnerships("q=Umeå")).total).toBe(UMEA_ALL);
      expect((await partnerships("q=umea")).total).toBe(UMEA_ALL);
      expect((await partnerships("q=UMEÅ KOMMUN")).total).toBe(UMEA_ALL);
    });

    it("includes ended partnerships only with avslutade, and never removed ones", async () => {
      expect((await partnerships("q=Petrozavodsk")).names).toEqual(["Umeå–Petrozavodsk"]);
      expect((await partnerships("q=Petrozavodsk&avslutade=1")).names).toEqual([
        "Kiruna–Petrozavodsk",
        "Umeå–Petrozavodsk",
      ]);
      expect((await partnerships("avslutade=1")).total).toBe(CURRENT + 1);
      const withKiruna = await partnerships("q=Kiruna&avslutade=1");
      expect(withKiruna.rows.map((r) => r.id)).not.toContain(ids.removed);
      expect(withKiruna.total).toBe(2);
    });

    it("combines filters", async () => {
      expect((await partnerships("lan=24&typ=annat")).total).toBe(5);
      expect((await partnerships("land=FI&aktivitet=okand")).names).toEqual([
        "Sollefteå–Nykarleby",
        "Umeå–Vasa (Vaasa)",
      ]);
      expect((await partnerships("land=CN&lan=24&typ=annat")).names).toEqual([
        "Umeå–Xi'an",
        "Umeå–Qufu",
        "Umeå–Lanzhou",
      ]);
      expect(
        (
          await partnerships(
            "land=NO&fran=1980&till=1990&aktivitet=aktiv&finansiering=own_means&omrade=culture",
          )
        ).names,
      ).toEqual(["Kiruna–Trondheim"]);
      expect((await partnerships("land=NO&lan=24&typ=vanort&q=Harstad")).names).toEqual(["Umeå–Harstad"]);
      expect((await partnerships("land=FI&lan=23")).total).toBe(0);
    });

    it("sorts by the first participant's name in Swedish order, then by id", async () => {
      const { rows } = await partnerships("");
      const first = rows.map(
        (r) => r.participants.map((p) => p.organisation.shortName).sort(swedish.compare)[0]!,
      );
      expect(first).toEqual([...first].sort(swedish.compare));
      expect([...new Set(first)]).toEqual([
        "Kiruna",
        "Ockelbo",
        "Region Västerbotten",
        "Sollefteå",
        "Sundsvall",
        "Umeå",
        "Östersund",
      ]);
      const umea = rows.filter((r) => first[rows.indexOf(r)] === "Umeå").map((r) => r.id);
      expect(umea).toEqual([...umea].sort((a, b) => a - b));
    });

    it("sorts by the partner's country name, networks last", async () => {
      const sv = (await partnerships("sortera=country")).rows;
      const country = (r: PartnershipWithDetail) =>
        r.partners[0]!.place?.country.nameSv ?? r.partners[0]!.country?.nameSv ?? null;
      expect(sv.map(country).slice(0, 3)).toEqual(["Danmark", "Estland", "Finland"]);
      expect(sv.map(country).at(-1)).toBeNull();
      const named = sv.map(country).slice(0, -1) as string[];
      expect(named).toEqual([...named].sort(swedish.compare));
      // Tyskland comes after Norge in Swedish, Germany before Norway in English.
      const en = (await findDirectoryPartnerships(db, view("sortera=country"), { locale: "en" })).rows;
      const position = (rows: PartnershipWithDetail[], code: string) =>
        rows.findIndex((r) => r.partners[0]!.place?.countryCode === code);
      expect(position(sv, "DE")).toBeGreaterThan(position(sv, "NO"));
      expect(position(en, "DE")).toBeLessThan(position(en, "NO"));
    });

    it("sorts by start year, oldest first and unknown last", async () => {
      const { rows } = await partnerships("sortera=startYear");
      expect(rows.slice(0, 4).map((r) => r.startYear)).toEqual([1985, 1999, 2001, 2012]);
      expect(rows.slice(4).every((r) => r.startYear === null)).toBe(true);
      const rest = rows.slice(4).map((r) => r.id);
      expect(rest).toEqual([...rest].sort((a, b) => a - b));
    });

    it("treats sorts meant for members as name", async () => {
      const byName = (await partnerships("")).rows.map((r) => r.id);
      expect((await partnerships("sortera=county")).rows.map((r) => r.id)).toEqual(byName);
    });

    it("answers a page past the end with no rows and the true total", async () => {
      expect(await findDirectoryPartnerships(db, { ...view(""), page: 2 })).toEqual({
        rows: [],
        total: CURRENT,
        page: 2,
        pageCount: 1,
      });
      expect(await findDirectoryPartnerships(db, { ...view("sortera=startYear"), page: 3 })).toMatchObject({
        rows: [],
        total: CURRENT,
      });
    });
  });

  describe("findOrganisations", () => {
    it("lists all 290 kommuner and 20 regions in Swedish order, 50 a page", async () => {
      const page = await members("");
      expect(page).toMatchObject({ total: 310, page: 1, pageCount: 7 });
      expect(page.rows).toHaveLength(50);
      const all = await allMembers("");
      expect(all).toHaveLength(310);
      expect(new Set(all.map((o) => o.code)).size).toBe(310);
      const names = all.map((o) => o.shortName);
      expect(names).toEqual([...names].sort(swedish.compare));
      expect(names.slice(0, 2)).toEqual(["Ale", "Alingsås"]);
      expect(names.at(-1)).toBe("Övertorneå");
      expect(names.indexOf("Åre")).toBeLessThan(names.indexOf("Älmhult"));
    });

    it("gives each member its county and its numbers of current and active partnerships", async () => {
      const all = await allMembers("");
      const byCode = new Map(all.map((o) => [o.code, o]));
      expect(byCode.get("2480")).toMatchObject({
        name: "Umeå kommun",
        slug: "umea",
        kind: "MUNICIPALITY",
        countyCode: "24",
        countyName: "Västerbottens län",
        partnershipCount: UMEA_ALL,
        activePartnershipCount: 0,
      });
      expect(byCode.get("2584")).toMatchObject({
        municipalityGroupCode: "C6",
        partnershipCount: 1,
        activePartnershipCount: 1,
      });
      expect(byCode.get("2281")).toMatchObject({ partnershipCount: 1 });
      expect(byCode.get("24")).toMatchObject({
        kind: "REGION",
        name: "Region Västerbotten",
        partnershipCount: 1,
      });
      expect(byCode.get("0114")).toMatchObject({ partnershipCount: 0, activePartnershipCount: 0 });
    });

    it("counts ended partnerships too when they are included", async () => {
      const kiruna = (await members("q=Kiruna&avslutade=1")).rows[0];
      expect(kiruna).toMatchObject({ partnershipCount: 2, activePartnershipCount: 1 });
    });

    it("filters by county, member kind, kommungrupp and name", async () => {
      expect((await members("lan=24")).total).toBe(15 + 1);
      expect((await members("lan=24&medlem=kommun")).total).toBe(15);
      expect((await members("medlem=region")).total).toBe(20);
      expect((await members("medlem=kommun")).total).toBe(290);
      expect((await members("kommungrupp=C8")).names).toEqual(["Ockelbo"]);
      expect((await members("kommungrupp=C6&kommungrupp=C8")).names).toEqual(["Kiruna", "Ockelbo"]);
      expect((await members("q=umeå")).names).toEqual(["Umeå"]);
      expect((await members("q=umea")).names).toEqual(["Umeå"]);
      expect((await members("q=Västerbotten")).names).toEqual(["Region Västerbotten"]);
      expect((await members("q=%25")).total).toBe(0);
    });

    it("with a partnership filter, lists only members with a matching partnership, and counts those", async () => {
      const twinTowns = await members("typ=vanort");
      expect(twinTowns.names).toEqual(["Kiruna", "Sollefteå", "Umeå"]);
      expect(twinTowns.rows.map((o) => o.partnershipCount)).toEqual([1, 4, 6]);
      const finland = await members("land=FI");
      expect(finland.names).toEqual(["Ockelbo", "Sollefteå", "Umeå"]);
      expect(finland.rows.every((o) => o.partnershipCount === 1)).toBe(true);
      expect((await members("aktivitet=aktiv")).rows).toEqual([
        expect.objectContaining({ shortName: "Kiruna", activePartnershipCount: 1 }),
      ]);
      expect((await members("fran=1999&till=1999")).names).toEqual(["Sundsvall", "Östersund"]);
      expect((await members("omrade=gastronomy")).names).toEqual(["Östersund"]);
      expect((await members("land=ZM&lan=24")).names).toEqual(["Region Västerbotten"]);
      expect((await members("land=ZM&medlem=kommun")).total).toBe(0);
    });

    it("utan=1 lists the members without a current partnership", async () => {
      const { membersWithPartnerships } = await nationalKeyFigures(db);
      expect(membersWithPartnerships).toBe(7);
      const without = await allMembers("utan=1");
      expect(without).toHaveLength(310 - membersWithPartnerships);
      expect(without.map((o) => o.code)).not.toEqual(expect.arrayContaining(["2480"]));
      expect(without.every((o) => o.partnershipCount === 0)).toBe(true);
      expect((await members("utan=1&q=Kiruna")).total).toBe(0);
      expect((await members("utan=1&lan=24")).total).toBe(15 + 1 - 2);
    });

    it("utan=1 with a partnership filter lists the members without such a partnership now", async () => {
      expect((await members("utan=1&typ=vanort")).total).toBe(310 - 3);
      expect((await members("utan=1&typ=vanort&lan=22")).names).not.toContain("Sollefteå");
      expect((await members("utan=1&typ=vanort&lan=22")).names).toContain("Sundsvall");
    });

    it("sorts by number of partnerships (most first), or by county, then by name", async () => {
      const busiest = await members("sortera=partnerships");
      expect(busiest.names.slice(0, 3)).toEqual(["Umeå", "Sollefteå", "Östersund"]);
      expect(busiest.names.slice(3, 7)).toEqual(["Kiruna", "Ockelbo", "Region Västerbotten", "Sundsvall"]);
      const byCounty = await allMembers("sortera=county");
      const counties = byCounty.map((o) => o.countyName);
      expect(counties).toEqual([...counties].sort(swedish.compare));
      expect(counties[0]).toBe("Blekinge län");
      expect(
        byCounty
          .filter((o) => o.countyCode === "24")
          .map((o) => o.shortName)
          .slice(0, 2),
      ).toEqual(["Bjurholm", "Dorotea"]);
    });

    it("answers a page past the end with no rows", async () => {
      expect(await findOrganisations(db, { ...view("lan=24"), page: 2 })).toEqual({
        rows: [],
        total: 16,
        page: 2,
        pageCount: 1,
      });
    });
  });

  describe("nationalKeyFigures", () => {
    it("counts members, active members, countries and partnerships over current partnerships only", async () => {
      expect(await nationalKeyFigures(db)).toEqual({
        membersWithPartnerships: 7, // + Kiruna, Region Västerbotten, Ockelbo
        membersWithActivePartnerships: 1, // Kiruna
        partnerCountries: 13, // + Zambia; Russia and Finland were there already
        currentPartnerships: CURRENT,
        partnershipsWithKnownActivity: KNOWN_ACTIVITY,
      });
    });
  });

  describe("pages of more than 50", () => {
    const MANY = { source: "test:directory-pagination", actor: { label: "test:directory-pagination" } };
    const COUNT = 61;

    beforeAll(async () => {
      const pajala = (await db.organisation.findUniqueOrThrow({ where: { code: "2521" } })).id;
      for (let i = 0; i < COUNT; i++) {
        await createPartnership(
          db,
          {
            kind: "OTHER",
            otherType: "PROJECT",
            startYear: 1950 + (i % 7),
            participantIds: [pajala],
            partners: [
              { type: "ORGANISATION", name: `Projektpartner ${i}`, countryCode: i % 2 ? "FI" : "NO" },
            ],
            verification: "NEEDS_REVIEW",
            source: MANY.source,
          },
          MANY.actor,
        );
      }
    });

    afterAll(() => removeFixtures(MANY));

    it.each(["sortera=name", "sortera=startYear", "sortera=country"])(
      "splits %s into pages without gaps or repeats",
      async (sort) => {
        const first = await partnerships(`lan=25&${sort}`);
        const second = await findDirectoryPartnerships(db, { ...view(`lan=25&${sort}`), page: 2 });
        expect(first).toMatchObject({ total: COUNT + 1, pageCount: 2 });
        expect(first.rows).toHaveLength(50);
        expect(second.rows).toHaveLength(COUNT + 1 - 50);
        const ids_ = [...first.rows, ...second.rows].map((r) => r.id);
        expect(new Set(ids_).size).toBe(COUNT + 1);
      },
    );

    it("gives a member's page 50 partnerships at a time, with each section's total over every page", async () => {
      const pajala = await db.organisation.findUniqueOrThrow({ where: { code: "2521" } });
      const totals = await memberPartnershipTotals(db, pajala.id);
      expect(totals.byKind.OTHER).toBe(COUNT);
      expect(totals.total).toBe(COUNT); // Pajala has only these
      const first = await findOrganisationPage(db, "MUNICIPALITY", pajala.slug, 1);
      const second = await findOrganisationPage(db, "MUNICIPALITY", pajala.slug, 2);
      expect(first!.participations).toHaveLength(MEMBER_PAGE_SIZE);
      expect(second!.participations).toHaveLength(totals.total - MEMBER_PAGE_SIZE);
      const ids = [...first!.participations, ...second!.participations].map((p) => p.partnershipId);
      expect(new Set(ids).size).toBe(totals.total);
    });

    it("orders a member's partnerships by id under name, and by year then id under start year", async () => {
      const byName = (await partnerships("lan=25&sortera=name")).rows
        .filter((r) => r.source === MANY.source)
        .map((r) => r.id);
      expect(byName).toEqual([...byName].sort((a, b) => a - b));
      const byYear = (await partnerships("lan=25&sortera=startYear")).rows;
      expect(byYear[0]!.startYear).toBe(1950);
      const keys = byYear.map((r) => [r.startYear ?? 9999, r.id] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    });

    it("pages members too", async () => {
      const page7 = await findOrganisations(db, { ...view(""), page: 7 });
      expect(page7.rows).toHaveLength(10);
      expect(page7.rows.at(-1)!.shortName).toBe("Övertorneå");
    });
  });
});
