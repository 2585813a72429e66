import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as registryFeed } from "../../app/[locale]/flode.atom/route";
import { GET as kommunFeed } from "../../app/[locale]/kommun/[slug]/flode.atom/route";
import { GET as regionFeed } from "../../app/[locale]/region/[slug]/flode.atom/route";
import { FEED_SIZE } from "../../lib/changes/feed";
import { catchUp } from "../../lib/changes/list";
import { createPartnership } from "../../lib/partnerships/create";
import { endPartnership } from "../../lib/partnerships/lifecycle";
import { testDatabase } from "../support/database";

// The Atom feeds: valid Atom, newest first, bounded, a member's feed only its own changes,
// hostile names as text. Everything created here is deleted afterwards.
const db = testDatabase();
const actor = { label: "test" };
const created: number[] = [];
const HOSTILE = `</title><script>alert("feed")</script>]]>&amp; Ödeshög`;

type Entry = { id: string; title: string; updated: string; link: { "@href": string }; summary: string };
type Feed = {
  feed: {
    "@xmlns": string;
    "@xml:lang": string;
    id: string;
    title: string;
    updated: string;
    link: { "@rel": string; "@href": string }[];
    entry?: Entry | Entry[];
  };
};

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function read(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers.get("etag")).toBeTruthy();
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as Feed;
  const entries = doc.feed.entry === undefined ? [] : [doc.feed.entry].flat();
  return { xml, feed: doc.feed, entries };
}

let umea = 0;
beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  await catchUp(db); // the seed's members (written without the hook) first, so ours are the newest

  const p = await createPartnership(
    db,
    {
      kind: "OTHER",
      otherType: "PROJECT",
      title: HOSTILE,
      verification: "VERIFIED",
      startYear: 2021,
      participantIds: [umea],
      partners: [{ type: "ORGANISATION", name: HOSTILE, countryCode: "EE" }],
    },
    actor,
  );
  created.push(p.id);
  await endPartnership(
    db,
    { id: p.id, expectedVersion: p.version, scope: "all" },
    { endedOn: "2024-05-31" },
    actor,
  );
});

afterAll(async () => {
  await db.partnership.deleteMany({ where: { id: { in: created } } });
});

describe("Atom feeds", () => {
  it("the registry's feed is Atom with id, updated, self link and the last changes, newest first", async () => {
    const { feed, entries } = await read(
      await registryFeed(new Request("http://localhost/flode.atom"), params({ locale: "sv" })),
    );
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("sv");
    expect(feed.id).toMatch(/^https?:\/\/.+\/flode\.atom$/);
    expect(feed.link.find((l) => l["@rel"] === "self")?.["@href"]).toBe(feed.id);
    expect(entries.length).toBe(FEED_SIZE); // the seed alone has more than 300 changes
    expect(feed.updated).toBe(entries[0]!.updated);
    const ids = entries.map((e) => Number(e.id.split("/").at(-1)));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:[^,]+,2026:change\/\d+$/);
      expect(e.link["@href"]).toMatch(/^https?:\/\//);
      expect(new Date(e.updated).toString()).not.toBe("Invalid Date");
    }
    expect(entries[0]!.title).toMatch(/^Avslutat samarbete: Umeå kommun – /);
    expect(entries[0]!.summary).toContain("avslutat 2024-05-31");
    expect(entries[1]!.title).toMatch(/^Nytt samarbete: Umeå kommun – /);
  });

  it("keeps a hostile name as escaped text", async () => {
    const { xml, entries } = await read(
      await registryFeed(new Request("http://localhost/flode.atom"), params({ locale: "sv" })),
    );
    expect(xml).not.toContain("<script>");
    expect(xml).toContain(
      "&lt;/title&gt;&lt;script&gt;alert(&quot;feed&quot;)&lt;/script&gt;]]&gt;&amp;amp; Ödeshög",
    );
    // Read back by an XML parser, the title is the name as typed: text, not markup.
    expect(entries[0]!.title).toBe(`Avslutat samarbete: Umeå kommun – ${HOSTILE}`);
  });

  it("a member's feed has only that member's changes; English too; unknown members are 404", async () => {
    const { feed, entries } = await read(
      await kommunFeed(
        new Request("http://localhost/en/kommun/umea/flode.atom"),
        params({ locale: "en", slug: "umea" }),
      ),
    );
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.title).toBe("Umeå kommun: changes in Vänortsregistret");
    expect(entries[0]!.title).toMatch(/^Cooperation ended: Umeå kommun – /);
    expect(entries[0]!.link["@href"]).toMatch(/\/en\/kommun\/umea$/);
    for (const e of entries) expect(e.title).toContain("Umeå");

    const solleftea = await read(
      await kommunFeed(
        new Request("http://localhost/kommun/solleftea/flode.atom"),
        params({ locale: "sv", slug: "solleftea" }),
      ),
    );
    expect(solleftea.xml).not.toContain("Ödeshög");

    for (const response of [
      await kommunFeed(
        new Request("http://localhost/kommun/nowhere/flode.atom"),
        params({ locale: "sv", slug: "nowhere" }),
      ),
      await kommunFeed(
        new Request("http://localhost/kommun/x/flode.atom"),
        params({ locale: "sv", slug: "<x>" }),
      ),
      await regionFeed(
        new Request("http://localhost/region/umea/flode.atom"),
        params({ locale: "sv", slug: "umea" }),
      ),
      await registryFeed(new Request("http://localhost/de/flode.atom"), params({ locale: "de" })),
    ])
      expect(response.status).toBe(404);
  });
});
