// How a link looks. Colour says the kind (Okabe–Ito colours, distinguishable with the common
// colour-vision deficiencies) and so does the dash pattern, so colour is never the only
// carrier of meaning; line weight says the activity; ended links are grey.
import type { ActivityCode, DrawnLink, KindCode } from "./model";

export const KIND_STYLE: Record<
  KindCode,
  { color: string; dashArray?: string; kind: "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER" }
> = {
  T: { color: "#0072B2", kind: "TWIN_TOWN" }, // blue, solid
  M: { color: "#D55E00", dashArray: "8 5", kind: "MUNICIPAL_PARTNERSHIP" }, // vermillion, dashed
  O: { color: "#009E73", dashArray: "2 5", kind: "OTHER" }, // bluish green, dotted
};

export const ENDED_COLOR = "#767676";

export const ACTIVITY_WEIGHT: Record<ActivityCode, number> = { A: 3, S: 2, D: 1, "": 1.5 };

/** The markers: the legend draws its samples from the same styles as the map. */
export type MarkerStyle = {
  radius: number;
  fillColor: string;
  color: string;
  weight: number;
  dashArray?: string;
};
export const MARKER_STYLE = {
  member: { radius: 5, fillColor: "#1f2937", color: "#ffffff", weight: 1.5 },
  selectedMember: { radius: 8, fillColor: "#b3261e", color: "#ffffff", weight: 1.5 },
  place: { radius: 4.5, fillColor: "#f2c14e", color: "#333333", weight: 1 },
  unverifiedPlace: { radius: 4.5, fillColor: "#ffffff", color: "#000000", weight: 1.5, dashArray: "2 2" },
} satisfies Record<string, MarkerStyle>;

/** A bundle of n partnerships: wider with more, on a log scale so 1 and 10,000 both fit. */
function bundleWeight(count: number): number {
  return Math.min(10, 1 + Math.log2(count) * 0.8);
}

/** How a drawn link looks: on the map (leaflet-map.tsx) and in its still picture (map-picture.tsx). */
export function linkStyle(
  link: DrawnLink,
  emphasis: "normal" | "faded" | "strong",
): { color: string; dashArray?: string; weight: number; opacity: number } {
  const kind = KIND_STYLE[link.kind];
  const weight =
    link.count > 1 && link.memberIndex === undefined
      ? bundleWeight(link.count)
      : ACTIVITY_WEIGHT[link.activity];
  return {
    color: link.ended ? ENDED_COLOR : kind.color,
    dashArray: kind.dashArray,
    weight: emphasis === "strong" ? weight + 1.5 : weight,
    opacity: emphasis === "faded" ? 0.15 : emphasis === "strong" ? 0.95 : 0.7,
  };
}
