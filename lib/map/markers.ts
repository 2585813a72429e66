// How a marker is drawn and when it is named on the map. The map (components/map/leaflet-map.tsx)
// and its legend (map-legend.tsx) draw the same SVG circle from these, so the legend shows
// exactly the map's symbols.
import type { MarkerStyle } from "./link-style";

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
