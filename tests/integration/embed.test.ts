// The embeddable list (/inbaddning/{code}) and oEmbed against the seeded registry: only public,
// current rows; an edit shows on the very next request; the page stays under 30 kB even for a
// member with hundreds of partnerships; the proxy lets any site frame it (and nothing else); no
// cookie. Every partnership created here is deleted afterwards (other files count seeded rows).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as embedRoute } from "../../app/[locale]/inbaddning/[code]/route";
import { GET as oembedRoute } from "../../app/api/oembed/route";
import { embedMembers } from "../../lib/embed/members";
import { EMBED_LIMIT } from "../../lib/embed/snippet";
import { createPartnership, createPartnerships, type NewPartnership } from "../../lib/partnerships/create";
import { siteUrl } from "../../lib/site-url";
import { proxy } from "../../proxy";
import { testDatabase } from "../support/database";

const db = testDatabase();
const actor = { label: "test:embed" };
const SIZE_LIMIT = 30 * 1024;
const created: number[] = [];

let umea = 0;
let solleftea = 0;
let quiet = { id: 0, code: "" };

const freeText = (
  name: string,
  participantIds: number[],
  extra: Partial<NewPartnership> = {},
): NewPartnership => ({
  kind: "TWIN_TOWN",
  verification: "VERIFIED",
  participantIds,
  partners: [{ type: "FREE_TEXT", name, countryCode: "FI" }],
  ...extra,
});

async function create(input: NewPartnership, scope: Parameters<typeof createPartnership>[3] = {}) {
  const p = await createPartnership(db, input, actor, scope);
  created.push(p.id);
  return p;
}

const embed = (path: string, headers: Record<string, string> = {}) => {
  const url = new URL(path, "http://localhost");
  const segments = url.pathname.split("/").filter(Boolean);
  return embedRoute(new Request(url, { headers }), {
    params: Promise.resolve({ locale: segments[0] === "en" ? "en" : "sv", code: segments.at(-1)! }),
  });
};

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { code: "2283" } })).id;
  quiet = await db.organisation.findFirstOrThrow({
    where: { kind: "MUNICIPALITY", participations: { none: {} } },
    select: { id: true, code: true },
  });
});

afterAll(async () => {
  await db.auditEvent.deleteMany({
    where: {
      OR: [{ actorLabel: actor.label }, { entityType: "Partnership", entityId: { in: created.map(String) } }],
    },
  });
  await db.partnership.deleteMany({ where: { id: { in: created } } });
});

describe("the embeddable list", () => {
  it("lists the member's current public partnerships in Swedish and English, with a map under 30 kB", async () => {
    const sv = await embed("/inbaddning/2480?karta=1");
    expect(sv.status).toBe(200);
    expect(sv.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await sv.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("Umeå kommun: vänorter och samarbeten");
    expect(html).toContain("Vasa (Vaasa)");
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain("<script");
    const bytes = Buffer.byteLength(html);
    console.log(`embed /inbaddning/2480?karta=1: ${bytes} bytes`);
    expect(bytes).toBeLessThan(SIZE_LIMIT);

    const en = await (await embed("/en/inbaddning/2480?typ=vanort")).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Umeå kommun: twin towns and cooperation");
    expect(en).toContain("Vaasa");
    expect(en).not.toContain("Vasa (Vaasa)");
    expect(en).not.toContain("Municipal partnerships");
  });

  it("shows only public, current rows: not removed, ended, pending or unreviewed imports", async () => {
    await create(freeText("Embedtest Synlig", [umea]));
    const removed = await create(freeText("Embedtest Borttagen", [umea]));
    await db.partnership.update({
      where: { id: removed.id },
      data: { removedAt: new Date(), version: { increment: 1 } },
    });
    await create(freeText("Embedtest Avslutad", [umea]));
    await db.partnership.update({
      where: { id: created.at(-1)! },
      data: { endedOn: new Date("2020-01-01"), version: { increment: 1 } },
    });
    await create(
      freeText("Embedtest Importerad", [umea], {
        verification: "NEEDS_REVIEW",
        source: "Import av fil med SHA-256 abc, rad 1",
      }),
    );
    // Sollefteå's officer puts Umeå on a partnership: a request Umeå has not confirmed.
    await create(freeText("Embedtest Begärd", [solleftea, umea]), {
      scope: { organisationIds: [solleftea] },
    });

    const html = await (await embed("/inbaddning/2480")).text();
    expect(html).toContain("Embedtest Synlig");
    for (const hidden of ["Borttagen", "Avslutad", "Importerad", "Begärd"])
      expect(html).not.toContain(`Embedtest ${hidden}`);
    // The request is public for Sollefteå, which stands behind it.
    expect(await (await embed("/inbaddning/2283")).text()).toContain("Embedtest Begärd");
    // The builder's counts follow the same rule.
    const [umeaCounts] = await embedMembers(db, umea);
    const publicTwins = await db.partnership.count({
      where: {
        kind: "TWIN_TOWN",
        endedOn: null,
        removedAt: null,
        participants: { some: { organisationId: umea, confirmedAt: { not: null } } },
        OR: [
          { verification: "VERIFIED" },
          { source: null },
          { NOT: { source: { startsWith: "Import av " } } },
        ],
      },
    });
    expect(umeaCounts!.counts.TWIN_TOWN).toBe(publicTwins);
  });

  it("shows an edit on the very next request (the cache follows the data version), with a new ETag", async () => {
    const first = await embed("/inbaddning/2480?typ=vanort");
    const etag = first.headers.get("etag")!;
    expect((await embed("/inbaddning/2480?typ=vanort", { "If-None-Match": etag })).status).toBe(304);
    const p = await create(freeText("Embedtest Ny", [umea]));
    const after = await embed("/inbaddning/2480?typ=vanort", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("Embedtest Ny");
    await db.partnership.update({
      where: { id: p.id },
      data: {
        partners: { updateMany: { where: {}, data: { name: "Embedtest Ändrad" } } },
        version: { increment: 1 },
      },
    });
    const edited = await (await embed("/inbaddning/2480?typ=vanort")).text();
    expect(edited).toContain("Embedtest Ändrad");
    expect(edited).not.toContain("Embedtest Ny");
  });

  it("stays bounded for a member with hundreds of partnerships: the first EMBED_LIMIT and a link to all", async () => {
    const places = await db.place.findMany({
      select: { id: true },
      orderBy: { population: "desc" },
      take: 400,
    });
    // In a transaction of its own with room to spare: 400 rows on a loaded 2-core machine can take
    // longer than Prisma's default 5 s.
    const many = await db.$transaction(
      (tx) =>
        createPartnerships(
          tx,
          places.map((place, i) => ({
            kind: i < 300 ? "TWIN_TOWN" : "OTHER",
            otherType: i < 300 ? undefined : "PROJECT",
            // Officers may write long titles (up to 2000 characters): the page must stay small anyway.
            title:
              i % 3 === 0 ? `Embedtest projekt ${i} ${"med ett mycket långt namn ".repeat(80)}` : undefined,
            startYear: 1950 + (i % 70),
            verification: "VERIFIED",
            participantIds: [quiet.id],
            partners: [{ type: "PLACE", placeId: place.id }],
          })),
          actor,
        ),
      { timeout: 60_000 },
    );
    created.push(...many.map((p) => p.id));
    for (const lang of ["", "/en"]) {
      const response = await embed(`${lang}/inbaddning/${quiet.code}?karta=1&farg=8b0000`);
      const html = await response.text();
      const bytes = Buffer.byteLength(html);
      console.log(
        `embed ${lang}/inbaddning/${quiet.code}?karta=1 with ${places.length} partnerships: ${bytes} bytes`,
      );
      expect(bytes).toBeLessThan(SIZE_LIMIT);
      expect(html.match(/<li>/g)).toHaveLength(EMBED_LIMIT);
      expect(html).toContain(
        lang ? `Showing ${EMBED_LIMIT} of ${places.length}.` : `Visar ${EMBED_LIMIT} av ${places.length}.`,
      );
      expect(html).toContain("color:#8b0000");
    }
  });

  it("answers a clear 400 for bad options and 404 for an unknown code, in the page's language", async () => {
    const bad = await embed("/inbaddning/2480?typ=kompis&farg=ffff00");
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain("Okänt slag av samarbete: ”kompis”");
    expect(text).toContain("kontrasten mot vitt är 1:1");
    const badEn = await embed("/en/inbaddning/2480?farg=red");
    expect(badEn.status).toBe(400);
    expect(await badEn.text()).toContain("Invalid colour: “red”");
    const unknown = await embed("/en/inbaddning/9999");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("No municipality or region has the code 9999.");
    expect((await embed("/inbaddning/umea")).status).toBe(404);
  });

  it("may be framed by any site, unlike every other page, and sets no cookie", async () => {
    for (const path of ["/inbaddning/2480?karta=1", "/en/inbaddning/24"]) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("frame-ancestors *");
      expect(csp).toContain("script-src 'self' 'nonce-");
      expect(response.headers.get("x-frame-options")).toBeNull();
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    for (const path of ["/kommun/umea", "/en/oppna-data", "/inbaddning"]) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
    const page = await embed("/inbaddning/2480");
    expect(page.headers.get("set-cookie")).toBeNull();
    expect(page.headers.get("cache-control")).toContain("must-revalidate");
  });
});

describe("oEmbed", () => {
  const origin = siteUrl().origin;
  const oembed = (query: Record<string, string>, headers: Record<string, string> = {}) =>
    oembedRoute(new Request(`${origin}/api/oembed?${new URLSearchParams(query)}`, { headers }));

  it("answers a rich iframe for a member page in its language", async () => {
    const response = await oembed({ url: `${origin}/en/kommun/umea`, format: "json", maxwidth: "400" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 400,
      provider_name: "Vänortsregistret",
    });
    expect(body.title).toBe("Umeå kommun: twin towns and cooperation (Vänortsregistret)");
    expect(body.html).toContain(`<iframe src="${origin}/en/inbaddning/2480"`);
    expect(body.height).toBeGreaterThan(100);
  });

  it("answers 404, 400 and 501 as the specification says, in the page's or the client's language", async () => {
    const unknown = await oembed({ url: `${origin}/kommun/finns-inte` });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).title).toBe("Ingen inbäddning för adressen");
    expect((await oembed({ url: "https://example.org/kommun/umea" })).status).toBe(404);
    expect((await oembed({ url: `${origin}/samarbeten` })).status).toBe(404);
    const xml = await oembed({ url: `${origin}/en/kommun/umea`, format: "xml" });
    expect(xml.status).toBe(501);
    expect((await xml.json()).title).toBe("Format not supported");
    const missing = await oembed({}, { "Accept-Language": "en-GB,en;q=0.9" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).title).toBe("Address missing");
  });
});
