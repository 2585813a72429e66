// The map's legend as plain markup: every kind with its colour and its dash pattern (so colour is
// not the only carrier of meaning), the activity weights, the markers, and in overview mode the
// classes. No hooks, so a server component renders it too (a member page's legend comes with the
// page and needs no translations in the browser); /karta's explorer uses it through MapLegend.
import { classLabel, type ChoroplethClass } from "@/lib/map/choropleth";
import {
  ACTIVITY_WEIGHT,
  ENDED_COLOR,
  KIND_STYLE,
  MARKER_STYLE,
  type MarkerStyle,
} from "@/lib/map/link-style";
import { markerCircle } from "@/lib/map/markers";
import type { KindCode } from "@/lib/map/model";

const LEGEND_KEYS = [
  "legend",
  "legendOverview",
  "legendKinds",
  "legendActivity",
  "legendEnded",
  "legendMember",
  "legendPlace",
  "legendUnverified",
] as const;
type LegendKey = (typeof LEGEND_KEYS)[number];
type Kind = (typeof KIND_STYLE)[KindCode]["kind"];
export type LegendText = Record<LegendKey, string> & { kinds: Record<Kind, string> };
type LegendMessageKey = `map.${LegendKey}` | `kind.${Kind}.singular`;

/** The legend's words from a translator (the server's getI18n(locale).t or the browser's useTranslations()). */
export function legendText(t: (key: LegendMessageKey) => string): LegendText {
  return {
    ...(Object.fromEntries(LEGEND_KEYS.map((key) => [key, t(`map.${key}`)])) as Record<LegendKey, string>),
    kinds: {
      TWIN_TOWN: t("kind.TWIN_TOWN.singular"),
      MUNICIPAL_PARTNERSHIP: t("kind.MUNICIPAL_PARTNERSHIP.singular"),
      OTHER: t("kind.OTHER.singular"),
    },
  };
}

/** A marker drawn as the map draws it: the same SVG circle (lib/map/markers.ts markerCircle). */
function MarkerSample({ style }: { style: MarkerStyle }) {
  return (
    <svg width="18" height="18" aria-hidden="true" focusable="false" className="legend-marker">
      <circle cx="9" cy="9" {...markerCircle(style)} />
    </svg>
  );
}

function LineSample({
  color,
  dashArray,
  weight = 3,
}: {
  color: string;
  dashArray?: string;
  weight?: number;
}) {
  return (
    <svg width="40" height="12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke={color}
        strokeWidth={weight}
        strokeDasharray={dashArray}
        strokeLinecap="round"
      />
    </svg>
  );
}

export function MapLegendView({
  text,
  overviewClasses,
  headingLevel = 2,
}: {
  /** The legend's words, from the server's translator or the browser's (legendText). */
  text: LegendText;
  overviewClasses?: ChoroplethClass[];
  headingLevel?: 2 | 3;
}) {
  const t = (key: LegendKey) => text[key];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <Heading id="map-legend-heading">{t("legend")}</Heading>
      {overviewClasses ? (
        <>
          <Sub>{t("legendOverview")}</Sub>
          <ul className="legend-list">
            {overviewClasses.map((c) => (
              <li key={c.min}>
                <span className="legend-box" style={{ background: c.color }} aria-hidden="true" />{" "}
                {classLabel(c)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <Sub>{t("legendKinds")}</Sub>
          <ul className="legend-list">
            {(Object.keys(KIND_STYLE) as KindCode[]).map((k) => (
              <li key={k}>
                <LineSample color={KIND_STYLE[k].color} dashArray={KIND_STYLE[k].dashArray} />{" "}
                {text.kinds[KIND_STYLE[k].kind]}
              </li>
            ))}
          </ul>
          <ul className="legend-list">
            <li>
              <LineSample color="#555" weight={ACTIVITY_WEIGHT.A} />{" "}
              <LineSample color="#555" weight={ACTIVITY_WEIGHT.D} /> {t("legendActivity")}
            </li>
            <li>
              <LineSample color={ENDED_COLOR} /> {t("legendEnded")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.member} /> {t("legendMember")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.place} /> {t("legendPlace")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.unverifiedPlace} /> {t("legendUnverified")}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
