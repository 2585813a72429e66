// Suggestions: which Swedish members fit a request from abroad, and which requests from abroad
// fit a member. One small scoring rule, so that every suggestion can say why it is there:
//
//   partnerships in the request's country      +3  ("2 partnerships in Poland")
//   the member itself seeks that country       +4  (an open request of its own)
//   ... or that country's world region         +2
//   partnerships in a neighbouring country     +1  (land borders: neighbours.ts)
//   each cooperation area in common            +1  (at most 3)
//
// A member without any tie to the country (the first four) is never suggested: shared areas
// alone say little. Ties go to the member's name, so the order is stable.
import type { WorldRegionCode } from "../countries/world-region";
import { worldRegionOf } from "../countries/world-region";
import { areNeighbours } from "./neighbours";

const POINTS = { sameCountry: 3, seeking: 4, seekingRegion: 2, neighbour: 1, area: 1 } as const;
const MAX_AREA_POINTS = 3;

/** What a request from abroad offers for matching: its town's country and the areas it names. */
export type FitRequest = { countryCode: string; areaCodes: string[] };

/** What a member brings: where its current partnerships are, their areas, and what it seeks itself. */
export type MemberProfile = {
  organisationId: number;
  name: string;
  /** Country → number of current partnerships with a partner there. */
  partnerCountries: Map<string, number>;
  /** Areas of its current partnerships and of its own open requests. */
  areaCodes: Set<string>;
  /** Countries and world regions its own open requests seek. */
  seekingCountries: Set<string>;
  seekingRegions: Set<WorldRegionCode>;
};

export type FitReason =
  | { type: "sameCountry"; country: string; count: number }
  | { type: "seeking"; country: string }
  | { type: "seekingRegion"; region: WorldRegionCode }
  | { type: "neighbour"; countries: string[] }
  | { type: "areas"; areas: string[] };

export type Fit = { score: number; reasons: FitReason[] };

/** How well a member fits a request, with the reasons; null when it has no tie to the country. */
export function fitOf(request: FitRequest, member: MemberProfile): Fit | null {
  const country = request.countryCode.toUpperCase();
  const reasons: FitReason[] = [];
  let score = 0;
  const count = member.partnerCountries.get(country) ?? 0;
  if (count > 0) {
    score += POINTS.sameCountry;
    reasons.push({ type: "sameCountry", country, count });
  }
  if (member.seekingCountries.has(country)) {
    score += POINTS.seeking;
    reasons.push({ type: "seeking", country });
  } else {
    const region = worldRegionOf(country);
    if (member.seekingRegions.has(region)) {
      score += POINTS.seekingRegion;
      reasons.push({ type: "seekingRegion", region });
    }
  }
  const neighbours = [...member.partnerCountries.keys()].filter((c) => areNeighbours(c, country)).sort();
  if (neighbours.length) {
    score += POINTS.neighbour;
    reasons.push({ type: "neighbour", countries: neighbours });
  }
  if (score === 0) return null;
  const shared = [...new Set(request.areaCodes)].filter((a) => member.areaCodes.has(a)).sort();
  if (shared.length) {
    score += Math.min(shared.length, MAX_AREA_POINTS) * POINTS.area;
    reasons.push({ type: "areas", areas: shared });
  }
  return { score, reasons };
}

/** The members that fit a request, best first (score, then name), at most `limit`. */
export function suggestMembers<M extends MemberProfile>(
  request: FitRequest,
  members: M[],
  limit = 10,
): (Fit & { member: M })[] {
  return members
    .flatMap((member) => {
      const fit = fitOf(request, member);
      return fit ? [{ ...fit, member }] : [];
    })
    .sort((a, b) => b.score - a.score || a.member.name.localeCompare(b.member.name, "sv"))
    .slice(0, limit);
}

/** The requests that fit a member, best first (score, then newest), at most `limit`. */
export function suggestRequests<R extends FitRequest & { id: number }>(
  member: MemberProfile,
  requests: R[],
  limit = 5,
): (Fit & { request: R })[] {
  return requests
    .flatMap((request) => {
      const fit = fitOf(request, member);
      return fit ? [{ ...fit, request }] : [];
    })
    .sort((a, b) => b.score - a.score || b.request.id - a.request.id)
    .slice(0, limit);
}
