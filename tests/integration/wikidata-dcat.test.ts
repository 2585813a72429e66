import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as changesRoute } from "../../app/api/v1/changes/route";
import { GET as dcatRoute } from "../../app/api/v1/dcat/route";
import { GET as quickStatementsRoute } from "../../app/api/v1/wikidata/quickstatements/route";
import { loadSessionUser } from "../../lib/auth/session-user";
import { handleForm } from "../../lib/manage/form-guard";
import { submitOrganisationWikidataId } from "../../lib/manage/organisation-actions";
import { testDatabase } from "../support/database";

// The administrators' Wikidata item of a member (audited, in the change list) and the
// QuickStatements export it feeds; the DCAT route's formats. Test items, not real facts.
const db = testDatabase();
let umea = { id: 0, version: 0 };
let placeId = 0;

const user = async (email: string) =>
  (await loadSessionUser(db, (await db.user.findUniqueOrThrow({ where: { email } })).id))!;
const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, String(v));
  return data;
};
const wikidataForm = (wikidataId: string) =>
  form({ organisationId: umea.id, expectedVersion: umea.version, wikidataId, locale: "sv", slug: "umea" });

beforeAll(async () => {
  umea = await db.organisation.findUniqueOrThrow({ where: { code: "2480" } });
  const twin = await db.partnership.findFirstOrThrow({
    where: {
      kind: "TWIN_TOWN",
      removedAt: null,
      participants: { some: { organisationId: umea.id } },
      partners: { some: { type: "PLACE" } },
    },
    include: { partners: true },
  });
  placeId = twin.partners.find((p) => p.type === "PLACE")!.placeId!;
});

afterAll(async () => {
  await db.organisation.update({ where: { id: umea.id }, data: { wikidataId: null } });
  await db.place.update({ where: { id: placeId }, data: { wikidataId: null } });
});

describe("a member's Wikidata item", () => {
  it("only an administrator sets it; a malformed item is a field error; it is audited and published", async () => {
    const officer = await user("umea@example.org");
    expect((await handleForm(submitOrganisationWikidataId, db, officer, wikidataForm("Q100"))).status).toBe(
      "forbidden",
    );
    const admin = await user("admin@example.org");
    const invalid = await handleForm(submitOrganisationWikidataId, db, admin, wikidataForm("Q1 P31 Q5"));
    expect(invalid).toMatchObject({
      status: "invalid",
      fieldErrors: { wikidataId: [{ code: "wikidataIdInvalid" }] },
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).wikidataId).toBeNull();

    const saved = await handleForm(submitOrganisationWikidataId, db, admin, wikidataForm(" q900001 "));
    expect(saved.status).toBe("saved");
    expect((await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).wikidataId).toBe("Q900001");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Organisation", entityId: String(umea.id) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorLabel: "admin@example.org", after: { wikidataId: "Q900001" } });
    // A stale form is a conflict, not an overwrite.
    expect((await handleForm(submitOrganisationWikidataId, db, admin, wikidataForm("Q900002"))).status).toBe(
      "conflict",
    );

    let last: { entity: string; id: string; data: { wikidataId?: string } } | undefined;
    for (let since = ""; ;) {
      const body = await (
        await changesRoute(
          new Request(`http://localhost/api/v1/changes?antal=500${since ? `&since=${since}` : ""}`),
        )
      ).json();
      last = body.changes.findLast((c: { id: string }) => c.id === "2480") ?? last;
      if (!body.more) break;
      since = body.next;
    }
    expect(last).toMatchObject({ entity: "organisation", id: "2480", data: { wikidataId: "Q900001" } });
  });

  it("feeds the QuickStatements export once the partner place has an item too", async () => {
    const before = await (
      await quickStatementsRoute(new Request("http://localhost/api/v1/wikidata/quickstatements"))
    ).text();
    expect(before).not.toContain("Q900001");
    await db.place.update({ where: { id: placeId }, data: { wikidataId: "Q900100" } });
    const response = await quickStatementsRoute(
      new Request("http://localhost/api/v1/wikidata/quickstatements"),
    );
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).trim().split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Q900001\tP190\tQ900100\t.*S854\t"https?:\/\/[^"]+\/kommun\/umea"\tS813\t\+\d{4}-\d\d-\d\dT00:00:00Z\/11$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Q900100\tP190\tQ900001\t/));
  });
});

describe("GET /api/v1/dcat", () => {
  it("answers RDF/XML by default, JSON-LD on request, and 400 for another format", async () => {
    const rdf = await dcatRoute(new Request("http://localhost/api/v1/dcat"));
    expect(rdf.headers.get("content-type")).toBe("application/rdf+xml; charset=utf-8");
    expect(await rdf.text()).toContain("http://www.w3.org/ns/dcat#Catalog");
    const jsonld = await dcatRoute(new Request("http://localhost/api/v1/dcat?format=jsonld"));
    expect(jsonld.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    expect(Array.isArray(await jsonld.json())).toBe(true);
    const bad = await dcatRoute(new Request("http://localhost/api/v1/dcat?format=turtle"));
    expect(bad.status).toBe(400);
  });
});
