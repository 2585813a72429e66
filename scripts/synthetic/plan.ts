// Decides what one synthetic partnership looks like, from the real reference data. Pure: no
// database, so the mix of kinds, partners and years can be read (and changed) in one place.
// The proportions are plausible, not measured: enough variety that every branch of the pages
// (ended, unreported activity, multilateral, countries, networks) is exercised at volume.
import { weightedIndexSampler, type Random } from "./random";

/** Marks every synthetic row, so it can never be mistaken for real data. */
export const SYNTHETIC_SOURCE = "SYNTETISK TESTDATA för prestandamätning – inga verkliga uppgifter";
export const SYNTHETIC_DESCRIPTION =
  "SYNTETISK TESTDATA för prestandamätning – inga verkliga uppgifter. Samarbetet finns inte; raden skapades av scripts/synthetic/generate.ts.";
const SYNTHETIC_NOTE = "Syntetisk testdata: ingen verklig uppgift att granska.";

export type ReferenceData = {
  /** Swedish members, in a stable order. */
  organisationIds: number[];
  /** GeoNames place ids, largest population first, by the report's world regions (Sweden left out). */
  placesByRegion: { NORDIC: number[]; REST_OF_EUROPE: number[]; REST_OF_WORLD: number[] };
  /** Places in countries open to ICLD's municipal partnerships, largest first. */
  icldPlaces: number[];
  countryCodes: string[];
  networkIds: number[];
  areaCodes: string[];
  fundingCodes: string[];
};

type Kind = "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER";
type OtherType = "COOPERATION_AGREEMENT" | "PROJECT" | "NETWORK_MEMBERSHIP" | "CROSS_BORDER" | "OTHER";

export type PlannedPartner =
  | { type: "PLACE"; placeId: number }
  | { type: "COUNTRY"; countryCode: string }
  | { type: "NETWORK"; networkId: number }
  | { type: "ORGANISATION"; name: string; countryCode: string };

export type PlannedPartnership = {
  kind: Kind;
  otherType: OtherType | null;
  title: string | null;
  activityLevel: "ACTIVE" | "SPORADIC" | "DORMANT" | null;
  startYear: number | null;
  endedOn: string | null;
  endReason: string | null;
  verification: "VERIFIED" | "NEEDS_REVIEW";
  reviewNote: string | null;
  participantIds: number[];
  partners: PlannedPartner[];
  areaCodes: string[];
  fundingCodes: string[];
};

const LAST_YEAR = 2025;
const ICLD_FIRST_YEAR = 1999;

/**
 * Returns a function that plans partnership number `index`. Participation is skewed: members
 * in a seeded order get weight 1/√rank, so a few carry several thousand partnerships and the
 * busiest page is a real stress test, while every member has some.
 */
export function createPlanner(random: Random, refs: ReferenceData) {
  if (refs.organisationIds.length === 0 || refs.icldPlaces.length === 0 || refs.networkIds.length === 0) {
    throw new Error(
      "The reference data is missing (organisations, places or networks): seed the database first",
    );
  }
  const members = random.shuffle(refs.organisationIds);
  const nextMember = weightedIndexSampler(
    random,
    members.map((_, rank) => 1 / Math.sqrt(rank + 1)),
  );

  const place = (pool: number[]): PlannedPartner => ({ type: "PLACE", placeId: random.pickBiased(pool, 3) });
  const regionalPlace = (): PlannedPartner =>
    place(
      refs.placesByRegion[
        random.weighted([
          ["NORDIC", 45],
          ["REST_OF_EUROPE", 35],
          ["REST_OF_WORLD", 20],
        ] as const)
      ],
    );
  // A few thousand names, so that one made-up organisation has partners in several places.
  const organisation = (): PlannedPartner => ({
    type: "ORGANISATION",
    name: `Syntetisk testorganisation nr ${random.int(1, 5000)}`,
    countryCode: random.pick(refs.countryCodes),
  });
  const several = (make: () => PlannedPartner, weights: readonly (readonly [number, number])[]) =>
    Array.from({ length: random.weighted(weights) }, make);

  function partnersFor(kind: Kind, otherType: OtherType | null): PlannedPartner[] {
    if (kind === "TWIN_TOWN")
      return several(regionalPlace, [
        [1, 92],
        [2, 6],
        [3, 2],
      ]);
    if (kind === "MUNICIPAL_PARTNERSHIP")
      return several(
        () => place(refs.icldPlaces),
        [
          [1, 95],
          [2, 5],
        ],
      );
    switch (otherType) {
      case "NETWORK_MEMBERSHIP":
        return [{ type: "NETWORK", networkId: random.pick(refs.networkIds) }];
      case "COOPERATION_AGREEMENT":
        return random.chance(0.3)
          ? [{ type: "COUNTRY", countryCode: random.pick(refs.countryCodes) }]
          : [regionalPlace()];
      case "CROSS_BORDER":
        return several(
          () => place(refs.placesByRegion.NORDIC),
          [
            [1, 70],
            [2, 30],
          ],
        );
      case "PROJECT":
        return several(
          () => (random.chance(0.2) ? organisation() : regionalPlace()),
          [
            [1, 50],
            [2, 30],
            [3, 20],
          ],
        );
      default:
        return [random.chance(0.3) ? organisation() : regionalPlace()];
    }
  }

  function startYearFor(kind: Kind): number | null {
    if (random.chance(0.08)) return null;
    if (kind === "MUNICIPAL_PARTNERSHIP") return random.int(ICLD_FIRST_YEAR, LAST_YEAR);
    if (kind === "OTHER") return random.int(1990, LAST_YEAR);
    return random.int(1945, LAST_YEAR);
  }

  return function plan(index: number): PlannedPartnership {
    const kind = random.weighted<Kind>([
      ["TWIN_TOWN", 55],
      ["MUNICIPAL_PARTNERSHIP", 15],
      ["OTHER", 30],
    ]);
    const otherType =
      kind === "OTHER"
        ? random.weighted<OtherType>([
            ["COOPERATION_AGREEMENT", 30],
            ["PROJECT", 30],
            ["NETWORK_MEMBERSHIP", 20],
            ["CROSS_BORDER", 10],
            ["OTHER", 10],
          ])
        : null;
    const startYear = startYearFor(kind);
    // The check constraint wants the end in or after the start year.
    const ended = random.chance(0.1);
    const endYear = ended ? random.int(Math.max(startYear ?? 1990, 1950), LAST_YEAR) : null;
    const endedOn = endYear ? `${endYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}` : null;
    const verification = random.chance(0.65) ? "VERIFIED" : "NEEDS_REVIEW";

    const participantCount = Math.min(
      random.weighted([
        [1, 80],
        [2, 13],
        [3, 7],
      ] as const),
      members.length,
    );
    const participantIds = new Set<number>();
    while (participantIds.size < participantCount) participantIds.add(members[nextMember()]!);
    const partners = partnersFor(kind, otherType);

    const fundingCodes = random.sample(
      refs.fundingCodes,
      random.weighted([
        [0, 20],
        [1, 55],
        [2, 25],
      ] as const),
    );
    if (
      kind === "MUNICIPAL_PARTNERSHIP" &&
      refs.fundingCodes.includes("sida_icld") &&
      !fundingCodes.includes("sida_icld")
    ) {
      fundingCodes.push("sida_icld");
    }

    return {
      kind,
      otherType,
      title: participantIds.size > 1 || partners.length > 1 ? `Syntetiskt samarbete nr ${index + 1}` : null,
      activityLevel: ended
        ? random.weighted([
            [null, 60],
            ["DORMANT", 40],
          ] as const)
        : random.weighted([
            [null, 25],
            ["ACTIVE", 35],
            ["SPORADIC", 25],
            ["DORMANT", 15],
          ] as const),
      startYear,
      endedOn,
      endReason: ended ? "Syntetisk testdata: avslutat påhittat samarbete." : null,
      verification,
      reviewNote: verification === "NEEDS_REVIEW" ? SYNTHETIC_NOTE : null,
      participantIds: [...participantIds],
      partners,
      areaCodes: random.sample(
        refs.areaCodes,
        random.weighted([
          [0, 15],
          [1, 30],
          [2, 30],
          [3, 15],
          [4, 10],
        ] as const),
      ),
      fundingCodes,
    };
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
