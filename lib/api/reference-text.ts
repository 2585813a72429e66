// The API reference on /oppna-data in the reader's language. The OpenAPI document stays in
// English (it is for programs and their authors); the page takes each operation's and
// parameter's text from the messages (openData.api.*), keyed by the operation's path
// ("/api/v1/places/{geonameId}" -> "places_geonameId") and the parameter's name.
import type { Locale } from "../i18n/config";
import { isMessageKey } from "../i18n/keys";
import { getI18n } from "../i18n/server";
import { openApiDocument } from "./openapi";

type Parameter = { name: string; in: string; description?: string; schema?: { description?: string } };
type Operation = { summary?: string; parameters?: Parameter[] };

/** A text on the page; `lang` is set when the messages lack it and the document's English shows. */
type ReferenceText = { text: string; lang?: "en" };

export type ReferenceEndpoint = {
  path: string;
  summary: ReferenceText;
  parameters: { name: string; in: string; description: ReferenceText }[];
};

export const operationKey = (path: string) =>
  path
    .replace(/^\/api\/v1\//, "")
    .replace(/[{}]/g, "")
    .replace(/\//g, "_");

/** Every GET operation of the document, described in `locale`. */
export function apiReference(locale: Locale): ReferenceEndpoint[] {
  const { t } = getI18n(locale);
  const say = (key: string, english: string): ReferenceText =>
    isMessageKey(t, key) ? { text: t(key) } : { text: english, lang: "en" };
  const where = (location: string) => {
    const key = `openData.api.in.${location}`;
    return isMessageKey(t, key) ? t(key) : location;
  };
  return Object.entries(openApiDocument().paths ?? {}).map(([path, item]) => {
    const get = (item as { get: Operation }).get;
    const op = operationKey(path);
    return {
      path,
      summary: say(`openData.api.summaries.${op}`, get.summary ?? ""),
      parameters: (get.parameters ?? []).map((p) => ({
        name: p.name,
        in: where(p.in),
        description: say(`openData.api.params.${op}.${p.name}`, p.description ?? p.schema?.description ?? ""),
      })),
    };
  });
}
