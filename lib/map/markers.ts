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

/** How far a marker reaches from its centre on screen, stroke included (for spreadOverlapping). */
export function markerReach(style: MarkerStyle): number {
  return style.radius + style.weight / 2;
}
