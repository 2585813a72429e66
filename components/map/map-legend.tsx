"use client";

// The legend in a client component (/karta's explorer): the markup is MapLegendView's, the words
// come from the browser's messages.
import { useTranslations } from "use-intl/react";
import type { ChoroplethClass } from "@/lib/map/choropleth";
import { legendText, MapLegendView } from "./map-legend-view";

export function MapLegend({
  overviewClasses,
  headingLevel = 2,
}: {
  overviewClasses?: ChoroplethClass[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations();
  return (
    <MapLegendView
      text={legendText((key) => t(key))}
      overviewClasses={overviewClasses}
      headingLevel={headingLevel}
    />
  );
}
