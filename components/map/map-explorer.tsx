"use client";

// The national map page's interactive part: fetches the filtered map data once, then the
// map, the counts, the side panel and the list twin all derive from that one object, so they
// always agree. The view (selection, overview mode, zoom and centre) is kept in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl/react";
import type { Locale } from "@/lib/i18n/config";
import { choroplethClasses } from "@/lib/map/choropleth";
import type { MapData } from "@/lib/map/map-data";
import {
  countryBundles,
  MAX_SINGLE_LINKS,
  memberRows,
  pairCount,
  pairLinks,
  sortMemberRows,
  summarise,
  type MemberSort,
} from "@/lib/map/model";
import { NATIONAL_VIEW } from "@/lib/map/national-view";
import { MAP_PARAMS, parseMapView, serializeMapView, type MapView } from "@/lib/map/view-state";
import { MAP_ANCHORS } from "./anchors";
import { LeafletMap, loadLeafletMap, MapPlaceholder } from "./lazy-leaflet-map";
import type { InitialView } from "./leaflet-map";
import { MapLegend } from "./map-legend";
import { MapMemberTable } from "./map-member-table";
import { MapPicture } from "./map-picture";
import { MapSidePanel } from "./map-side-panel";

/**
 * Whether the address asks for more than the national view with nothing chosen (a member, a
 * place, the overview, a zoom or a centre): then the map is built at once, not pictured.
 */
const needsLiveMap = (view: MapView) =>
  view.member !== undefined ||
  view.target !== undefined ||
  view.overview ||
  view.zoom !== undefined ||
  view.center !== undefined;

// An address that asks for a member, a place or a view builds the map at once: start fetching
// Leaflet as soon as this module runs, not only once React has hydrated the page.
if (typeof window !== "undefined" && needsLiveMap(parseMapView(new URLSearchParams(window.location.search))))
  void loadLeafletMap();

const EMPTY: MapData = { members: [], targets: [], links: [] };

async function fetchMapData(url: string, signal: AbortSignal): Promise<MapData> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as MapData;
}

export type TileConfig = { url: string; attribution: string };

export function MapExplorer({
  locale,
  filters,
  dataUrl,
  initialView,
  sort,
  tiles,
}: {
  locale: Locale;
  /** The directory filters (and sort) as URL parameters, as the server parsed them. */
  filters: string;
  dataUrl: string;
  initialView: MapView;
  sort: MemberSort;
  tiles?: TileConfig;
}) {
  const t = useTranslations("map");
  const [data, setData] = useState<MapData>();
  const [attempt, setAttempt] = useState(0);
  // A failure belongs to one request: a new address or a retry clears it without an extra render.
  const request = `${attempt}:${dataUrl}`;
  const [failedRequest, setFailedRequest] = useState<string>();
  const failed = failedRequest === request;
  const [view, setView] = useState<MapView>(initialView);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  // The Leaflet map is built on the first pointer, touch or focus on its picture, on any choice
  // (a member, a place, the overview), or at once when the address asks for one; until then the
  // national view is a still picture (map-picture.tsx). `drawn`: the map has drawn its basemap,
  // and the picture that covered it while it was built can go.
  const [live, setLive] = useState(() => needsLiveMap(initialView));
  const [drawn, setDrawn] = useState(false);
  const activate = useCallback(() => setLive(true), []);
  if (!live && needsLiveMap(view)) setLive(true);
  const mapDrawn = useCallback(() => {
    // Focus on the picture built the map: it moves on to the map, the same tab stop.
    if (document.activeElement?.closest(".map-picture")) document.getElementById(MAP_ANCHORS.map)?.focus();
    setDrawn(true);
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    fetchMapData(dataUrl, abort.signal).then(setData, (error: unknown) => {
      if (!abort.signal.aborted) setFailedRequest(`${attempt}:${dataUrl}`);
      if (!(error instanceof Error) || error.name !== "AbortError") console.error(error);
    });
    return () => abort.abort();
  }, [dataUrl, attempt]);

  // A large selection arrives as counts and bundles (lib/map/model.ts forTransfer): the chosen
  // member's own links are fetched when it is chosen.
  const [memberData, setMemberData] = useState<{ code: string; data: MapData }>();
  const needsMemberData =
    Boolean(data?.overview) && view.member !== undefined && memberData?.code !== view.member;
  useEffect(() => {
    if (!needsMemberData || view.member === undefined) return;
    const abort = new AbortController();
    const code = view.member;
    fetchMapData(
      `${dataUrl}${dataUrl.includes("?") ? "&" : "?"}${MAP_PARAMS.member}=${code}`,
      abort.signal,
    ).then(
      (loaded) => setMemberData({ code, data: loaded }),
      (error: unknown) => {
        if (!(error instanceof Error) || error.name !== "AbortError") console.error(error);
      },
    );
    return () => abort.abort();
  }, [needsMemberData, view.member, dataUrl]);

  // The address bar always reproduces the view.
  useEffect(() => {
    const query = serializeMapView(new URLSearchParams(filters), view).toString();
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}`,
    );
  }, [filters, view]);

  const model = useMemo(() => {
    const d = data ?? EMPTY;
    if (d.overview) {
      const { rows, summary, pairs, bundles } = d.overview;
      return { data: d, rows, summary, pairs, bundled: true, lines: bundles };
    }
    const pairs = pairCount(d);
    const bundled = pairs > MAX_SINGLE_LINKS;
    return {
      data: d,
      rows: memberRows(d),
      summary: summarise(d),
      pairs,
      bundled,
      lines: bundled ? countryBundles(d) : pairLinks(d),
    };
  }, [data]);

  // The links the panel and the highlight work from: the member's own when they were fetched
  // separately (member indexes are the same in both: every member is always sent).
  const detail =
    memberData && memberData.code === view.member && data?.overview ? memberData.data : model.data;

  const memberIndex = useMemo(() => {
    const i = view.member === undefined ? -1 : detail.members.findIndex((m) => m[1] === view.member);
    return i < 0 ? undefined : i;
  }, [detail, view.member]);
  const targetIndex = useMemo(() => {
    const i = view.target === undefined ? -1 : detail.targets.findIndex((x) => x[0] === view.target);
    return i < 0 ? undefined : i;
  }, [detail, view.target]);

  // While a member's own links are on their way, the panel already names it.
  const pending = needsMemberData ? model.data.members.findIndex((m) => m[1] === view.member) : -1;
  const pendingMember = pending >= 0 ? pending : undefined;

  const highlighted = useMemo(() => {
    if (memberIndex !== undefined) return pairLinks(detail, memberIndex);
    if (targetIndex !== undefined) return pairLinks(detail).filter((l) => l.targetIndex === targetIndex);
    return [];
  }, [detail, memberIndex, targetIndex]);

  const choropleth = useMemo(() => {
    if (!view.overview) return undefined;
    const countsByCode = new Map(model.rows.map((r) => [r.code, r.active]));
    return {
      countsByCode,
      classes: choroplethClasses(
        Math.max(0, ...model.rows.filter((r) => r.kind === "M").map((r) => r.active)),
      ),
    };
  }, [model, view.overview]);

  const members = useMemo(() => model.rows.map((r) => r.index), [model]);
  const sortedRows = useMemo(() => sortMemberRows(model.rows, sort, locale), [model, sort, locale]);

  const selectMember = useCallback(
    (index: number) => {
      setView((v) => ({ ...v, member: model.data.members[index]?.[1], target: undefined }));
      requestAnimationFrame(() => panelHeading.current?.focus());
    },
    [model],
  );
  // The member stays chosen (its links stay highlighted); the panel shows the place.
  const selectTarget = useCallback(
    (index: number) => {
      setView((v) => ({ ...v, target: detail.targets[index]?.[0] }));
      requestAnimationFrame(() => panelHeading.current?.focus());
    },
    [detail],
  );
  const closePanel = useCallback(() => setView((v) => ({ ...v, member: undefined, target: undefined })), []);
  const changeView = useCallback(
    (zoom: number, center: [number, number]) => setView((v) => ({ ...v, zoom, center })),
    [],
  );

  const initial: InitialView = useMemo(
    () =>
      initialView.zoom !== undefined && initialView.center
        ? {
            zoom: initialView.zoom,
            center: initialView.center,
            keep: initialView.member !== undefined || initialView.target !== undefined,
          }
        : NATIONAL_VIEW,
    [initialView],
  );

  return (
    <div className="map-explorer" data-loaded={data ? "true" : "false"}>
      <p className="result-summary" role="status">
        {data ? t("summary", model.summary) : failed ? t("loadError") : t("loading")}
        {failed && (
          <>
            {" "}
            <button type="button" onClick={() => setAttempt((a) => a + 1)}>
              {t("retry")}
            </button>
          </>
        )}
      </p>
      <fieldset className="map-mode">
        <legend>{t("modeLegend")}</legend>
        <label>
          <input
            type="radio"
            name="map-mode"
            checked={!view.overview}
            onChange={() => setView((v) => ({ ...v, overview: false }))}
          />{" "}
          {t("modeLinks")}
        </label>
        <label>
          <input
            type="radio"
            name="map-mode"
            checked={view.overview}
            onChange={() => setView((v) => ({ ...v, overview: true }))}
          />{" "}
          {t("modeOverview")}
        </label>
      </fieldset>
      <div className="map-layout">
        <div className="map-frame">
          {live ? (
            <LeafletMap
              id={MAP_ANCHORS.map}
              data={detail}
              label={t("mapLabel")}
              locale={locale}
              lines={model.lines}
              highlighted={highlighted}
              members={members}
              selectedMember={memberIndex}
              selectedTarget={targetIndex}
              choropleth={choropleth}
              initial={initial}
              tiles={tiles}
              zoomLabels={{ zoomIn: t("zoomIn"), zoomOut: t("zoomOut") }}
              onSelectMember={selectMember}
              onSelectTarget={selectTarget}
              onViewChange={changeView}
              onDrawn={mapDrawn}
            />
          ) : (
            <MapPlaceholder />
          )}
          {!drawn && !needsLiveMap(initialView) && (
            <MapPicture
              id={MAP_ANCHORS.map}
              label={t("mapLabel")}
              description={t("pictureDescription")}
              data={model.data}
              lines={model.lines}
              members={members}
              live={live}
              onActivate={activate}
            />
          )}
        </div>
        <MapSidePanel
          ref={panelHeading}
          locale={locale}
          data={detail}
          memberIndex={targetIndex === undefined ? (memberIndex ?? pendingMember) : undefined}
          loading={needsMemberData}
          targetIndex={targetIndex}
          onClose={closePanel}
          onSelectMember={selectMember}
          onSelectTarget={selectTarget}
        />
      </div>
      {/* Below the map, not above it: a note that comes with the data must not move the map. */}
      {model.bundled && !view.overview && (
        <p className="note">
          {t("bundled", { lines: model.lines.length, pairs: model.pairs.toLocaleString(locale) })}
        </p>
      )}
      <MapLegend overviewClasses={choropleth?.classes} />
      <MapMemberTable
        id={MAP_ANCHORS.list}
        rows={sortedRows}
        selected={memberIndex}
        onSelect={selectMember}
        loaded={Boolean(data)}
      />
    </div>
  );
}
