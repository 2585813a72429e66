"use client";

// A member page's map: the same Leaflet map as /karta, zoomed to this member's links. The
// tables above it on the page carry the same information for those who cannot see the map.
// Leaflet (its code and the basemap) and the map's data are loaded only when the map comes near
// the screen: the page opens with its tables, and the map's work no longer blocks the first
// interaction. The data comes from the national map's API (/api/v1/map?vald=<code>, cached on the
// server and revalidated with its ETag), not inside the page: the busiest member's links made
// its HTML grow with its partnerships (350 KiB at 100,000 in the registry).
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useTranslations } from "use-intl/react";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { MapData } from "@/lib/map/map-data";
import { memberMapDataUrl, type MemberMapSummary } from "@/lib/map/member-summary";
import { pairLinks } from "@/lib/map/model";
import { serializeMapView } from "@/lib/map/view-state";
import { LeafletMap, MapPlaceholder } from "./lazy-leaflet-map";
import type { InitialView } from "./leaflet-map";
import type { TileConfig } from "./map-explorer";
import { MapLegend } from "./map-legend";

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

export function MemberMap({
  locale,
  summary,
  tiles,
}: {
  locale: Locale;
  summary: MemberMapSummary;
  tiles?: TileConfig;
}) {
  const t = useTranslations("map");
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const { code, name } = summary;
  const { data, failed, retry } = useMemberMapData(memberMapDataUrl(code, locale), near);
  const memberIndex = useMemo(() => data?.members.findIndex((m) => m[1] === code) ?? -1, [data, code]);
  const lines = useMemo(
    () => (data && memberIndex >= 0 ? pairLinks(data, memberIndex) : []),
    [data, memberIndex],
  );
  const initial: InitialView = useMemo(() => ({ bounds: summary.bounds }), [summary.bounds]);
  const national = `${localePath(locale, "/karta")}?${serializeMapView(new URLSearchParams(), { member: code, overview: false })}`;

  return (
    <section className="member-map" aria-labelledby="member-map-heading">
      <h2 id="member-map-heading">{t("memberMapHeading")}</h2>
      <p className="note">{t("embedIntro", { name })}</p>
      <div ref={frame}>
        {near && data && memberIndex >= 0 ? (
          <LeafletMap
            data={data}
            label={t("memberMapLabel", { name })}
            locale={locale}
            lines={[]}
            highlighted={lines}
            members={[memberIndex]}
            selectedMember={memberIndex}
            initial={initial}
            tiles={tiles}
            zoomLabels={{ zoomIn: t("zoomIn"), zoomOut: t("zoomOut") }}
          />
        ) : (
          <MapPlaceholder />
        )}
      </div>
      {failed && (
        <p role="status">
          {t("loadError")}{" "}
          <button type="button" onClick={retry}>
            {t("retry")}
          </button>
        </p>
      )}
      <MapLegend headingLevel={3} />
      <p>
        <Link href={national}>{t("openNational")}</Link>
      </p>
    </section>
  );
}
