import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { atomXml, type AtomFeed } from "./atom";

const hostile = `Evil</title><script>alert(1)</script>]]>&amp;"'\u0001`;

const feed = (entries: AtomFeed["entries"]): AtomFeed => ({
  id: "https://example.org/flode.atom",
  title: "Vänortsregistret: ändringar",
  subtitle: "Senaste ändringarna",
  lang: "sv",
  self: "https://example.org/flode.atom",
  alternate: "https://example.org/",
  author: "Vänortsregistret",
  rights: "CC0 1.0",
  entries,
});

describe("atomXml", () => {
  it("writes a well-formed Atom feed with id, updated and linked entries", () => {
    const xml = atomXml(
      feed([
        {
          id: "tag:example.org,2026:change/2",
          title: "Ny vänort: Umeå kommun – Vasa (Vaasa)",
          updated: new Date("2026-03-02T10:00:00Z"),
          link: "https://example.org/kommun/umea",
          summary: "Vänort",
        },
        {
          id: "tag:example.org,2026:change/1",
          title: "Äldre",
          updated: new Date("2026-03-01T10:00:00Z"),
          link: "https://example.org/kommun/umea?a=1&b=2",
          summary: "",
        },
      ]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
      feed: { "@xmlns": string; updated: string; entry: { id: string; link: { "@href": string } }[] };
    };
    expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.updated).toBe("2026-03-02T10:00:00.000Z");
    expect(doc.feed.entry.map((e) => e.id)).toEqual([
      "tag:example.org,2026:change/2",
      "tag:example.org,2026:change/1",
    ]);
    expect(xml).toContain('href="https://example.org/kommun/umea?a=1&amp;b=2"');
  });

  it("keeps a hostile name as text: escaped, no markup, no control character", () => {
    const xml = atomXml(
      feed([
        {
          id: "tag:example.org,2026:change/9",
          title: hostile,
          updated: new Date("2026-03-02T10:00:00Z"),
          link: "https://example.org/",
          summary: hostile,
        },
      ]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
    expect(xml).toContain(
      "Evil&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;&amp;amp;&quot;&apos;<",
    );
  });

  it("says when it was last updated even without entries", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(atomXml(feed([]), now)).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
  });
});
