// How a marker is drawn and when it is named on the map. The map (components/map/leaflet-map.tsx)
// and its legend (map-legend.tsx) draw the same SVG circle from these, so the legend shows
// exactly the map's symbols.
import type { MarkerStyle } from "./link-style";
import type { MapData } from "./map-data";
import type { DrawnLink } from "./model";

/** From this zoom on, every marker carries its name beside it (below it only on hover or focus). */
export const LABEL_MIN_ZOOM = 7;

export const labelsShown = (zoom: number) => zoom >= LABEL_MIN_ZOOM;

/** The circle's SVG attributes. */
export function markerCircle(style: MarkerStyle) {
  return {
    r: style.radius,
    fill: style.fillColor,
    stroke: style.color,
    strokeWidth: style.weight,
    strokeDasharray: style.dashArray,
  };
}

/** The square (whole pixels) a marker's SVG fills: the circle with its stroke and a pixel to spare. */
export function markerBox(style: MarkerStyle): number {
  return Math.ceil(2 * (style.radius + style.weight)) + 2;
}

/**
 * The smallest target a pointer must be able to hit (WCAG 2.2, 2.5.8 Target Size (Minimum)): a
 * smaller marker needs a circle of this diameter around its centre that no other marker enters.
 */
export const TARGET_SIZE = 24;

/**
 * How far a marker claims room from its centre on screen (for spreadOverlapping): its circle and
 * stroke, and at least half the target size, so markers moved apart are also far enough apart
 * to be hit one at a time.
 */
export function markerReach(style: MarkerStyle): number {
  return Math.max(style.radius + style.weight / 2, TARGET_SIZE / 2);
}

/** A partner place's marker: each drawn line's far end (a bundle's end is its country). */
export type PlaceMarker = {
  at: [number, number];
  name: string;
  unverified: boolean;
  /** The place's index in the data (a bundle's country has none). */
  index?: number;
  count: number;
};

/** The partner places at the ends of the drawn lines, once each, in the lines' order. */
export function partnerPlaces(links: DrawnLink[], data: MapData): PlaceMarker[] {
  const places = new Map<string, PlaceMarker>();
  for (const link of links) {
    const key = link.targetIndex !== undefined ? `t${link.targetIndex}` : `c${link.countryCode}`;
    const place = places.get(key);
    if (place) {
      place.unverified ||= link.unverified;
      continue;
    }
    const name =
      link.targetIndex !== undefined
        ? data.targets[link.targetIndex]![1]
        : `${link.countryCode}: ${link.count}`;
    places.set(key, {
      at: link.to,
      name,
      unverified: link.unverified,
      index: link.targetIndex,
      count: link.count,
    });
  }
  return [...places.values()];
}
