"use client";

// The Leaflet map itself. Loaded only in the browser (map-explorer.tsx imports it with
// ssr: false), so Leaflet's code and CSS reach only pages with a map. Everything is drawn on
// canvas (one per pane), and lines are few by construction (pairs, or bundles per country at
// scale), so 100,000 partnerships never become 100,000 DOM nodes.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { MapContainer, TileLayer, ZoomControl, useMap, useMapEvents } from "react-leaflet";
import { DATA_SOURCES } from "@/lib/attribution";
import type { Locale } from "@/lib/i18n/config";
import { classOf, type ChoroplethClass } from "@/lib/map/choropleth";
import { greatCircle } from "@/lib/map/geodesic";
import { ACTIVITY_WEIGHT, bundleWeight, ENDED_COLOR, KIND_STYLE, MARKER_STYLE } from "@/lib/map/link-style";
import type { MapData } from "@/lib/map/map-data";
import type { DrawnLink } from "@/lib/map/model";
import { loadBasemap, type BasemapShapes } from "./basemap";
import { textContent } from "./text-content";

// Start fetching and parsing the basemap as soon as this chunk runs (map-explorer.tsx loads it
// early), not only once React has mounted the map: the shapes are then usually ready first.
if (typeof window !== "undefined") void loadBasemap().catch(() => undefined);

export type InitialView =
  { zoom: number; center: [number, number] } | { bounds: [[number, number], [number, number]] };

export type LeafletMapProps = {
  data: MapData;
  label: string;
  locale: Locale;
  lines: DrawnLink[];
  highlighted: DrawnLink[];
  /** Member indexes to mark on the map. */
  members: number[];
  selectedMember?: number;
  selectedTarget?: number;
  choropleth?: { countsByCode: Map<string, number>; classes: ChoroplethClass[] };
  initial: InitialView;
  tiles?: { url: string; attribution: string };
  zoomLabels: { zoomIn: string; zoomOut: string };
  onSelectMember: (index: number) => void;
  onSelectTarget: (index: number) => void;
  onViewChange?: (zoom: number, center: [number, number]) => void;
};

const PANES = { basemap: 360, links: 420, markers: 440 } as const;

export default function LeafletMap(props: LeafletMapProps) {
  const { initial, tiles, zoomLabels } = props;
  return (
    <MapContainer
      className="leaflet-map"
      {...("bounds" in initial
        ? { bounds: initial.bounds, boundsOptions: { padding: [24, 24], maxZoom: 7 } }
        : initial)}
      minZoom={1}
      maxZoom={12}
      zoomControl={false}
      preferCanvas
      worldCopyJump={false}
      attributionControl
    >
      <ZoomControl position="topleft" zoomInTitle={zoomLabels.zoomIn} zoomOutTitle={zoomLabels.zoomOut} />
      {/* The attribution is HTML from the operator's MAP_TILE_ATTRIBUTION, never from users. */}
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
      <MapContents {...props} />
    </MapContainer>
  );
}

function usePaneRenderers(map: L.Map) {
  // Created once per map (a lazy initial state), not on every render.
  const [renderers] = useState(() => {
    const entries = Object.entries(PANES).map(([name, zIndex]) => {
      const pane = map.getPane(name) ?? map.createPane(name);
      pane.style.zIndex = String(zIndex);
      return [name, L.canvas({ pane: name, padding: 0.3 })] as const;
    });
    return Object.fromEntries(entries) as Record<keyof typeof PANES, L.Canvas>;
  });
  return renderers;
}

function MapContents(props: LeafletMapProps) {
  const map = useMap();
  const renderers = usePaneRenderers(map);
  const [shapes, setShapes] = useState<BasemapShapes>();
  const { onViewChange } = props;

  useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      map.getContainer().dataset.zoom = String(map.getZoom());
      onViewChange?.(map.getZoom(), [c.lat, c.lng]);
    },
  });

  // The container is the map's landmark for assistive technology; its name says what it shows.
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", props.label);
    container.dataset.zoom = String(map.getZoom());
  }, [map, props.label]);

  useEffect(() => {
    let cancelled = false;
    loadBasemap().then(
      (loaded) => !cancelled && setShapes(loaded),
      () => !cancelled && map.getContainer().setAttribute("data-basemap", "error"),
    );
    return () => {
      cancelled = true;
    };
  }, [map]);

  useBasemapLayers(map, renderers.basemap, shapes, props);
  useLinkLayers(map, renderers, props);
  useFitToSelection(map, props);

  useEffect(() => {
    const container = map.getContainer();
    if (shapes) {
      container.dataset.basemap = String(
        shapes.countries.features.length + shapes.municipalities.features.length,
      );
      container.dataset.mapState = "ready";
    }
  }, [map, shapes]);
  return null;
}

/**
 * Every selection (a member, a place) brings its links into view: Umeå's partners in Canada,
 * China and Mexico, not only Sweden. An address with its own zoom and centre keeps that view
 * when it opens; later selections fit again.
 */
function useFitToSelection(
  map: L.Map,
  { highlighted, selectedMember, selectedTarget, initial }: LeafletMapProps,
) {
  const fitted = useRef<string | null>(
    "bounds" in initial ? null : `${selectedMember}:${selectedTarget}:${highlighted.length}`,
  );
  useEffect(() => {
    if (highlighted.length === 0) return;
    const key = `${selectedMember}:${selectedTarget}:${highlighted.length}`;
    if (fitted.current === key) return;
    fitted.current = key;
    const bounds = L.latLngBounds(highlighted.flatMap((link) => [link.from, link.to]));
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: 7 });
  }, [map, highlighted, selectedMember, selectedTarget]);
}

function useBasemapLayers(
  map: L.Map,
  renderer: L.Canvas,
  shapes: BasemapShapes | undefined,
  props: LeafletMapProps,
) {
  const { choropleth, data, onSelectMember, locale } = props;
  // The click handlers read the latest data through a ref, so the arrival of the data does not
  // rebuild (and redraw) a basemap that does not show it.
  const latest = useRef({ data, onSelectMember });
  useEffect(() => {
    latest.current = { data, onSelectMember };
  }, [data, onSelectMember]);

  // The world and the county borders: drawn once.
  useEffect(() => {
    if (!shapes) return;
    const group = L.layerGroup().addTo(map);
    // Leaflet passes these options on to each shape's path, renderer included (the types omit it).
    L.geoJSON(shapes.countries, {
      ...({ renderer } as L.GeoJSONOptions),
      attribution: basemapAttribution(locale),
      interactive: false,
      style: { color: "#a59f93", weight: 0.6, fillColor: "#efebe2", fillOpacity: 1 },
    }).addTo(group);
    return () => {
      group.remove();
    };
  }, [map, renderer, shapes, locale]);

  // The municipalities: plain, or coloured by their active partnerships in the overview mode.
  useEffect(() => {
    if (!shapes) return;
    const group = L.layerGroup().addTo(map);
    L.geoJSON(shapes.municipalities, {
      ...({ renderer } as L.GeoJSONOptions),
      interactive: Boolean(choropleth),
      style: (f) => {
        if (!choropleth) return { color: "#c9c2b4", weight: 0.4, fillColor: "#f7f4ee", fillOpacity: 1 };
        const count = choropleth.countsByCode.get(f!.properties.code) ?? 0;
        return {
          color: "#8c8c8c",
          weight: 0.4,
          fillColor: classOf(choropleth.classes, count).color,
          fillOpacity: 1,
        };
      },
      onEachFeature: choropleth
        ? (f, layer) => {
            const count = choropleth.countsByCode.get(f.properties.code) ?? 0;
            layer.bindTooltip(textContent(`${f.properties.name}: ${count}`), { sticky: true });
            layer.on("click", () => {
              const { data: current, onSelectMember: select } = latest.current;
              const index = current.members.findIndex((m) => m[1] === f.properties.code);
              if (index >= 0) select(index);
            });
          }
        : undefined,
    }).addTo(group);
    L.geoJSON(shapes.counties, {
      ...({ renderer } as L.GeoJSONOptions),
      interactive: false,
      style: { color: "#6f6a60", weight: 0.9, fill: false },
    }).addTo(group);
    return () => {
      group.remove();
    };
  }, [map, renderer, shapes, choropleth]);
}

/** The basemap's sources, as the site footer names them. */
function basemapAttribution(locale: Locale): string {
  return DATA_SOURCES.filter((s) => s.name === "Natural Earth" || s.name === "sweden-geojson")
    .map((s) => `<a href="${s.url}">${s.attribution[locale]}</a>`)
    .join(" · ");
}

function linkStyle(link: DrawnLink, emphasis: "normal" | "faded" | "strong"): L.PathOptions {
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
    lineCap: "round",
  };
}

function useLinkLayers(map: L.Map, renderers: Record<keyof typeof PANES, L.Canvas>, props: LeafletMapProps) {
  const {
    data,
    lines,
    highlighted,
    members,
    selectedMember,
    selectedTarget,
    choropleth,
    onSelectMember,
    onSelectTarget,
  } = props;
  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    let lineCount = 0;
    let markerCount = 0;
    const anySelected =
      highlighted.length > 0 || selectedMember !== undefined || selectedTarget !== undefined;

    if (!choropleth) {
      const draw = (link: DrawnLink, emphasis: "normal" | "faded" | "strong") => {
        const line = L.polyline(greatCircle(link.from, link.to), {
          renderer: renderers.links,
          interactive: false,
          ...linkStyle(link, emphasis),
        });
        line.addTo(group);
        lineCount++;
      };
      for (const link of lines) draw(link, anySelected ? "faded" : "normal");
      for (const link of highlighted) draw(link, "strong");

      // Partner places: each drawn pair's far end; a bundle's end is its country.
      const places = new Map<
        string,
        { at: [number, number]; name: string; unverified: boolean; index?: number; count: number }
      >();
      for (const link of [...lines, ...highlighted]) {
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
      for (const place of places.values()) {
        const selected = place.index !== undefined && place.index === selectedTarget;
        const style = place.unverified ? MARKER_STYLE.unverifiedPlace : MARKER_STYLE.place;
        const marker = L.circleMarker(place.at, {
          renderer: renderers.markers,
          ...style,
          radius: selected ? 7 : style.radius,
          fillOpacity: 1,
        });
        marker.bindTooltip(textContent(place.name));
        if (place.index !== undefined) {
          const index = place.index;
          marker.on("click", () => onSelectTarget(index));
        }
        marker.addTo(group);
        markerCount++;
      }
    }

    for (const index of members) {
      const [, , , name, , lat, lon] = data.members[index]!;
      if (lat === null || lon === null) continue;
      const selected = index === selectedMember;
      const style = selected ? MARKER_STYLE.selectedMember : MARKER_STYLE.member;
      const marker = L.circleMarker([lat, lon], {
        renderer: renderers.markers,
        ...style,
        radius: !selected && choropleth ? 3 : style.radius,
        fillOpacity: 1,
      });
      marker.bindTooltip(textContent(name));
      marker.on("click", () => onSelectMember(index));
      marker.addTo(group);
      markerCount++;
    }
    // What was drawn, for the tests (a canvas has no elements to count).
    map.getContainer().dataset.lines = String(lineCount);
    map.getContainer().dataset.markers = String(markerCount);
    return () => {
      group.remove();
    };
  }, [
    map,
    renderers,
    data,
    lines,
    highlighted,
    members,
    selectedMember,
    selectedTarget,
    choropleth,
    onSelectMember,
    onSelectTarget,
  ]);
}
