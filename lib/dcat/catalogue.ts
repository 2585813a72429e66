// The registry's open data described in DCAT-AP-SE (docs.dataportal.se/dcat), the Swedish
// profile of DCAT-AP that Sweden's data portal harvests: one catalogue, one dataset with its
// distributions (the bulk CSV, JSON and GeoJSON files and the API) and the API as a data service.
// Texts in Swedish and English come from the messages; vocabularies are the EU's authority lists.
import { DATA_LICENSE_URL } from "../api/http";
import { LOCALES } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { iri, RDF_TYPE, type Term, type Triple } from "./rdf";

const EU = "http://publications.europa.eu/resource/authority/";
const XSD_DATE = iri("xsd:date");

type Text =
  "catalogTitle" | "catalogDescription" | "datasetTitle" | "datasetDescription" | "publisher" | "contact";
type DistributionText = "csv" | "json" | "geojson" | "api" | "serviceTitle" | "serviceDescription";

const texts = (key: Text | DistributionText): Term[] =>
  LOCALES.map((lang) => ({ value: getI18n(lang).t(`dcat.${key}`), lang }));

/** The catalogue's triples; `base` is the site's address, `modified` the last public change. */
export function catalogueTriples(base: URL, modified: Date): Triple[] {
  const at = (path: string) => new URL(path, base).href;
  const self = at("/api/v1/dcat");
  const node = (name: string) => `${self}#${name}`;
  const catalog = node("catalog");
  const dataset = node("dataset");
  const service = node("api");
  const publisher = node("publisher");
  const contact = node("contact");
  const day: Term = { value: modified.toISOString().slice(0, 10), datatype: XSD_DATE };
  const license: Term = { iri: DATA_LICENSE_URL };
  const triples: Triple[] = [];
  const add = (subject: string, predicate: string, ...objects: Term[]) =>
    objects.forEach((o) => triples.push([subject, predicate, o]));

  add(catalog, RDF_TYPE, { iri: iri("dcat:Catalog") });
  add(catalog, iri("dcterms:title"), ...texts("catalogTitle"));
  add(catalog, iri("dcterms:description"), ...texts("catalogDescription"));
  add(catalog, iri("dcterms:publisher"), { iri: publisher });
  add(catalog, iri("foaf:homepage"), { iri: at("/oppna-data") });
  add(catalog, iri("dcterms:license"), license);
  add(catalog, iri("dcterms:language"), { iri: `${EU}language/SWE` }, { iri: `${EU}language/ENG` });
  add(catalog, iri("dcterms:modified"), day);
  add(catalog, iri("dcat:dataset"), { iri: dataset });
  add(catalog, iri("dcat:service"), { iri: service });

  add(publisher, RDF_TYPE, { iri: iri("foaf:Organization") }, { iri: iri("foaf:Agent") });
  add(publisher, iri("foaf:name"), ...texts("publisher"));
  add(publisher, iri("dcterms:type"), { iri: "http://purl.org/adms/publishertype/NonProfitOrganisation" });

  add(contact, RDF_TYPE, { iri: iri("vcard:Organization") });
  add(contact, iri("vcard:fn"), ...texts("contact"));
  add(contact, iri("vcard:hasURL"), { iri: at("/oppna-data") });

  add(dataset, RDF_TYPE, { iri: iri("dcat:Dataset") });
  add(dataset, iri("dcterms:title"), ...texts("datasetTitle"));
  add(dataset, iri("dcterms:description"), ...texts("datasetDescription"));
  add(dataset, iri("dcterms:publisher"), { iri: publisher });
  add(dataset, iri("dcat:contactPoint"), { iri: contact });
  add(dataset, iri("dcat:landingPage"), { iri: at("/oppna-data") });
  add(dataset, iri("dcat:theme"), { iri: `${EU}data-theme/GOVE` }, { iri: `${EU}data-theme/REGI` });
  for (const lang of LOCALES)
    add(
      dataset,
      iri("dcat:keyword"),
      ...getI18n(lang)
        .t("dcat.keywords")
        .split("|")
        .map((value) => ({ value, lang })),
    );
  add(dataset, iri("dcterms:accrualPeriodicity"), { iri: `${EU}frequency/CONT` });
  add(dataset, iri("dcterms:spatial"), { iri: `${EU}country/SWE` });
  add(dataset, iri("dcterms:language"), { iri: `${EU}language/SWE` }, { iri: `${EU}language/ENG` });
  add(dataset, iri("dcterms:accessRights"), { iri: `${EU}access-right/PUBLIC` });
  add(dataset, iri("dcterms:modified"), day);

  const distributions = [
    { name: "csv", file: "vanortsregistret.csv", format: "CSV", media: "text/csv" },
    { name: "json", file: "vanortsregistret.json", format: "JSON", media: "application/json" },
    { name: "geojson", file: "vanortsregistret.geojson", format: "GEOJSON", media: "application/geo+json" },
  ] as const;
  for (const d of distributions) {
    const distribution = node(`distribution-${d.name}`);
    const url = at(`/api/v1/bulk/${d.file}`);
    add(dataset, iri("dcat:distribution"), { iri: distribution });
    add(distribution, RDF_TYPE, { iri: iri("dcat:Distribution") });
    add(distribution, iri("dcterms:title"), ...texts(d.name));
    add(distribution, iri("dcat:accessURL"), { iri: url });
    add(distribution, iri("dcat:downloadURL"), { iri: url });
    add(distribution, iri("dcterms:format"), { iri: `${EU}file-type/${d.format}` });
    add(distribution, iri("dcat:mediaType"), {
      iri: `https://www.iana.org/assignments/media-types/${d.media}`,
    });
    add(distribution, iri("dcterms:license"), license);
  }
  const api = node("distribution-api");
  add(dataset, iri("dcat:distribution"), { iri: api });
  add(api, RDF_TYPE, { iri: iri("dcat:Distribution") });
  add(api, iri("dcterms:title"), ...texts("api"));
  add(api, iri("dcat:accessURL"), { iri: at("/api/v1/") });
  add(api, iri("dcat:accessService"), { iri: service });
  add(api, iri("dcterms:format"), { iri: `${EU}file-type/JSON` });
  add(api, iri("dcat:mediaType"), { iri: "https://www.iana.org/assignments/media-types/application/json" });
  add(api, iri("dcterms:license"), license);

  add(service, RDF_TYPE, { iri: iri("dcat:DataService") });
  add(service, iri("dcterms:title"), ...texts("serviceTitle"));
  add(service, iri("dcterms:description"), ...texts("serviceDescription"));
  add(service, iri("dcat:endpointURL"), { iri: at("/api/v1/") });
  add(service, iri("dcat:endpointDescription"), { iri: at("/api/v1/openapi.json") });
  add(service, iri("dcat:servesDataset"), { iri: dataset });
  add(service, iri("dcterms:publisher"), { iri: publisher });
  add(service, iri("dcat:contactPoint"), { iri: contact });
  add(service, iri("dcterms:license"), license);
  return triples;
}
