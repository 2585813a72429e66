// A small RDF graph (IRIs and literals only, no blank nodes) and its two serialisations: RDF/XML,
// which Sweden's data portal harvests, and JSON-LD in expanded form. One graph, so the two
// cannot say different things.
import { xmlEscape as x } from "../text/xml";

export type Term = { iri: string } | { value: string; lang?: string; datatype?: string };
export type Triple = [subject: string, predicate: string, object: Term];

export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dcterms: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

export const RDF_TYPE = `${PREFIXES.rdf}type`;

/** A prefixed name ("dcterms:title") as its IRI. */
export const iri = (name: `${keyof typeof PREFIXES}:${string}`) => {
  const [prefix, local] = name.split(":") as [keyof typeof PREFIXES, string];
  return PREFIXES[prefix] + local;
};

function qname(predicate: string) {
  for (const [prefix, ns] of Object.entries(PREFIXES))
    if (predicate.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(predicate.slice(ns.length)))
      return `${prefix}:${predicate.slice(ns.length)}`;
  throw new Error(`No prefix for ${predicate}`);
}

const bySubject = (triples: Triple[]) => {
  const subjects = new Map<string, Triple[]>();
  for (const t of triples) subjects.set(t[0], [...(subjects.get(t[0]) ?? []), t]);
  return subjects;
};

export function toRdfXml(triples: Triple[]): string {
  const namespaces = Object.entries(PREFIXES)
    .map(([prefix, ns]) => `xmlns:${prefix}="${ns}"`)
    .join("\n    ");
  const descriptions = [...bySubject(triples)].map(([subject, own]) => {
    const properties = own.map(([, predicate, object]) => {
      const name = qname(predicate);
      if ("iri" in object) return `    <${name} rdf:resource="${x(object.iri)}"/>`;
      const lang = object.lang ? ` xml:lang="${x(object.lang)}"` : "";
      const type = object.datatype ? ` rdf:datatype="${x(object.datatype)}"` : "";
      return `    <${name}${lang}${type}>${x(object.value)}</${name}>`;
    });
    return `  <rdf:Description rdf:about="${x(subject)}">\n${properties.join("\n")}\n  </rdf:Description>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF ${namespaces}>\n${descriptions.join("\n")}\n</rdf:RDF>\n`;
}

/** Expanded JSON-LD: every node with its full IRIs, so no context needs fetching. */
export function toJsonLd(triples: Triple[]) {
  return [...bySubject(triples)].map(([subject, own]) => {
    const node: Record<string, unknown> = { "@id": subject };
    for (const [, predicate, object] of own) {
      if (predicate === RDF_TYPE && "iri" in object) {
        node["@type"] = [...((node["@type"] as string[]) ?? []), object.iri];
        continue;
      }
      const value =
        "iri" in object
          ? { "@id": object.iri }
          : {
              "@value": object.value,
              ...(object.lang ? { "@language": object.lang } : {}),
              ...(object.datatype ? { "@type": object.datatype } : {}),
            };
      node[predicate] = [...((node[predicate] as unknown[]) ?? []), value];
    }
    return node;
  });
}
