import { RdfXmlParser } from "rdfxml-streaming-parser";
import { describe, expect, it } from "vitest";
import { catalogueTriples } from "./catalogue";
import { iri, PREFIXES, RDF_TYPE, toJsonLd, toRdfXml, type Triple } from "./rdf";

type Quad = { subject: string; predicate: string; object: string; lang: string; termType: string };

/** Parses RDF/XML with an independent parser: what a harvester reads, not what we meant to write. */
function parse(xml: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser();
    parser.on("data", (q) =>
      quads.push({
        subject: q.subject.value,
        predicate: q.predicate.value,
        object: q.object.value,
        lang: q.object.termType === "Literal" ? q.object.language : "",
        termType: q.object.termType,
      }),
    );
    parser.on("error", reject);
    parser.on("end", () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

const BASE = new URL("https://vanortsregistret.example/");
const triples = catalogueTriples(BASE, new Date("2026-03-01T12:00:00Z"));

describe("the DCAT-AP-SE catalogue", () => {
  it("has the profile's mandatory (and the portal's recommended) properties, read back from RDF/XML", async () => {
    const quads = await parse(toRdfXml(triples));
    expect(quads).toHaveLength(triples.length);
    const ofType = (type: string) =>
      quads.filter((q) => q.predicate === RDF_TYPE && q.object === iri(type as never)).map((q) => q.subject);
    const values = (subject: string, property: string) =>
      quads.filter((q) => q.subject === subject && q.predicate === iri(property as never));
    const languages = (subject: string, property: string) =>
      values(subject, property)
        .map((q) => q.lang)
        .sort();
    const one = (type: string) => {
      const subjects = ofType(type);
      expect(subjects, type).toHaveLength(1);
      return subjects[0]!;
    };

    // Catalogue: title, description, publisher, dataset (mandatory); homepage, licence, language, modified.
    const catalog = one("dcat:Catalog");
    for (const p of ["dcterms:title", "dcterms:description"])
      expect(languages(catalog, p), p).toEqual(["en", "sv"]);
    for (const p of [
      "dcterms:publisher",
      "dcat:dataset",
      "foaf:homepage",
      "dcterms:license",
      "dcterms:modified",
    ])
      expect(values(catalog, p).length, p).toBeGreaterThan(0);
    expect(values(catalog, "dcterms:license")[0]!.object).toBe(
      "https://creativecommons.org/publicdomain/zero/1.0/",
    );

    // Dataset: title and description in Swedish and English, publisher, contact point (mandatory in
    // DCAT-AP-SE); distributions, theme, keywords, update frequency, spatial coverage.
    const dataset = one("dcat:Dataset");
    expect(values(catalog, "dcat:dataset")[0]!.object).toBe(dataset);
    for (const p of ["dcterms:title", "dcterms:description"])
      expect(languages(dataset, p), p).toEqual(["en", "sv"]);
    for (const p of [
      "dcterms:publisher",
      "dcat:contactPoint",
      "dcat:theme",
      "dcat:keyword",
      "dcterms:spatial",
    ])
      expect(values(dataset, p).length, p).toBeGreaterThan(0);
    expect(values(dataset, "dcterms:accrualPeriodicity")[0]!.object).toMatch(
      /authority\/frequency\/[A-Z_]+$/,
    );

    // Publisher: a name; contact point: a name and a way to reach it.
    const publisher = values(dataset, "dcterms:publisher")[0]!.object;
    expect(languages(publisher, "foaf:name")).toEqual(["en", "sv"]);
    const contact = values(dataset, "dcat:contactPoint")[0]!.object;
    expect(values(contact, "vcard:fn").length).toBeGreaterThan(0);
    expect(values(contact, "vcard:hasEmail").length + values(contact, "vcard:hasURL").length).toBeGreaterThan(
      0,
    );

    // Distributions: an access URL each (mandatory), with format, media type and licence: CSV, JSON, GeoJSON, API.
    const distributions = values(dataset, "dcat:distribution").map((q) => q.object);
    expect(distributions.sort()).toEqual(ofType("dcat:Distribution").sort());
    const formats = distributions.map((d) => values(d, "dcterms:format")[0]!.object.split("/").at(-1)).sort();
    expect(formats).toEqual(["CSV", "GEOJSON", "JSON", "JSON"]);
    for (const d of distributions) {
      expect(values(d, "dcat:accessURL")[0]!.object, d).toMatch(
        /^https:\/\/vanortsregistret\.example\/api\/v1\//,
      );
      expect(values(d, "dcterms:license").length, d).toBe(1);
      expect(values(d, "dcat:mediaType").length, d).toBe(1);
    }

    // The API as a data service: title and endpoint URL (mandatory), its OpenAPI description.
    const service = one("dcat:DataService");
    expect(languages(service, "dcterms:title")).toEqual(["en", "sv"]);
    expect(values(service, "dcat:endpointURL")[0]!.object).toBe("https://vanortsregistret.example/api/v1/");
    expect(values(service, "dcat:endpointDescription")[0]!.object).toBe(
      "https://vanortsregistret.example/api/v1/openapi.json",
    );
  });

  it("says the same in JSON-LD", () => {
    const nodes = toJsonLd(triples);
    let count = 0;
    for (const node of nodes)
      for (const [key, value] of Object.entries(node))
        if (key !== "@id") count += (value as unknown[]).length;
    expect(count).toBe(triples.length);
    const dataset = nodes.find((n) => (n["@type"] as string[] | undefined)?.includes(iri("dcat:Dataset")))!;
    expect(dataset[iri("dcterms:title")]).toContainEqual({ "@value": expect.any(String), "@language": "sv" });
  });

  it("escapes literals and IRIs in RDF/XML", async () => {
    const hostile: Triple[] = [
      ["https://x.example/#a", iri("dcterms:title"), { value: `</dcterms:title><x a="1">&amp;`, lang: "sv" }],
      ["https://x.example/#a", iri("dcterms:source"), { iri: `https://x.example/?a=1&b=2` }],
    ];
    const quads = await parse(toRdfXml(hostile));
    expect(quads.map((q) => q.object)).toEqual([
      `</dcterms:title><x a="1">&amp;`,
      `https://x.example/?a=1&b=2`,
    ]);
    expect(Object.keys(PREFIXES)).toContain("dcat");
  });
});
