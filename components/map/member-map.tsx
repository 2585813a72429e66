"use client";

// A member page's map: the same Leaflet map as /karta, zoomed to this member's links. The
// tables above it on the page carry the same information for those who cannot see the map.
// Leaflet (its code and the basemap) and the map's data are loaded only when the map comes near
// the screen: the page opens with its tables, and the map's work no longer blocks the first
// interaction. The data comes from the national map's API (/api/v1/map?vald=<code>, cached on the
// server and revalidated with its ETag), not inside the page: the busiest member's links made
// its HTML grow with its partnerships (350 KiB at 100,000 in the registry). Only the map's frame
// is a client component: its heading, legend and link are rendered on the server
// (member-map-section.tsx), and its few words come as props, so the page sends the browser no
// messages and no translation library.
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { MapData } from "@/lib/map/map-data";
import { memberMapDataUrl, type MemberMapSummary } from "@/lib/map/member-summary";
import { pairLinks } from "@/lib/map/model";
import { LeafletMap, MapPlaceholder } from "./lazy-leaflet-map";
import type { InitialView } from "./leaflet-map";
import type { TileConfig } from "./map-explorer";

/** True once the element has come within a quarter screen of the viewport (and stays true). */
function useNearViewport(element: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (near || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "25% 0px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, near]);
  return near;
}

/** The member's map data, fetched once the map is near; `failed` until a retry succeeds. */
function useMemberMapData(url: string, near: boolean) {
  const [data, setData] = useState<MapData>();
  const [attempt, setAttempt] = useState(0);
  const [failedAttempt, setFailedAttempt] = useState<number>();
  useEffect(() => {
    if (!near) return;
    const abort = new AbortController();
    fetch(url, { signal: abort.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<MapData>;
      })
      .then(setData, (error: unknown) => {
        if (abort.signal.aborted) return;
        setFailedAttempt(attempt);
        console.error(error);
      });
    return () => abort.abort();
  }, [url, near, attempt]);
  return { data, failed: failedAttempt === attempt, retry: () => setAttempt((a) => a + 1) };
}

/** The words the map's frame shows, translated on the server. */
export type MemberMapText = {
  /** The map region's name ("Karta över Umeå kommuns samarbetsorter"). */
  label: string;
  zoomIn: string;
  zoomOut: string;
  loadError: string;
  retry: string;
};

export function MemberMap({
  locale,
  summary,
  tiles,
  text,
}: {
  locale: Locale;
  summary: MemberMapSummary;
  tiles?: TileConfig;
  text: MemberMapText;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const { code } = summary;
  const { data, failed, retry } = useMemberMapData(memberMapDataUrl(code, locale), near);
  const memberIndex = useMemo(() => data?.members.findIndex((m) => m[1] === code) ?? -1, [data, code]);
  const lines = useMemo(
    () => (data && memberIndex >= 0 ? pairLinks(data, memberIndex) : []),
    [data, memberIndex],
  );
  const initial: InitialView = useMemo(() => ({ bounds: summary.bounds }), [summary.bounds]);

  return (
    <>
      <div ref={frame}>
        {near && data && memberIndex >= 0 ? (
          <LeafletMap
            data={data}
            label={text.label}
            locale={locale}
            lines={[]}
            highlighted={lines}
            members={[memberIndex]}
            selectedMember={memberIndex}
            initial={initial}
            tiles={tiles}
            zoomLabels={{ zoomIn: text.zoomIn, zoomOut: text.zoomOut }}
          />
        ) : (
          <MapPlaceholder />
        )}
      </div>
      {failed && (
        <p role="status">
          {text.loadError}{" "}
          <button type="button" onClick={retry}>
            {text.retry}
          </button>
        </p>
      )}
    </>
  );
}
