// The public reads rewritten for the first request after a write (issue 13): the directory's
// country choices, a member's totals, page and map selection, the per-member counts of /kommuner
// and a country's members, compared with the public rule applied by hand to every partnership
// of the registry. Fixtures cover what the rule leaves out: a pending participation, a
// partnership whose only participant is pending, a removed one, an unreviewed import, and an
// ended one; and a partner country reached only through a place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFilterOptions } from "../../lib/directory/filter-options";
import { NO_FILTERS, type DirectoryFilters } from "../../lib/directory/types";
import type { PartnershipKind } from "../../lib/generated/prisma/enums";
import { loadMapData } from "../../lib/map/map-data";
import { loadMemberMapSummary, memberMapSummary } from "../../lib/map/member-summary";
import { findOrganisations } from "../../lib/organisations/directory";
import { findOrganisationPage, MEMBER_PAGE_SIZE } from "../../lib/organisations/queries";
import { IMPORT_SOURCE_PREFIX } from "../../lib/partnerships/participation";
import {
  findCurrentPartnershipsOfMember,
  findDirectoryPartnerships,
  findPublicPartnershipsById,
  pageIdsByMemberWalk,
  memberPartnershipTotals,
  membersPartneringWithCountry,
  publicPartnershipIds,
} from "../../lib/partnerships/queries";
import { testDatabase } from "../support/database";

const db = testDatabase();
const SOURCE = "test:public-read-queries";
const created: number[] = [];

let umea = { id: 0, slug: "" };
let solleftea = { id: 0, slug: "" };
/** A country with places but no partner in the seed: reached only through the fixture's place. */
let placeOnlyCountry = "";

type Fixture = {
  kind: PartnershipKind;
  participants: { organisationId: number; confirmed: boolean }[];
  placeId?: number;
  countryCode?: string;
  removed?: boolean;
  ended?: boolean;
  importedUnreviewed?: boolean;
  activityLevel?: "ACTIVE" | "DORMANT" | null;
};

async function add(f: Fixture) {
  const p = await db.partnership.create({
    data: {
      kind: f.kind,
      otherType: f.kind === "OTHER" ? "PROJECT" : null,
      title: f.kind === "OTHER" ? "Läsfrågeprojekt" : null,
      startYear: 2021,
      activityLevel: f.activityLevel ?? null,
      endedOn: f.ended ? new Date("2024-01-01") : null,
      removedAt: f.removed ? new Date() : null,
      verification: f.importedUnreviewed ? "NEEDS_REVIEW" : "VERIFIED",
      source: f.importedUnreviewed ? `${IMPORT_SOURCE_PREFIX}fil med SHA-256 test, rad 1` : SOURCE,
      participants: {
        create: f.participants.map((p) => ({
          organisationId: p.organisationId,
          confirmedAt: p.confirmed ? new Date() : null,
        })),
      },
      partners: {
        create: f.placeId
          ? [{ type: "PLACE", placeId: f.placeId, name: "Läsfrågeort" }]
          : [{ type: "ORGANISATION", name: "Läsfrågeorganisation", countryCode: f.countryCode ?? "EE" }],
      },
    },
  });
  created.push(p.id);
  return p.id;
}

// ── The public rule, by hand ──────────────────────────────────────────────────────────────

async function everyPartnership() {
  return db.partnership.findMany({
    include: { participants: true, partners: { include: { place: { select: { countryCode: true } } } } },
  });
}
type Row = Awaited<ReturnType<typeof everyPartnership>>[number];

const visible = (p: Row) =>
  p.removedAt === null &&
  (p.verification === "VERIFIED" || p.source === null || !p.source.startsWith(IMPORT_SOURCE_PREFIX)) &&
  p.participants.some((pp) => pp.confirmedAt !== null);
const standsBehind = (p: Row, organisationId: number) =>
  p.participants.some((pp) => pp.organisationId === organisationId && pp.confirmedAt !== null);
const countriesOf = (p: Row) => p.partners.map((x) => x.place?.countryCode ?? x.countryCode);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

beforeAll(async () => {
  const member = (code: string) =>
    db.organisation.findUniqueOrThrow({ where: { code }, select: { id: true, slug: true } });
  umea = await member("2480");
  solleftea = await member("2283");
  const partnered = new Set((await everyPartnership()).flatMap(countriesOf));
  const country = await db.country.findFirstOrThrow({
    where: { code: { notIn: [...partnered].filter((c): c is string => c !== null) }, places: { some: {} } },
    orderBy: { code: "asc" },
  });
  placeOnlyCountry = country.code;
  const place = await db.place.findFirstOrThrow({ where: { countryCode: placeOnlyCountry } });

  const both = (confirmedSolleftea: boolean) => [
    { organisationId: umea.id, confirmed: true },
    { organisationId: solleftea.id, confirmed: confirmedSolleftea },
  ];
  await add({ kind: "TWIN_TOWN", participants: both(false), placeId: place.id, activityLevel: "ACTIVE" });
  await add({ kind: "TWIN_TOWN", participants: both(true), countryCode: "EE", activityLevel: "DORMANT" });
  await add({ kind: "OTHER", participants: [{ organisationId: solleftea.id, confirmed: false }] });
  await add({ kind: "OTHER", participants: both(true), removed: true, activityLevel: "ACTIVE" });
  await add({ kind: "MUNICIPAL_PARTNERSHIP", participants: both(true), importedUnreviewed: true });
  await add({
    kind: "MUNICIPAL_PARTNERSHIP",
    participants: both(true),
    ended: true,
    activityLevel: "ACTIVE",
  });
});

afterAll(async () => {
  await db.partnership.deleteMany({ where: { id: { in: created } } });
});

describe("the directory's country choices", () => {
  it("are the countries with a partner, directly or through a place", async () => {
    const options = await loadFilterOptions(db, "sv");
    const expected = new Set((await everyPartnership()).flatMap(countriesOf).filter((c) => c !== null));
    expect(options.countries.map((c) => c.value).sort()).toEqual([...expected].sort());
    expect(options.countries.map((c) => c.value)).toContain(placeOnlyCountry);
  });
});

describe("a member's own reads", () => {
  it("count, page and map exactly the partnerships the member stands behind", async () => {
    const all = await everyPartnership();
    for (const member of [umea, solleftea]) {
      const theirs = all.filter((p) => visible(p) && standsBehind(p, member.id));
      const current = theirs.filter((p) => p.endedOn === null);

      const totals = await memberPartnershipTotals(db, member.id);
      expect(totals.total).toBe(theirs.length);
      expect(totals.ended).toBe(theirs.length - current.length);
      expect(totals.byKind.TWIN_TOWN ?? 0).toBe(current.filter((p) => p.kind === "TWIN_TOWN").length);

      const shown: number[] = [];
      for (let page = 1; page <= Math.ceil(theirs.length / MEMBER_PAGE_SIZE); page++) {
        const found = await findOrganisationPage(db, "MUNICIPALITY", member.slug, page);
        shown.push(...found!.participations.map((p) => p.partnershipId));
      }
      expect(sorted(shown)).toEqual(sorted(theirs.map((p) => p.id)));

      expect(sorted(await publicPartnershipIds(db, NO_FILTERS, member.id))).toEqual(
        sorted(current.map((p) => p.id)),
      );
      const twins: DirectoryFilters = { ...NO_FILTERS, kinds: ["TWIN_TOWN"], includeEnded: true };
      expect(sorted(await publicPartnershipIds(db, twins, member.id))).toEqual(
        sorted(theirs.filter((p) => p.kind === "TWIN_TOWN").map((p) => p.id)),
      );

      const embedded = await findCurrentPartnershipsOfMember(db, member.id, ["TWIN_TOWN", "OTHER"], 500);
      expect(sorted(embedded.rows.map((r) => r.id))).toEqual(
        sorted(current.filter((p) => p.kind !== "MUNICIPAL_PARTNERSHIP").map((p) => p.id)),
      );
    }
  });
});

describe("counts per member", () => {
  it("/kommuner counts each member's public partnerships, active and with a known activity", async () => {
    const all = await everyPartnership();
    const selections: DirectoryFilters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, includeEnded: true },
      { ...NO_FILTERS, kinds: ["TWIN_TOWN"] },
    ];
    for (const filters of selections) {
      const page = await findOrganisations(db, { filters, sort: "partnerships", page: 1, invalid: [] });
      const matching = all.filter(
        (p) =>
          visible(p) &&
          (filters.includeEnded || p.endedOn === null) &&
          (filters.kinds.length === 0 || filters.kinds.includes(p.kind)),
      );
      for (const row of page.rows) {
        const theirs = matching.filter((p) => standsBehind(p, row.id));
        expect(row.partnershipCount, row.name).toBe(theirs.length);
        expect(row.activePartnershipCount, row.name).toBe(
          theirs.filter((p) => p.activityLevel === "ACTIVE").length,
        );
        expect(row.knownActivityCount, row.name).toBe(theirs.filter((p) => p.activityLevel !== null).length);
      }
      expect(page.rows.find((r) => r.id === umea.id)!.partnershipCount).toBeGreaterThan(0);
    }
  });

  it("a country's members are those standing behind its current partnerships, with their counts", async () => {
    const all = await everyPartnership();
    for (const country of ["EE", placeOnlyCountry]) {
      const withCountry = all.filter(
        (p) => visible(p) && p.endedOn === null && countriesOf(p).includes(country),
      );
      const expected = new Map<number, number>();
      for (const p of withCountry)
        for (const pp of p.participants)
          if (pp.confirmedAt !== null)
            expected.set(pp.organisationId, (expected.get(pp.organisationId) ?? 0) + 1);
      const members = await membersPartneringWithCountry(db, country);
      expect(new Map(members.map((m) => [m.id, m.count]))).toEqual(expected);
    }
    // The place-only country: Umeå stands behind it, Sollefteå's participation is only a request.
    const placeOnly = await membersPartneringWithCountry(db, placeOnlyCountry);
    expect(placeOnly.map((m) => m.id)).toContain(umea.id);
    expect(placeOnly.map((m) => m.id)).not.toContain(solleftea.id);
  });
});

describe("/samarbeten by name", () => {
  // The order as the whole-registry statement gives it: the alphabetically first member standing
  // behind each partnership (Swedish collation), then the id.
  const byName = async (filters: DirectoryFilters) => {
    const ids = await publicPartnershipIds(db, filters);
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT m."id" FROM unnest($1::int[]) AS m("id")
         LEFT JOIN "PartnershipParticipant" pp ON pp."partnershipId" = m."id" AND pp."confirmedAt" IS NOT NULL
         LEFT JOIN (SELECT "id", rank() OVER (ORDER BY "shortName" COLLATE "sv-x-icu") AS "rank" FROM "Organisation") r
                ON r."id" = pp."organisationId"
        GROUP BY m."id" ORDER BY MIN(r."rank") NULLS LAST, m."id"`,
      ids,
    );
    return rows.map((r) => r.id);
  };

  it("walks the members in order and gives every page as ordering all matches does", async () => {
    const selections: DirectoryFilters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, includeEnded: true, kinds: ["TWIN_TOWN"] },
      { ...NO_FILTERS, countries: ["EE"] },
    ];
    for (const filters of selections) {
      const expected = await byName(filters);
      expect(expected.length).toBeGreaterThan(0);
      // The seed has few partnerships, so the walk reads every member: each offset costs ~300 reads.
      for (const offset of [0, 3, Math.floor(expected.length / 2)]) {
        const walked = await pageIdsByMemberWalk(db, filters, offset, Infinity);
        expect(walked, `offset ${offset}`).toEqual(expected.slice(offset, offset + 50));
      }
    }
  }, 180_000);

  it("gives up after its number of members, and the page is then ordered in one statement", async () => {
    expect(await pageIdsByMemberWalk(db, NO_FILTERS, 0, 1)).toBeUndefined();
    const page = await findDirectoryPartnerships(db, {
      filters: NO_FILTERS,
      sort: "name",
      page: 1,
      invalid: [],
    });
    expect(page.rows.map((r) => r.id)).toEqual((await byName(NO_FILTERS)).slice(0, 50));
    expect(page.total).toBe((await publicPartnershipIds(db, NO_FILTERS)).length);
  });
});

describe("the country filter by the partner places read first", () => {
  it("selects the partnerships with a partner in the country, directly or through a place", async () => {
    const all = await everyPartnership();
    for (const country of ["EE", placeOnlyCountry]) {
      const filters: DirectoryFilters = { ...NO_FILTERS, countries: [country] };
      const expected = all.filter(
        (p) => visible(p) && p.endedOn === null && countriesOf(p).includes(country),
      );
      expect(expected.length).toBeGreaterThan(0);
      const page = await findDirectoryPartnerships(db, { filters, sort: "name", page: 1, invalid: [] });
      expect(page.total).toBe(expected.length);
      expect(sorted(page.rows.map((r) => r.id))).toEqual(sorted(expected.map((p) => p.id)));
      const api = await findPublicPartnershipsById(db, filters, { page: 1, pageSize: 500 });
      expect(sorted(api.rows.map((r) => r.id))).toEqual(sorted(expected.map((p) => p.id)));
      const members = await findOrganisations(db, { filters, sort: "name", page: 1, invalid: [] });
      const standing = new Set(
        expected.flatMap((p) => p.participants.filter((pp) => pp.confirmedAt).map((pp) => pp.organisationId)),
      );
      expect(new Set(members.rows.map((r) => r.id))).toEqual(standing);
    }
  });
});

describe("a member page's map summary", () => {
  it("is in one statement what the map's data of the member gives", async () => {
    const members = await db.organisation.findMany({
      where: { participations: { some: {} } },
      select: { id: true },
    });
    expect(members.length).toBeGreaterThan(2);
    for (const { id } of [...members, umea, solleftea]) {
      const expected = memberMapSummary(await loadMapData(db, NO_FILTERS, { organisationId: id }), id);
      expect(await loadMemberMapSummary(db, id), String(id)).toEqual(expected);
    }
    expect(await loadMemberMapSummary(db, umea.id)).not.toBeNull();
  });
});
