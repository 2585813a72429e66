"use client";

// A member page's map: the same Leaflet map as /karta, zoomed to this member's links. The
// tables above it on the page carry the same information for those who cannot see the map.
// Leaflet (its code and the basemap) is loaded only when the map comes near the screen: the page
// opens with its tables, and the map's work no longer blocks the first interaction.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useTranslations } from "use-intl/react";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { MapData } from "@/lib/map/map-data";
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

export function MemberMap({ locale, data, tiles }: { locale: Locale; data: MapData; tiles?: TileConfig }) {
  const t = useTranslations("map");
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const [, code, , name] = data.members[0]!;
  const lines = useMemo(() => pairLinks(data, 0), [data]);
  const initial: InitialView = useMemo(() => {
    const points = lines.flatMap((l) => [l.from, l.to]);
    const lats = points.map((p) => p[0]);
    const lons = points.map((p) => p[1]);
    return {
      bounds: [
        [Math.min(...lats), Math.min(...lons)],
        [Math.max(...lats), Math.max(...lons)],
      ],
    };
  }, [lines]);
  if (lines.length === 0) return null;
  const national = `${localePath(locale, "/karta")}?${serializeMapView(new URLSearchParams(), { member: code, overview: false })}`;

  return (
    <section className="member-map" aria-labelledby="member-map-heading">
      <h2 id="member-map-heading">{t("memberMapHeading")}</h2>
      <p className="note">{t("embedIntro", { name })}</p>
      <div ref={frame}>
        {near ? (
          <LeafletMap
            data={data}
            label={t("memberMapLabel", { name })}
            locale={locale}
            lines={[]}
            highlighted={lines}
            members={[0]}
            selectedMember={0}
            initial={initial}
            tiles={tiles}
            zoomLabels={{ zoomIn: t("zoomIn"), zoomOut: t("zoomOut") }}
          />
        ) : (
          <MapPlaceholder />
        )}
      </div>
      <MapLegend headingLevel={3} />
      <p>
        <Link href={national}>{t("openNational")}</Link>
      </p>
    </section>
  );
}
