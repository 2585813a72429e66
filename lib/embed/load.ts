// What an embedded list shows: one member's current, public partnerships of the chosen kinds,
// the first EMBED_LIMIT of them with their partners' positions, and how many there are in all.
import type { DbOrTx } from "../database/transaction";
import type { PartnershipKind } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { partnerLabel } from "../partnerships/partner-label";
import { findCurrentPartnershipsOfMember } from "../partnerships/queries";
import type { EmbedOptions } from "./options";
import { EMBED_LIMIT } from "./snippet";

export type EmbedItem = {
  id: number;
  /** The partners as every page names them (partnerLabel), or the title when there is none. */
  label: string;
  title: string | null;
  countries: string[];
  startYear: number | null;
  unverified: boolean;
  /** Partner places with a position, for the map. */
  points: { lat: number; lon: number }[];
};

export type EmbedModel = {
  member: { code: string; name: string; kind: "MUNICIPALITY" | "REGION"; slug: string };
  memberPoint: { lat: number; lon: number } | null;
  sections: { kind: PartnershipKind; count: number; items: EmbedItem[] }[];
  /** All current public partnerships of the chosen kinds (at most EMBED_LIMIT of them are loaded). */
  total: number;
};

/** Partners named per row, and characters of a title, before the rest is summed up or cut. */
const MAX_PARTNERS_NAMED = 5;
const MAX_TITLE = 120;
const cut = (text: string) => (text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1).trimEnd()}…` : text);

/** The member's centroid; a region without one sits at its county's municipalities' mean (as on the map). */
async function memberPoint(
  db: DbOrTx,
  member: { countyCode: string; centroidLat: number | null; centroidLon: number | null },
) {
  if (member.centroidLat !== null && member.centroidLon !== null)
    return { lat: member.centroidLat, lon: member.centroidLon };
  const mean = await db.organisation.aggregate({
    where: { countyCode: member.countyCode, kind: "MUNICIPALITY" },
    _avg: { centroidLat: true, centroidLon: true },
  });
  const { centroidLat: lat, centroidLon: lon } = mean._avg;
  return lat === null || lon === null ? null : { lat, lon };
}

/** The embedded list's data for a member's code, or null when no member has that code. */
export async function loadEmbedModel(
  db: DbOrTx,
  code: string,
  locale: Locale,
  options: EmbedOptions,
  more: (n: number) => string,
): Promise<EmbedModel | null> {
  const member = await db.organisation.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      slug: true,
      countyCode: true,
      centroidLat: true,
      centroidLon: true,
    },
  });
  if (!member) return null;
  // Public only (the rule every public read uses) and current: an embedded list says what the
  // member does today; ended partnerships stay on the registry's own page.
  const [{ rows, countOf }, point] = await Promise.all([
    findCurrentPartnershipsOfMember(db, member.id, options.kinds, EMBED_LIMIT),
    options.map ? memberPoint(db, member) : Promise.resolve(null),
  ]);
  const items = rows.map((p) => {
    const named = p.partners.map((x) => partnerLabel(x, locale)).filter(Boolean);
    // A row stays a line or two: long titles are cut, many partners summed up.
    const partners =
      named.length > MAX_PARTNERS_NAMED
        ? [...named.slice(0, MAX_PARTNERS_NAMED), more(named.length - MAX_PARTNERS_NAMED)]
        : named;
    // A whole country as partner is already named by its label.
    const countries = p.partners
      .filter((x) => x.place)
      .map((x) => localisedName(x.place!.country, locale))
      .filter((c): c is string => !!c);
    return {
      kind: p.kind,
      item: {
        id: p.id,
        label: partners.join(", ") || cut(p.title ?? ""),
        title: partners.length && p.title ? cut(p.title) : null,
        countries: [...new Set(countries)],
        startYear: p.startYear,
        unverified: p.verification === "NEEDS_REVIEW",
        points: p.partners.flatMap((x) =>
          x.place ? [{ lat: x.place.latitude, lon: x.place.longitude }] : [],
        ),
      } satisfies EmbedItem,
    };
  });
  const sections = options.kinds
    .map((kind) => ({
      kind,
      count: countOf.get(kind) ?? 0,
      items: items.filter((i) => i.kind === kind).map((i) => i.item),
    }))
    .filter((s) => s.count > 0);
  return {
    member: { code: member.code, name: member.name, kind: member.kind, slug: member.slug },
    memberPoint: point,
    sections,
    total: sections.reduce((sum, s) => sum + s.count, 0),
  };
}
