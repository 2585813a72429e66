import { describe, expect, it } from "vitest";
import { indexXml, parseSitemapFile, PLACES_PER_FILE, sitemapFiles, urlsetXml } from "./sitemap";

describe("the sitemap's files", () => {
  it("names the pages' file and one file per PLACES_PER_FILE places", () => {
    expect(sitemapFiles(0)).toEqual(["sidor.xml"]);
    expect(sitemapFiles(1)).toEqual(["sidor.xml", "orter-1.xml"]);
    expect(sitemapFiles(PLACES_PER_FILE)).toEqual(["sidor.xml", "orter-1.xml"]);
    expect(sitemapFiles(41_046)).toHaveLength(1 + 42);
  });

  it("reads only the names it writes", () => {
    expect(parseSitemapFile("sidor.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapFile("orter-12.xml")).toEqual({ kind: "places", n: 12 });
    for (const bad of ["orter-0.xml", "orter-01.xml", "orter-1.xml.gz", "orter-x.xml", "sidor", "../x.xml"])
      expect(parseSitemapFile(bad)).toBeNull();
  });
});

describe("the sitemap's XML", () => {
  it("writes each address with its alternates, escaped", () => {
    const xml = urlsetXml("https://example.se", [
      { path: "/kommun/umea", lastModified: new Date("2026-01-02T03:04:05Z") },
      { path: "/ort/1?a=1&b=2" },
    ]);
    expect(xml).toContain(
      '<url><loc>https://example.se/kommun/umea</loc><xhtml:link rel="alternate" hreflang="sv" href="https://example.se/kommun/umea"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.se/en/kommun/umea"/><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>',
    );
    expect(xml).toContain("<loc>https://example.se/ort/1?a=1&amp;b=2</loc>");
  });

  it("indexes the files under /sitemap/", () => {
    expect(indexXml("https://example.se", ["sidor.xml", "orter-1.xml"])).toContain(
      "<sitemap><loc>https://example.se/sitemap/sidor.xml</loc></sitemap>\n<sitemap><loc>https://example.se/sitemap/orter-1.xml</loc></sitemap>",
    );
  });
});
