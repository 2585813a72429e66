// GET /api/v1/dcat?format=rdf|jsonld: the open data described in DCAT-AP-SE, for Sweden's data portal and other harvesters.
import { withEtag, etagOf } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { lastPublicChangeAt } from "@/lib/changes/list";
import { catalogueTriples } from "@/lib/dcat/catalogue";
import { toJsonLd, toRdfXml } from "@/lib/dcat/rdf";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "rdf";
  if (format !== "rdf" && format !== "jsonld")
    return problem(400, "Bad Request", "format= is rdf (RDF/XML, the default) or jsonld.", url.pathname);
  // The catalogue's modification date is the last public change's.
  const triples = catalogueTriples(siteUrl(), (await lastPublicChangeAt(db())) ?? new Date());
  const body = format === "rdf" ? toRdfXml(triples) : JSON.stringify(toJsonLd(triples));
  const type = format === "rdf" ? "application/rdf+xml; charset=utf-8" : "application/ld+json; charset=utf-8";
  return withEtag(request, body, etagOf(body), type);
}
