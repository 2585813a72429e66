"use client";

// The legend: every kind with its colour and its dash pattern (so colour is not the only
// carrier of meaning), the activity weights, the markers, and in overview mode the classes.
import { useTranslations } from "use-intl/react";
import { classLabel, type ChoroplethClass } from "@/lib/map/choropleth";
import { ACTIVITY_WEIGHT, ENDED_COLOR, KIND_STYLE } from "@/lib/map/link-style";
import type { KindCode } from "@/lib/map/model";

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
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="5" fill="#1f2937" stroke="#fff" strokeWidth="1.5" />
              </svg>{" "}
              {t("map.legendMember")}
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="5" fill="#f2c14e" stroke="#333" />
              </svg>{" "}
              {t("map.legendPlace")}
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <circle
                  cx="8"
                  cy="8"
                  r="5"
                  fill="#fff"
                  stroke="#000"
                  strokeDasharray="2 2"
                  strokeWidth="1.5"
                />
              </svg>{" "}
              {t("map.legendUnverified")}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
