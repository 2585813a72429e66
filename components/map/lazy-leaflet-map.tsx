"use client";

// Leaflet reads `window` on import, so the map is loaded in the browser only (ssr: false), and
// only by pages with a map. Until its code has arrived, a placeholder of the map's own size
// (the .leaflet-map rules in globals.css) holds its place, so nothing below it moves when it
// appears (layout shift).
import dynamic from "next/dynamic";
import "./map.css";

export const loadLeafletMap = () => import("./leaflet-map");

export function MapPlaceholder() {
  return <div className="leaflet-map map-placeholder" aria-hidden="true" />;
}

export const LeafletMap = dynamic(loadLeafletMap, { ssr: false, loading: MapPlaceholder });
