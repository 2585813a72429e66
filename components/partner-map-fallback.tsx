import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import type { PartnershipWithDetail } from "@/lib/partnerships/types";

const WIDTH = 640;
const HEIGHT = 320;
const PADDING_DEGREES = 6;

type Point = { lat: number; lon: number; label: string };

/**
 * A static sketch of where a member's partner places are (equirectangular, no basemap), until
 * the interactive map component replaces it. The tables above carry the same information.
 */
export function PartnerMapFallback({
  organisation,
  partnerships,
  locale,
}: {
  organisation: { name: string; centroidLat: number | null; centroidLon: number | null };
  partnerships: PartnershipWithDetail[];
  locale: Locale;
}) {
  const { t } = getI18n(locale);
  const partners: Point[] = partnerships.flatMap((p) =>
    p.partners.flatMap((x) => (x.place ? [{ lat: x.place.latitude, lon: x.place.longitude, label: partnerLabel(x, locale) }] : [])),
  );
  if (partners.length === 0 || organisation.centroidLat === null || organisation.centroidLon === null) return null;
  const home = { lat: organisation.centroidLat, lon: organisation.centroidLon, label: organisation.name };
  const all = [home, ...partners];
  const west = Math.max(-180, Math.min(...all.map((p) => p.lon)) - PADDING_DEGREES);
  const east = Math.min(180, Math.max(...all.map((p) => p.lon)) + PADDING_DEGREES);
  const south = Math.max(-90, Math.min(...all.map((p) => p.lat)) - PADDING_DEGREES);
  const north = Math.min(90, Math.max(...all.map((p) => p.lat)) + PADDING_DEGREES);
  const x = (lon: number) => ((lon - west) / (east - west)) * WIDTH;
  const y = (lat: number) => ((north - lat) / (north - south)) * HEIGHT;
  const description = `${t("organisation.map")}: ${partners.map((p) => p.label).join(", ")}`;

  return (
    <figure className="partner-map-fallback">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        <rect width={WIDTH} height={HEIGHT} className="sea" />
        {partners.map((p) => (
          <line key={`l-${p.label}`} x1={x(home.lon)} y1={y(home.lat)} x2={x(p.lon)} y2={y(p.lat)} className="link" />
        ))}
        {partners.map((p) => (
          <g key={p.label}>
            <circle cx={x(p.lon)} cy={y(p.lat)} r={5} className="partner" />
            <text x={x(p.lon) + 8} y={y(p.lat) + 4}>
              {p.label}
            </text>
          </g>
        ))}
        <circle cx={x(home.lon)} cy={y(home.lat)} r={7} className="home" />
      </svg>
      <figcaption className="note">{t("organisation.mapFallback")}</figcaption>
    </figure>
  );
}
