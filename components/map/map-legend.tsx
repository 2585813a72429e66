"use client";

// The legend: every kind with its colour and its dash pattern (so colour is not the only
// carrier of meaning), the activity weights, the markers, and in overview mode the classes.
import { useTranslations } from "use-intl/react";
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

export function MapLegend({
  overviewClasses,
  headingLevel = 2,
}: {
  overviewClasses?: ChoroplethClass[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <Heading id="map-legend-heading">{t("map.legend")}</Heading>
      {overviewClasses ? (
        <>
          <Sub>{t("map.legendOverview")}</Sub>
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
          <Sub>{t("map.legendKinds")}</Sub>
          <ul className="legend-list">
            {(Object.keys(KIND_STYLE) as KindCode[]).map((k) => (
              <li key={k}>
                <LineSample color={KIND_STYLE[k].color} dashArray={KIND_STYLE[k].dashArray} />{" "}
                {t(`kind.${KIND_STYLE[k].kind}.singular`)}
              </li>
            ))}
          </ul>
          <ul className="legend-list">
            <li>
              <LineSample color="#555" weight={ACTIVITY_WEIGHT.A} />{" "}
              <LineSample color="#555" weight={ACTIVITY_WEIGHT.D} /> {t("map.legendActivity")}
            </li>
            <li>
              <LineSample color={ENDED_COLOR} /> {t("map.legendEnded")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.member} /> {t("map.legendMember")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.place} /> {t("map.legendPlace")}
            </li>
            <li>
              <MarkerSample style={MARKER_STYLE.unverifiedPlace} /> {t("map.legendUnverified")}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
