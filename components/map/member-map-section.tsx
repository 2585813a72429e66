import { env } from "@/lib/env";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { MemberMapSummary } from "@/lib/map/member-summary";
import { serializeMapView } from "@/lib/map/view-state";
import { legendText, MapLegendView } from "./map-legend-view";
import { MemberMap } from "./member-map";

/**
 * The member page's map section. Everything but the map's frame is rendered here on the server
 * (heading, introduction, legend, the link to the national map), and the frame gets its few words
 * as props: the page sends the browser no messages and no translation library (use-intl's chunk
 * is 37 KB before compression), and only the frame is hydrated.
 */
export function MemberMapSection({ locale, summary }: { locale: Locale; summary: MemberMapSummary | null }) {
  if (!summary) return null;
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  const tiles =
    MAP_TILE_URL && MAP_TILE_ATTRIBUTION
      ? { url: MAP_TILE_URL, attribution: MAP_TILE_ATTRIBUTION }
      : undefined;
  const { t } = getI18n(locale);
  const { code, name } = summary;
  const national = `${localePath(locale, "/karta")}?${serializeMapView(new URLSearchParams(), { member: code, overview: false })}`;
  return (
    <section className="member-map" aria-labelledby="member-map-heading">
      <h2 id="member-map-heading">{t("map.memberMapHeading")}</h2>
      <p className="note">{t("map.embedIntro", { name })}</p>
      <MemberMap
        locale={locale}
        summary={summary}
        tiles={tiles}
        text={{
          label: t("map.memberMapLabel", { name }),
          zoomIn: t("map.zoomIn"),
          zoomOut: t("map.zoomOut"),
          loadError: t("map.loadError"),
          retry: t("map.retry"),
        }}
      />
      <MapLegendView text={legendText((key) => t(key))} headingLevel={3} />
      <p>
        <a href={national}>{t("map.openNational")}</a>
      </p>
    </section>
  );
}
