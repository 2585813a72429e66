// Places the gazetteer lacks (issue 14): added in the registry by an administrator or by an
// officer for their own member, audited, versioned, reversible, and then found by the type-ahead,
// the import's partner lookup and the API like any GeoNames place; and GeoNames' administrative
// divisions loaded by the seed.
import { beforeAll, describe, expect, it } from "vitest";
import { findPlace } from "../../lib/api/registry";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { searchPlaceOptions } from "../../lib/manage/place-options";
import {
  submitNewPlace,
  submitPlaceRemove,
  submitPlaceRestore,
  submitPlaceUpdate,
} from "../../lib/manage/place-actions";
import { searchPlaces } from "../../lib/geocoding/search";
import { matchPartner } from "../../lib/import/match-partner";
import { importReviewQueue } from "../../lib/import/review-queue";
import { testDatabase } from "../support/database";

const db = testDatabase();

let admin: SessionUser;
let umeaOfficer: SessionUser;
let sollefteaOfficer: SessionUser;
let umea: number;
let solleftea: number;

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  return data;
};

/** Mänttä-Vilppula, a Finnish town merged in 2009 that cities500 and GeoNames' ADM2 lack. */
const manttaForm = (overrides: Record<string, string | number> = {}) =>
  form({
    organisationId: umea,
    "names.0.name": "Mänttä-Vilppula",
    "names.0.lang": "fi",
    "names.1.name": "Mänttä-Vilppula stad",
    "names.1.lang": "SV",
    "names.2.name": "",
    "names.2.lang": "",
    countryCode: "FI",
    kind: "MUNICIPALITY",
    latitude: "62,0297",
    longitude: "24.6236",
    wikidataId: "q1637556",
    geonamesId: "",
    ...overrides,
  });

async function demoUser(email: string) {
  const row = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(db, row.id))!;
}

beforeAll(async () => {
  admin = await demoUser("admin@example.org");
  umeaOfficer = await demoUser("umea@example.org");
  sollefteaOfficer = await demoUser("solleftea@example.org");
  umea = (await db.organisation.findUniqueOrThrow({ where: { slug: "umea" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { slug: "solleftea" } })).id;
});

describe("adding a place the gazetteer lacks", () => {
  let placeId: number;

  it("an officer adds one for their own member: a REGISTRY place with an id above GeoNames', audited", async () => {
    const audits = await db.auditEvent.count({ where: { entityType: "Place" } });
    const state = await submitNewPlace(db, umeaOfficer, manttaForm());
    expect(state).toMatchObject({ status: "saved" });
    placeId = state.savedId!;
    expect(placeId).toBeGreaterThan(2_000_000_000);
    const place = await db.place.findUniqueOrThrow({ where: { id: placeId } });
    expect(place).toMatchObject({
      source: "REGISTRY",
      name: "Mänttä-Vilppula",
      asciiName: "Mantta-Vilppula",
      countryCode: "FI",
      kind: "MUNICIPALITY",
      latitude: 62.0297,
      longitude: 24.6236,
      wikidataId: "Q1637556",
      geonamesId: null,
      addedForId: umea,
      version: 1,
      names: [
        { name: "Mänttä-Vilppula", lang: "fi" },
        { name: "Mänttä-Vilppula stad", lang: "sv" },
      ],
    });
    expect(place.searchNames).toEqual(["mantta vilppula", "mantta vilppula stad"]);
    expect(await db.auditEvent.count({ where: { entityType: "Place" } })).toBe(audits + 1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Place", entityId: String(placeId) },
    });
    expect(event).toMatchObject({ action: "CREATE", actorId: umeaOfficer.id });
  });

  it("is found by the type-ahead, marked as added in the registry", async () => {
    const [best] = await searchPlaces(db, "Mantta Vilppula", { countryCode: "FI" });
    expect(best).toMatchObject({ id: placeId, source: "REGISTRY", match: "exact" });
    const options = await searchPlaceOptions(db, "Mänttä-Vilp", { locale: "sv" });
    expect(options.find((o) => o.id === placeId)).toMatchObject({ addedInRegistry: true, match: "prefix" });
    const geonames = await searchPlaceOptions(db, "Vaasa", { locale: "sv" });
    expect(geonames[0]).toMatchObject({ id: 632978, addedInRegistry: false });
  });

  it("is found by the import's partner lookup and by the API, with its source", async () => {
    const match = await matchPartner(db, "Mänttä-Vilppula", "FI");
    // GeoNames' Mänttä also has the name: the row goes to review with the added place among its candidates.
    expect(match.candidates.map((c) => c.geonameId)).toContain(placeId);
    expect(await findPlace(db, placeId)).toMatchObject({
      geonameId: placeId,
      source: "REGISTRY",
      kind: "MUNICIPALITY",
      wikidataId: "Q1637556",
      geonamesId: null,
    });
    expect(await findPlace(db, 632978)).toMatchObject({ source: "GEONAMES", geonamesId: 632978 });
  });

  it("refuses an officer adding a place for another member, and changing another member's place", async () => {
    const before = await db.place.count({ where: { source: "REGISTRY" } });
    expect(await submitNewPlace(db, umeaOfficer, manttaForm({ organisationId: solleftea }))).toMatchObject({
      status: "forbidden",
    });
    expect(await db.place.count({ where: { source: "REGISTRY" } })).toBe(before);
    const target = { placeId, expectedVersion: 1, organisationId: umea };
    expect(await submitPlaceUpdate(db, sollefteaOfficer, manttaForm(target))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitPlaceRemove(db, sollefteaOfficer, form(target))).toMatchObject({
      status: "forbidden",
    });
    expect(await db.place.findUniqueOrThrow({ where: { id: placeId } })).toMatchObject({
      version: 1,
      removedAt: null,
    });
  });

  it("an administrator adds one for any member", async () => {
    const state = await submitNewPlace(
      db,
      admin,
      form({
        organisationId: solleftea,
        "names.0.name": "Hailuoto",
        "names.0.lang": "fi",
        "names.1.name": "Karlö",
        "names.1.lang": "sv",
        countryCode: "FI",
        kind: "ISLAND",
        latitude: "65.0167",
        longitude: "24.7167",
        wikidataId: "",
        geonamesId: "",
      }),
    );
    expect(state).toMatchObject({ status: "saved" });
    const hits = await searchPlaces(db, "Karlö", { countryCode: "FI" });
    expect(hits.find((h) => h.id === state.savedId)).toMatchObject({
      id: state.savedId,
      kind: "ISLAND",
      source: "REGISTRY",
    });
    expect(
      await db.auditEvent.count({ where: { entityType: "Place", entityId: String(state.savedId) } }),
    ).toBe(1);
  });

  it("is versioned: an update writes version 2, a stale one is refused as a conflict", async () => {
    const saved = await submitPlaceUpdate(
      db,
      umeaOfficer,
      manttaForm({ placeId, expectedVersion: 1, latitude: "62.03" }),
    );
    expect(saved).toMatchObject({ status: "saved" });
    expect(await db.place.findUniqueOrThrow({ where: { id: placeId } })).toMatchObject({
      version: 2,
      latitude: 62.03,
    });
    const stale = await submitPlaceUpdate(
      db,
      admin,
      manttaForm({ placeId, expectedVersion: 1, latitude: "61.9" }),
    );
    expect(stale).toMatchObject({ status: "conflict", conflict: { currentVersion: 2 } });
    expect(stale.conflict!.changedFields).toContain("latitude");
  });

  it("is reversible: removed it is found nowhere, restored it is found again; both audited", async () => {
    expect(await submitPlaceRemove(db, umeaOfficer, form({ placeId, expectedVersion: 2 }))).toMatchObject({
      status: "saved",
    });
    expect((await searchPlaces(db, "Mantta Vilppula")).map((h) => h.id)).not.toContain(placeId);
    expect(await findPlace(db, placeId)).toBeNull();
    expect(await submitPlaceRestore(db, umeaOfficer, form({ placeId, expectedVersion: 3 }))).toMatchObject({
      status: "saved",
    });
    expect((await searchPlaces(db, "Mantta Vilppula")).map((h) => h.id)).toContain(placeId);
    const actions = await db.auditEvent.findMany({
      where: { entityType: "Place", entityId: String(placeId) },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "REMOVE", "RESTORE"]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await db.place.count();
    const state = await submitNewPlace(
      db,
      umeaOfficer,
      manttaForm({
        "names.0.lang": "finnish",
        countryCode: "ZZ",
        kind: "VILLAGE",
        latitude: "95",
        longitude: "east",
        wikidataId: "1637556",
        geonamesId: "-4",
      }),
    );
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors!).sort()).toEqual(
      ["geonamesId", "kind", "latitude", "longitude", "names.0.lang", "wikidataId"].sort(),
    );
    // The country is checked against the registry's countries once the form itself is valid.
    const unknownCountry = await submitNewPlace(db, umeaOfficer, manttaForm({ countryCode: "ZZ" }));
    expect(unknownCountry.fieldErrors).toEqual({ countryCode: [{ code: "countryRequired" }] });
    // A GeoNames id the gazetteer already has: choose that place instead.
    const known = await submitNewPlace(db, umeaOfficer, manttaForm({ geonamesId: "632978" }));
    expect(known.fieldErrors).toEqual({
      geonamesId: [{ code: "geonamesIdInGazetteer", values: { id: 632978 } }],
    });
    expect(await db.place.count()).toBe(before);
  });

  it("signed out, nothing is added", async () => {
    expect(await submitNewPlace(db, null, manttaForm())).toEqual({ status: "unauthenticated" });
  });
});

describe("the review queue offers to add a place, with the row's name and country", () => {
  it("lists each free-text or place partner of a queued import row as a place suggestion", async () => {
    const partnership = await db.partnership.create({
      data: {
        kind: "TWIN_TOWN",
        verification: "NEEDS_REVIEW",
        source: "Import av test-registry-places.csv",
        participants: { create: [{ organisationId: umea, confirmedAt: new Date() }] },
        partners: { create: [{ type: "FREE_TEXT", name: "Jammerbugt Kommune", countryCode: "DK" }] },
      },
    });
    const queue = await importReviewQueue(db, { organisationIds: [umea] });
    expect(queue.find((item) => item.id === partnership.id)?.placeSuggestions).toEqual([
      { name: "Jammerbugt Kommune", countryCode: "DK" },
    ]);
    await db.partnership.delete({ where: { id: partnership.id } });
  });
});

describe("GeoNames' administrative divisions, loaded by the seed", () => {
  it.each([
    ["Jammerbugt", "DK", "MUNICIPALITY"],
    ["Gentofte Kommune", "DK", "MUNICIPALITY"],
    ["Mariagerfjord", "DK", "MUNICIPALITY"],
    ["Saaremaa", "EE", "MUNICIPALITY"],
    ["Hiiumaa", "EE", "MUNICIPALITY"],
    ["North Ayrshire", "GB", "REGION"],
  ])("%s (%s) is found as a %s", async (name, countryCode, kind) => {
    const hits = await searchPlaces(db, name, { countryCode });
    expect(hits.find((h) => h.source === "ADMIN_DIVISION" && h.kind === kind)).toMatchObject({
      match: "exact",
    });
  });

  it("gives each unit an id in its own range and leaves the Swedish units (the members) out", async () => {
    const range = await db.place.aggregate({
      where: { source: "ADMIN_DIVISION" },
      _min: { id: true },
      _max: { id: true },
      _count: true,
    });
    expect(range._min.id).toBeGreaterThanOrEqual(1_900_000_000);
    expect(range._max.id).toBeLessThan(2_000_000_000);
    expect(range._count).toBeGreaterThan(15_000);
    expect(await db.place.count({ where: { source: "ADMIN_DIVISION", countryCode: "SE" } })).toBe(0);
  });

  it("a town of the same name still ranks first, so the import keeps taking the town", async () => {
    const [best] = await searchPlaces(db, "Tartu", { countryCode: "EE" });
    expect(best).toMatchObject({ source: "GEONAMES", name: "Tartu" });
    // "Tartu linn" contains the town Tartu: the unit is found by its full name only, and the
    // import takes the town as surely as before.
    const exact = (await searchPlaces(db, "Tartu", { countryCode: "EE" })).filter((h) => h.match === "exact");
    expect(exact.map((h) => h.source)).toEqual(["GEONAMES"]);
    const linn = await searchPlaces(db, "Tartu linn", { countryCode: "EE" });
    expect(linn.find((h) => h.source === "ADMIN_DIVISION")).toMatchObject({ match: "exact" });
    expect(await matchPartner(db, "Tartu", "EE")).toMatchObject({ status: "matched" });
    expect(await matchPartner(db, "Tromsø", "NO")).toMatchObject({ status: "matched" });
  });
});
