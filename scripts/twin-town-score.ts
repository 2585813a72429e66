// Scores an import preview of the real-world twin-town list (tests/fixtures/twin-towns) against
// the positions determined independently for it (truth.json, see that folder's README): used by
// tests/integration/import-real-list.test.ts and `npm run bench:import`.
//   right:  the partner was taken ("ready", or a duplicate of a registered pair) within 25 km of the real town
//   queued: the row went to review and the real town is among its candidates (within 25 km)
//   queued without it: review, and no candidate is the real town (a person must add or find it)
//   refused: the row cannot be imported as it is (unknown country, unknown member …)
//   wrong:  the partner was taken but lies more than 25 km from the real town (or the truth has no single place)
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../lib/database/client";
import type { ImportPreview } from "../lib/import/preview";
import { normalizeName } from "../lib/text/normalize";

export const TWIN_TOWN_DIR = path.join(import.meta.dirname, "..", "tests", "fixtures", "twin-towns");
export const TWIN_TOWN_FILE = "vanorter-kommunernas-sidor.csv";
const RIGHT_KM = 25;

type Truth = {
  line: number;
  member: string;
  partner: string;
  geonameId: number | null;
  latitude?: number;
  longitude?: number;
};

export function twinTownFile() {
  return {
    name: TWIN_TOWN_FILE,
    bytes: new Uint8Array(readFileSync(path.join(TWIN_TOWN_DIR, TWIN_TOWN_FILE))),
  };
}

function twinTownTruth(): Truth[] {
  return JSON.parse(readFileSync(path.join(TWIN_TOWN_DIR, "truth.json"), "utf8")) as Truth[];
}

/** Great-circle distance in km. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export type PartnerOutcome = "right" | "queued" | "queued_without" | "refused" | "wrong";

export type ListScore = {
  rows: number;
  memberRight: number;
  partner: Record<PartnerOutcome, number>;
  /** Each wrong row, for the report: line, what the row says, what was taken, how far off. */
  wrong: string[];
};

export async function scoreTwinTownImport(db: Database, preview: ImportPreview): Promise<ListScore> {
  const truth = new Map(twinTownTruth().map((t) => [t.line, t]));
  const ids = new Set<number>();
  for (const row of preview.rows) {
    const p = row.partner;
    if (p?.status === "matched") ids.add(p.place.geonameId);
    if (p && p.status !== "matched") p.candidates.forEach((c) => ids.add(c.geonameId));
  }
  const places = new Map(
    (
      await db.place.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true, latitude: true, longitude: true },
      })
    ).map((p) => [p.id, p]),
  );
  const score: ListScore = {
    rows: preview.rows.length,
    memberRight: 0,
    partner: { right: 0, queued: 0, queued_without: 0, refused: 0, wrong: 0 },
    wrong: [],
  };
  const near = (id: number, t: Truth) => {
    const p = places.get(id);
    if (t.geonameId !== null && id === t.geonameId) return true;
    return (
      !!p && t.latitude !== undefined && t.longitude !== undefined && km(p, t as Required<Truth>) <= RIGHT_KM
    );
  };
  for (const row of preview.rows) {
    const t = truth.get(row.line);
    if (!t) throw new Error(`No truth for line ${row.line}`);
    const member = row.member?.status === "matched" ? row.member.member : null;
    const wanted = normalizeName(t.member.replace(/s kommun$/, ""));
    if (
      member &&
      (normalizeName(member.shortName) === wanted || normalizeName(member.name) === normalizeName(t.member))
    )
      score.memberRight += 1;
    const p = row.partner;
    let outcome: PartnerOutcome;
    if (p?.status === "matched" && row.status !== "invalid") {
      outcome = near(p.place.geonameId, t) ? "right" : "wrong";
      if (outcome === "wrong") {
        const taken = places.get(p.place.geonameId);
        const off =
          taken && t.latitude !== undefined
            ? `${Math.round(km(taken, t as Required<Truth>))} km off`
            : "no single real place";
        score.wrong.push(
          `line ${row.line}: ${t.member} – ${t.partner}: took ${p.place.name}, ${p.place.countryCode} (${off})`,
        );
      }
    } else if (row.status === "review" && p) {
      outcome = p.candidates.some((c) => near(c.geonameId, t)) ? "queued" : "queued_without";
    } else outcome = "refused";
    score.partner[outcome] += 1;
  }
  return score;
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

/** The figures as lines of text, for the benchmark's output and a failing test's message. */
export function describeScore(s: ListScore): string[] {
  const p = s.partner;
  return [
    `rows: ${s.rows}`,
    `Swedish side right: ${s.memberRight} (${pct(s.memberRight, s.rows)})`,
    `partner right: ${p.right} (${pct(p.right, s.rows)})`,
    `partner queued with the right place among the candidates: ${p.queued} (${pct(p.queued, s.rows)})`,
    `  right or queued with it: ${p.right + p.queued} (${pct(p.right + p.queued, s.rows)})`,
    `partner queued without the right place: ${p.queued_without} (${pct(p.queued_without, s.rows)})`,
    `refused: ${p.refused} (${pct(p.refused, s.rows)})`,
    `wrong (saved "ready" > 25 km from the real town): ${p.wrong} (${pct(p.wrong, s.rows)})`,
    ...s.wrong.map((w) => `  ${w}`),
  ];
}
