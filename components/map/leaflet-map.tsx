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
import { linkStyle, MARKER_STYLE, type MarkerStyle } from "@/lib/map/link-style";
import type { MapData } from "@/lib/map/map-data";
import { labelsShown, markerBox, markerCircle, markerReach, partnerPlaces } from "@/lib/map/markers";
import type { DrawnLink } from "@/lib/map/model";
import { BASEMAP_STYLE } from "@/lib/map/national-view";
import { spreadOverlapping } from "@/lib/map/spread";
import { loadBasemap, type BasemapShapes } from "./basemap";
import { textContent } from "./text-content";

// Start fetching and parsing the basemap as soon as this chunk runs (map-explorer.tsx loads it
// early), not only once React has mounted the map: the shapes are then usually ready first.
if (typeof window !== "undefined") void loadBasemap().catch(() => undefined);

/**
 * Where the map opens. `keep`: the address named a selection together with this zoom and centre,
 * so that selection's arrival does not fit the view to it (later selections do).
 */
export type InitialView =
  | { zoom: number; center: [number, number]; keep?: boolean }
  | { bounds: [[number, number], [number, number]] };

export type LeafletMapProps = {
  /** The map container's id (a link on the page may lead to it). */
  id?: string;
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
  /** Without these (a member page's map) the markers are named images, not buttons. */
  onSelectMember?: (index: number) => void;
  onSelectTarget?: (index: number) => void;
  onViewChange?: (zoom: number, center: [number, number]) => void;
  /** Called once the basemap is drawn (the national map's still picture can then go). */
  onDrawn?: () => void;
};

const PANES = { basemap: 360, links: 420 } as const;

export default function LeafletMap(props: LeafletMapProps) {
  const { id, initial, tiles, zoomLabels } = props;
  return (
    <MapContainer
      id={id}
      className="leaflet-map"
      {...("bounds" in initial
        ? { bounds: initial.bounds, boundsOptions: { padding: [24, 24], maxZoom: 7 } }
        : { zoom: initial.zoom, center: initial.center })}
      minZoom={1}
      maxZoom={12}
      zoomControl={false}
      preferCanvas
      worldCopyJump={false}
      attributionControl={false}
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
      // Leaflet's default margin around the view (0.1): a wider one makes every canvas larger
      // to clear and draw, at the first paint too.
      return [name, L.canvas({ pane: name, padding: 0.1 })] as const;
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

  useAttribution(map, props.locale);
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
  const fitted = useRef<string | null>(null);
  // Whether the data or the map's code arrives first, the address's own view is kept once.
  const keep = useRef(!("bounds" in initial) && initial.keep === true);
  useEffect(() => {
    if (highlighted.length === 0) return;
    const key = `${selectedMember}:${selectedTarget}:${highlighted.length}`;
    if (fitted.current === key) return;
    fitted.current = key;
    if (keep.current) {
      keep.current = false;
      return;
    }
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
  const { choropleth, data, onSelectMember, onDrawn } = props;
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
      interactive: false,
      style: { ...BASEMAP_STYLE.countries, fillOpacity: 1 },
    }).addTo(group);
    return () => {
      group.remove();
    };
  }, [map, renderer, shapes]);

  // The municipalities: plain, or coloured by their active partnerships in the overview mode.
  // Drawn in a task of their own, after the world's: one long task would block the page's input
  // (Lighthouse's total blocking time) as long as both together take.
  useEffect(() => {
    if (!shapes) return;
    const group = L.layerGroup();
    const draw = () => {
      L.geoJSON(shapes.municipalities, {
        ...({ renderer } as L.GeoJSONOptions),
        interactive: Boolean(choropleth),
        style: (f) => {
          if (!choropleth) return { ...BASEMAP_STYLE.municipalities, fillOpacity: 1 };
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
                if (index >= 0) select?.(index);
              });
            }
          : undefined,
      }).addTo(group);
      L.geoJSON(shapes.counties, {
        ...({ renderer } as L.GeoJSONOptions),
        interactive: false,
        style: { ...BASEMAP_STYLE.counties, fill: false },
      }).addTo(group);
      group.addTo(map);
      onDrawn?.();
    };
    const timer = setTimeout(draw, 0);
    return () => {
      clearTimeout(timer);
      group.remove();
    };
  }, [map, renderer, shapes, choropleth, onDrawn]);
}

/**
 * The attribution control, made with the basemap's sources already in it: added once the shapes
 * arrived, the line grew (to three lines on a phone) and moved up, a layout shift. Once for the
 * map, not as the layers' option: Leaflet would pass it on to each of the 177 countries, and the
 * control would rewrite itself for every one (a sixth of the basemap's drawing time). The control
 * collects the attribution of the tile layer, added before it (MAP_TILE_ATTRIBUTION).
 */
function useAttribution(map: L.Map, locale: Locale) {
  useEffect(() => {
    const control = L.control.attribution().addAttribution(basemapAttribution(locale)).addTo(map);
    return () => {
      control.remove();
    };
  }, [map, locale]);
}

/** The basemap's sources, as the site footer names them. */
function basemapAttribution(locale: Locale): string {
  return DATA_SOURCES.filter((s) => s.name === "Natural Earth" || s.name === "sweden-geojson")
    .map((s) => `<a href="${s.url}">${s.attribution[locale]}</a>`)
    .join(" · ");
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
    const placeMarkers: MarkerSpec[] = [];
    const anySelected =
      highlighted.length > 0 || selectedMember !== undefined || selectedTarget !== undefined;

    if (!choropleth) {
      const draw = (link: DrawnLink, emphasis: "normal" | "faded" | "strong") => {
        const line = L.polyline(greatCircle(link.from, link.to), {
          renderer: renderers.links,
          interactive: false,
          lineCap: "round",
          ...linkStyle(link, emphasis),
        });
        line.addTo(group);
        lineCount++;
      };
      for (const link of lines) draw(link, anySelected ? "faded" : "normal");
      for (const link of highlighted) draw(link, "strong");

      // Partner places: each drawn pair's far end; a bundle's end is its country.
      for (const place of partnerPlaces([...lines, ...highlighted], data)) {
        const selected = place.index !== undefined && place.index === selectedTarget;
        const style = place.unverified ? MARKER_STYLE.unverifiedPlace : MARKER_STYLE.place;
        const index = place.index;
        placeMarkers.push({
          at: place.at,
          name: place.name,
          kind: "place",
          style: selected ? { ...style, radius: 7 } : style,
          selected,
          onSelect: index === undefined || !onSelectTarget ? undefined : () => onSelectTarget(index),
        });
      }
    }

    // Members first: the Swedish side is what the keyboard reaches first.
    const specs: MarkerSpec[] = [];
    for (const index of members) {
      const [, , , name, , lat, lon] = data.members[index]!;
      if (lat === null || lon === null) continue;
      const selected = index === selectedMember;
      const style = selected ? MARKER_STYLE.selectedMember : MARKER_STYLE.member;
      specs.push({
        at: [lat, lon],
        name,
        kind: "member",
        style: !selected && choropleth ? { ...style, radius: 3 } : style,
        selected,
        onSelect: onSelectMember && (() => onSelectMember(index)),
      });
    }
    specs.push(...placeMarkers);
    const markers = addMarkers(map, group, specs);
    const markerCount = markers.length;
    // What was drawn, for the tests (a canvas has no elements to count).
    map.getContainer().dataset.lines = String(lineCount);
    map.getContainer().dataset.markers = String(markerCount);
    return () => {
      markers.stop();
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

type MarkerSpec = {
  at: [number, number];
  name: string;
  kind: "member" | "place";
  style: MarkerStyle;
  selected: boolean;
  onSelect?: () => void;
};

const SVG = "http://www.w3.org/2000/svg";

/** The marker's symbol: the legend's SVG circle (lib/map/markers.ts), built as DOM, not HTML. */
function markerIcon(spec: MarkerSpec): L.DivIcon {
  const box = markerBox(spec.style);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", String(box));
  svg.setAttribute("height", String(box));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const circle = document.createElementNS(SVG, "circle");
  const { r, fill, stroke, strokeWidth, strokeDasharray } = markerCircle(spec.style);
  for (const [name, value] of Object.entries({
    cx: box / 2,
    cy: box / 2,
    r,
    fill,
    stroke,
    "stroke-width": strokeWidth,
    "stroke-dasharray": strokeDasharray,
  }))
    if (value !== undefined) circle.setAttribute(name, String(value));
  svg.append(circle);
  return L.divIcon({
    html: svg,
    className: `map-marker map-marker-${spec.kind}${spec.selected ? " map-marker-selected" : ""}`,
    iconSize: [box, box],
  });
}

/**
 * The markers as elements (not on canvas): each is a button outside the tab order, named by its
 * text (aria-label), chosen by click, Enter or Space. Markers that (nearly) share a spot on screen are
 * moved apart at every zoom (lib/map/spread.ts), so each stays visible and clickable, and from
 * LABEL_MIN_ZOOM on each carries its name as a permanent label (text nodes: text-content.ts).
 */
function addMarkers(map: L.Map, group: L.LayerGroup, specs: MarkerSpec[]) {
  const markers = specs.map((spec) => {
    const marker = L.marker(spec.at, {
      icon: markerIcon(spec),
      // Not one tab stop per marker: with hundreds of members the page's list (and the side panel)
      // would lie hundreds of Tab presses away. The map is one tab stop (arrows pan, +/- zoom); the
      // list below it and the side panel choose the same members and places by keyboard.
      keyboard: false,
      zIndexOffset: spec.selected ? 1000 : spec.kind === "member" ? 100 : 0,
    });
    marker.on("add", () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute("aria-label", spec.name);
      if (!spec.onSelect) {
        element.setAttribute("role", "img");
        return;
      }
      // A marker that chooses something is a button (a screen reader's virtual cursor reaches
      // it), focusable by script but outside the tab order; one that does not (a country's
      // bundle, a member page's map) is a named image.
      element.setAttribute("role", "button");
      element.tabIndex = -1;
      if (spec.selected) element.setAttribute("aria-pressed", "true");
      element.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        spec.onSelect?.();
      });
    });
    if (spec.onSelect) marker.on("click", spec.onSelect);
    return marker;
  });

  let labelled: boolean | undefined;
  const layOut = () => {
    const zoom = map.getZoom();
    const spread = spreadOverlapping(
      specs.map((spec) => ({ ...map.project(spec.at, zoom), r: markerReach(spec.style) })),
    );
    markers.forEach((marker, i) => marker.setLatLng(map.unproject(L.point(spread[i]!), zoom)));
    const shown = labelsShown(zoom);
    // For the tests: whether the names are shown (a permanent label per marker).
    map.getContainer().dataset.labels = String(shown);
    if (shown === labelled) return;
    labelled = shown;
    markers.forEach((marker, i) => {
      const spec = specs[i]!;
      marker.unbindTooltip();
      marker.bindTooltip(
        textContent(spec.name),
        shown
          ? {
              permanent: true,
              direction: "right",
              offset: [markerBox(spec.style) / 2, 0],
              className: "map-label",
            }
          : {},
      );
    });
  };
  layOut();
  for (const marker of markers) marker.addTo(group);
  map.on("zoomend", layOut);
  return { length: markers.length, stop: () => map.off("zoomend", layOut) };
}
