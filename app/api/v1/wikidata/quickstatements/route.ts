// GET /api/v1/wikidata/quickstatements: twin towns whose both sides have a Wikidata item, as QuickStatements for Wikidata editors.
import { etagOf, withEtag } from "@/lib/api/http";
import { db } from "@/lib/db";
import { quickStatements } from "@/lib/wikidata/quickstatements";
import { loadTwinnings } from "@/lib/wikidata/twinnings";

export async function GET(request: Request) {
  const today = new Date().toISOString().slice(0, 10);
  const body = quickStatements(await loadTwinnings(db()), today);
  return withEtag(request, body, etagOf(body), "text/plain; charset=utf-8");
}
