"use client";

// The map of the place form (issue 14): click to put the place there, or drag its marker. Loaded
// in the browser only (position-picker.tsx imports it with ssr: false). The offline basemap's
// country shapes are drawn under it; the typed latitude and longitude are the keyboard's way.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { MapContainer, useMap, useMapEvents } from "react-leaflet";
import { loadBasemap } from "@/components/map/basemap";

export type Position = { lat: number; lon: number };

export type PositionMapProps = {
  position: Position | null;
  label: string;
  markerLabel: string;
  onChange: (position: Position) => void;
};

const round = (v: number) => Math.round(v * 1e5) / 1e5;

export default function PositionMap(props: PositionMapProps) {
  const { position } = props;
  return (
    <MapContainer
      className="leaflet-map position-map"
      center={position ? [position.lat, position.lon] : [57, 15]}
      zoom={position ? 7 : 3}
      minZoom={1}
      maxZoom={12}
      worldCopyJump={false}
      attributionControl={false}
    >
      <Contents {...props} />
    </MapContainer>
  );
}

function Contents({ position, label, markerLabel, onChange }: PositionMapProps) {
  const map = useMap();
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
  }, [map, label]);

  useEffect(() => {
    let cancelled = false;
    void loadBasemap()
      .then((shapes) => {
        if (cancelled) return;
        L.geoJSON(shapes.countries, {
          interactive: false,
          style: { color: "#a59f93", weight: 0.6, fillColor: "#efebe2", fillOpacity: 1 },
        }).addTo(map);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [map]);

  useMapEvents({
    click: (event) => latest.current({ lat: round(event.latlng.lat), lon: round(event.latlng.lng) }),
  });

  // One draggable marker, moved to the position typed or chosen.
  useEffect(() => {
    if (!position) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.marker([position.lat, position.lon], {
        draggable: true,
        keyboard: false, // the typed coordinates are the keyboard's way; no unnamed focus stop
        title: markerLabel,
        icon: L.divIcon({ className: "position-marker", iconSize: [18, 18] }),
      }).addTo(map);
      marker.current.on("dragend", () => {
        const at = marker.current!.getLatLng();
        latest.current({ lat: round(at.lat), lon: round(at.lng) });
      });
    } else {
      marker.current.setLatLng([position.lat, position.lon]);
    }
    if (!map.getBounds().contains([position.lat, position.lon])) map.panTo([position.lat, position.lon]);
  }, [map, position, markerLabel]);

  return null;
}
