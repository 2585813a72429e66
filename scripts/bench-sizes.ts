// `npm run bench:sizes`: how large each public page and API answer is at volume (issues 12 and
// 13: no public answer may grow without bound with the data; HTML under 300 kB per page at
// 100,000 partnerships). The benchmark's database and build (scripts/bench-support.ts), one
// request per route, the uncompressed size and the time printed; no load. Then a second request
// for the size on the wire as a browser asking for gzip gets it (from the page cache, where the
// route is kept), and for a page the bytes of React's flight payload inlined in it (the
// `self.__next_f.push` scripts, which repeat what the server components rendered as HTML).
//   npm run bench:sizes -- [--rows 100000] [--skip-build] [--from /flode.atom] [--route /kommun/]
// --from starts the list at the first route that begins with it (to measure the rest again);
// --route (repeatable) measures only the routes that begin with it.
import { get } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  buildApp,
  BUILD_TIMEOUT_MS,
  count,
  prepareBenchDatabase,
  query,
  runBenchmark,
  startServer,
} from "./bench-support";

const { values: flags } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    "skip-build": { type: "boolean", default: false },
    from: { type: "string" },
    route: { type: "string", multiple: true },
  },
});
const rows = Number(flags.rows);
if (!Number.isInteger(rows) || rows < 0) throw new Error(`--rows needs a whole number, not "${flags.rows}"`);

const LIMIT_BYTES = 300_000;
// The first read of the change list or a feed publishes whatever was written outside the domain
// (the synthetic rows: minutes at 100,000); a route that takes longer is reported and skipped.
const REQUEST_TIMEOUT_MS = 15 * 60_000;

/** The member of a kind with most visible partnerships, and the busiest country and place. */
async function heaviest(url: string) {
  const member = (kind: string) =>
    query<{ slug: string; code: string }>(
      url,
      `SELECT o."slug", o."code" FROM "PartnershipParticipant" pp
         JOIN "Organisation" o ON o."id" = pp."organisationId"
         JOIN "Partnership" p ON p."id" = pp."partnershipId"
        WHERE o."kind" = $1 AND p."removedAt" IS NULL
        GROUP BY o."id" ORDER BY count(*) DESC, o."id" LIMIT 1`,
      [kind],
    ).then((r) => r[0]);
  const [municipality, region] = await Promise.all([member("MUNICIPALITY"), member("REGION")]);
  const [place] = await query<{ id: number }>(
    url,
    `SELECT pp."placeId" AS id FROM "PartnershipPartner" pp JOIN "Partnership" p ON p."id" = pp."partnershipId"
      WHERE p."removedAt" IS NULL AND pp."placeId" IS NOT NULL
      GROUP BY pp."placeId" ORDER BY count(*) DESC, pp."placeId" LIMIT 1`,
  );
  const [country] = await query<{ code: string }>(
    url,
    `SELECT lower(COALESCE(pl."countryCode", pp."countryCode")) AS code FROM "PartnershipPartner" pp
       LEFT JOIN "Place" pl ON pl."id" = pp."placeId" JOIN "Partnership" p ON p."id" = pp."partnershipId"
      WHERE p."removedAt" IS NULL AND COALESCE(pl."countryCode", pp."countryCode") IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!municipality || !place || !country) throw new Error("The benchmark database has no partnerships");
  return { municipality, region, place, country };
}

function routesFor(h: Awaited<ReturnType<typeof heaviest>>): string[] {
  const m = h.municipality;
  return [
    "/",
    "/kommun/umea",
    `/kommun/${m.slug}`,
    `/en/kommun/${m.slug}`,
    ...(h.region ? [`/region/${h.region.slug}`] : []),
    "/kommuner",
    "/samarbeten",
    "/samarbeten?typ=vanort&land=fi",
    "/land/fi",
    `/land/${h.country.code}`,
    `/ort/${h.place.id}`,
    "/karta",
    "/statistik",
    "/partnersokning",
    "/sok?q=a",
    "/oppna-data",
    `/inbaddning/${m.code}?karta=1`,
    "/flode.atom",
    `/kommun/${m.slug}/flode.atom`,
    "/sitemap.xml",
    "/sitemap/sidor.xml",
    "/sitemap/orter-1.xml",
    "/api/search?q=a",
    "/api/v1/organisations",
    `/api/v1/organisations/${m.code}`,
    "/api/v1/municipalities",
    `/api/v1/municipalities/${m.code}`,
    "/api/v1/partnerships",
    "/api/v1/partnerships?antal=500",
    "/api/v1/places?q=a",
    "/api/v1/countries",
    "/api/v1/networks",
    "/api/v1/changes",
    "/api/v1/changes?antal=500",
    "/api/v1/statistics",
    "/api/v1/partner-requests",
    "/api/v1/map",
    `/api/v1/map?vald=${m.code}`,
    `/api/v1/map?medlem=${m.code}`,
  ];
}

/** The bytes of a GET as they come over the wire (not decompressed), asking for gzip. */
function bytesOnTheWire(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = get(
      url,
      { headers: { "accept-encoding": "gzip" }, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "none") }));
        res.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

/** Bytes of React's flight payload inlined in a page (the self.__next_f.push scripts). */
function flightBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g))
    total += Buffer.byteLength(match[1]!);
  return total;
}

async function main() {
  const dir = path.join(".data", "bench", rows === 100_000 ? "postgres" : `postgres-${rows}`);
  const url = await prepareBenchDatabase(rows, path.resolve(dir));
  const all = routesFor(await heaviest(url));
  const start = flags.from === undefined ? 0 : all.findIndex((r) => r.startsWith(flags.from!));
  if (start < 0) throw new Error(`No route begins with ${flags.from}`);
  const routes = all
    .slice(start)
    .filter((r) => !flags.route || flags.route.some((prefix) => r.startsWith(prefix)));
  await buildApp(url, flags["skip-build"] ?? false);
  const server = await startServer(url, `next-start-sizes-${rows}.log`);
  console.log(
    `\n${count(rows)} synthetic partnerships: uncompressed bytes per answer (limit ${count(LIMIT_BYTES)}), ` +
      `time, bytes on the wire with gzip (a second request) and, for pages, the inlined flight payload's bytes`,
  );
  for (const route of routes) {
    const started = performance.now();
    try {
      const response = await fetch(server.origin + route, {
        headers: { "accept-encoding": "gzip" },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = Buffer.from(await response.arrayBuffer()); // fetch has undone the gzip
      const bytes = body.byteLength;
      const ms = performance.now() - started;
      const flag = bytes > LIMIT_BYTES ? "  over" : "";
      const wire = await bytesOnTheWire(server.origin + route);
      const isPage = String(response.headers.get("content-type")).startsWith("text/html");
      const flight = isPage ? `, flight ${count(flightBytes(body.toString("utf8")))} B` : "";
      console.log(
        `${route.padEnd(48)} ${String(response.status).padStart(3)} ${count(bytes).padStart(12)} B ${ms.toFixed(0).padStart(6)} ms` +
          ` ${count(wire.bytes).padStart(10)} B ${wire.encoding}${flight}${flag}`,
      );
    } catch (error) {
      console.log(
        `${route.padEnd(48)} failed after ${((performance.now() - started) / 1000).toFixed(0)} s: ${String(error)}`,
      );
    }
  }
  await server.stop();
}

await runBenchmark("The size survey", main, BUILD_TIMEOUT_MS + 10 * 60_000);
