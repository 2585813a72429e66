import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPlace, findPlaces } from "../../lib/api/registry";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { searchPlaceOptions } from "../../lib/manage/place-options";
import { searchPlaces } from "../../lib/geocoding/search";
import { moderateRequest, submitAbroadRequest } from "../../lib/partner-search/edit";
import { submitAbroadForm } from "../../lib/partner-search/form-handlers";
import { findRequest } from "../../lib/partner-search/queries";
import { findOrAddPendingPlace } from "../../lib/places/pending";
import type { AbroadRequestInput } from "../../lib/partner-search/validation";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { testDatabase } from "../support/database";

// Issue 16: "my town is not in the list" on the public partner-search form adds the town as a
// registry place awaiting approval, public only once an administrator approves the request.
const db = testDatabase();
let admin: SessionUser;
let address = 0;
const nextAddress = () => `203.0.113.${++address}`;

const newTown = (townName: string, over: Partial<AbroadRequestInput> = {}): AbroadRequestInput => ({
  kind: "TWIN_TOWN",
  countryCode: "UA",
  placeId: null,
  townName,
  newTown: true,
  latitude: 49.7216,
  longitude: 35.8667,
  areaCodes: ["democracy"],
  description: "Our town seeks a Swedish partner for local democracy and schools.",
  contactName: "Olena",
  contactEmail: "olena@vodolaha.example",
  ...over,
});

const submit = async (input: AbroadRequestInput) => {
  const result = await submitAbroadRequest(db, input, nextAddress(), { confirmByMail: false });
  if (!result.ok) throw new Error(`not submitted: ${JSON.stringify(result)}`);
  return (await db.partnerRequest.findUniqueOrThrow({ where: { id: result.id } })) as {
    id: number;
    placeId: number | null;
    version: number;
  };
};

/** Every public way to a place: the type-ahead (both), the import's search, the API's list and item. */
async function publiclyFound(placeId: number, name: string) {
  const found = [
    (await searchPlaces(db, name, { countryCode: "UA" })).some((p) => p.id === placeId),
    (await searchPlaceOptions(db, name, { countryCode: "UA", locale: "en" })).some((p) => p.id === placeId),
    (await findPlaces(db, name, { countryCode: "UA" })).some((p) => p.geonameId === placeId),
    // The API's item by id (lib/api/registry.ts findPlace; /api/v1/places/{id} accepts nine digits only).
    (await findPlace(db, placeId)) !== null,
  ];
  expect(new Set(found).size, `every public read agrees: ${found}`).toBe(1);
  return found[0]!;
}

beforeAll(async () => {
  const row = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email } });
  admin = (await loadSessionUser(db, row.id))!;
});

afterAll(async () => {
  await db.partnerRequest.deleteMany({});
  await db.place.deleteMany({ where: { source: "REGISTRY", countryCode: "UA" } });
  await db.auditEvent.deleteMany({ where: { entityType: { in: ["PartnerRequest", "Place"] } } });
});

describe("a town the gazetteer lacks", () => {
  it("is added awaiting approval, found nowhere public, and made public by approving its request", async () => {
    const request = await submit(newTown("Vodolaha Testova"));
    const place = await db.place.findUniqueOrThrow({ where: { id: request.placeId! } });
    expect(place).toMatchObject({
      source: "REGISTRY",
      awaitingApproval: true,
      name: "Vodolaha Testova",
      countryCode: "UA",
      latitude: 49.7216,
      longitude: 35.8667,
    });
    expect(place.id).toBeGreaterThan(2_000_000_000);
    expect(await publiclyFound(place.id, "Vodolaha Testova")).toBe(false);
    // The administrators see it, marked as new.
    expect((await findRequest(db, request.id, admin))?.place).toMatchObject({ awaitingApproval: true });

    expect((await moderateRequest(db, admin, { id: request.id, expectedVersion: 1 }, true)).ok).toBe(true);
    expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      awaitingApproval: false,
      version: 2,
    });
    expect(await publiclyFound(place.id, "Vodolaha Testova")).toBe(true);
    expect((await findRequest(db, request.id, null))?.place?.id).toBe(place.id);
    const audit = await db.auditEvent.findMany({
      where: { entityType: "Place", entityId: String(place.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => [e.action, e.actorLabel, e.actorId])).toEqual([
      ["CREATE", "public-form", null],
      ["UPDATE", expect.any(String), admin.id],
    ]);
  });

  it("is deleted when its request is rejected, and the request keeps the name as text", async () => {
    const request = await submit(newTown("Zolochiv Rejected"));
    const placeId = request.placeId!;
    expect((await moderateRequest(db, admin, { id: request.id, expectedVersion: 1 }, false)).ok).toBe(true);
    expect(await db.place.findUnique({ where: { id: placeId } })).toBeNull();
    expect(await db.partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "REJECTED",
      placeId: null,
      townName: "Zolochiv Rejected",
    });
    const removed = await db.auditEvent.findFirst({
      where: { entityType: "Place", entityId: String(placeId), action: "REMOVE" },
    });
    expect(removed?.actorId).toBe(admin.id);
  });

  it("is shared by two requests, kept while one still waits, and deleted with the last", async () => {
    const first = await submit(newTown("Bohodukhiv Shared"));
    const second = await submit(newTown("  bohodukhiv   SHARED ", { latitude: 1, longitude: 1 }));
    expect(second.placeId).toBe(first.placeId);
    // The first sender's position stands.
    expect((await db.place.findUniqueOrThrow({ where: { id: first.placeId! } })).latitude).toBe(49.7216);
    await moderateRequest(db, admin, { id: first.id, expectedVersion: 1 }, false);
    expect(await db.place.findUniqueOrThrow({ where: { id: first.placeId! } })).toMatchObject({
      awaitingApproval: true,
    });
    expect(await publiclyFound(first.placeId!, "Bohodukhiv Shared")).toBe(false);
    await moderateRequest(db, admin, { id: second.id, expectedVersion: 1 }, false);
    expect(await db.place.findUnique({ where: { id: first.placeId! } })).toBeNull();
  });

  it("creates one place when two requests name the same new town at the same moment", async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        submitAbroadRequest(db, newTown(i % 2 ? "Kehychivka Twice" : "KEHYCHIVKA twice"), nextAddress(), {
          confirmByMail: false,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const places = await db.place.findMany({ where: { searchNames: { has: "kehychivka twice" } } });
    expect(places).toHaveLength(1);
    const ids = results.flatMap((r) => (r.ok ? [r.id] : []));
    const linked = await db.partnerRequest.findMany({
      where: { id: { in: ids } },
      select: { placeId: true },
    });
    expect(new Set(linked.map((r) => r.placeId))).toEqual(new Set([places[0]!.id]));

    // The place's own lock, without the submission limits' (which also queue every post).
    const town = { name: "Lozova Lock", countryCode: "UA", latitude: 48.9, longitude: 36.3 };
    const added = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.$transaction((tx) => findOrAddPendingPlace(tx, town, { label: "test" })),
      ),
    );
    expect(added.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(added.map((a) => a.id)).size).toBe(1);
  });

  it("stores a hostile name as text", async () => {
    const hostile = `<img src=x onerror=alert(1)>'; DROP TABLE "Place";--`;
    const request = await submit(newTown(hostile));
    expect((await db.place.findUniqueOrThrow({ where: { id: request.placeId! } })).name).toBe(hostile);
    expect(await db.place.count()).toBeGreaterThan(1000);
  });
});

describe("a typed name of a place that exists", () => {
  it("takes the gazetteer's place instead of adding one, with or without the box", async () => {
    const tartu = await db.place.findFirstOrThrow({ where: { name: "Tartu", countryCode: "EE" } });
    const before = await db.place.count({ where: { source: "REGISTRY" } });
    for (const box of [true, false]) {
      const request = await submit(newTown("tartu", { countryCode: "EE", newTown: box }));
      expect(request.placeId).toBe(tartu.id);
    }
    expect(await db.place.count({ where: { source: "REGISTRY" } })).toBe(before);
  });

  it("refuses a name that no place has without the box, and offers the candidates when several have it", async () => {
    const unknown = await submitAbroadRequest(
      db,
      newTown("Nowhere Without Box", { newTown: false, latitude: null, longitude: null }),
      nextAddress(),
      { confirmByMail: false },
    );
    expect(unknown).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { placeId: [{ code: "seekTownNotFound", values: { query: "Nowhere Without Box" } }] },
    });
    // A name several places of one country answer (GeoNames has many such).
    const [twin] = await db.$queryRaw<{ countryCode: string; name: string }[]>`
      SELECT "countryCode", "name" FROM "Place" WHERE "source" = 'GEONAMES' AND "countryCode" <> 'SE'
       GROUP BY 1, 2 HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, 2 LIMIT 1`;
    expect(twin).toBeDefined();
    const several = await submitAbroadRequest(
      db,
      newTown(twin!.name, { countryCode: twin!.countryCode }),
      nextAddress(),
      { confirmByMail: false },
    );
    expect(several).toMatchObject({ ok: false, fieldErrors: { placeId: [{ code: "placeChoose" }] } });
    const form = new FormData();
    for (const [k, v] of Object.entries({
      kind: "TWIN_TOWN",
      countryCode: twin!.countryCode,
      townName: twin!.name,
      newTown: "1",
      latitude: "1",
      longitude: "1",
      description: "Our town seeks a Swedish partner for local democracy and schools.",
      contactName: "Olena",
      contactEmail: "olena@example.org",
      locale: "en",
    }))
      form.set(k, v);
    const state = await submitAbroadForm(db, form, nextAddress(), null);
    expect(state.status).toBe("invalid");
    expect(state.placeCandidates?.placeId?.length).toBeGreaterThan(1);
  });

  it("refuses a chosen id of a place awaiting approval (the type-ahead never offers one)", async () => {
    const request = await submit(newTown("Pending Chosen Town"));
    const chosen = await submitAbroadRequest(db, newTown("", { placeId: request.placeId }), nextAddress(), {
      confirmByMail: false,
    });
    expect(chosen).toMatchObject({ ok: false, fieldErrors: { placeId: [{ code: "placeUnknown" }] } });
  });
});
