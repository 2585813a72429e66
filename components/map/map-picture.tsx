"use client";

// /karta's national view as a still picture, shown while the page loads instead of building
// Leaflet at once (its creation and the 290 kommuner's drawing were most of the page's blocking
// time). The basemap is a file written with the other basemap files (public/map/national-view.svg,
// lib/map/national-view.ts); the selection's lines and markers are drawn over it from the same
// map data, with the map's own styles, at the map's own pixels. The map explorer builds the real
// map on the first pointer, touch or focus here (or a selection) and lays it in the same box.
import { useMemo } from "react";
import { greatCircle } from "@/lib/map/geodesic";
import { linkStyle, MARKER_STYLE } from "@/lib/map/link-style";
import type { MapData } from "@/lib/map/map-data";
import { markerCircle, markerReach, partnerPlaces } from "@/lib/map/markers";
import type { DrawnLink } from "@/lib/map/model";
import { linePath, picturePoint, PICTURE } from "@/lib/map/national-view";
import { spreadOverlapping } from "@/lib/map/spread";

const PICTURE_FILE = "/map/national-view.svg";

type Props = {
  id?: string;
  label: string;
  description: string;
  data: MapData;
  lines: DrawnLink[];
  members: number[];
  /** Once the map is being built, the picture only covers it until it is drawn. */
  live: boolean;
  onActivate: () => void;
};

export function MapPicture({ id, label, description, data, lines, members, live, onActivate }: Props) {
  const { paths, circles } = useMemo(() => drawing(data, lines, members), [data, lines, members]);
  const activate = live ? undefined : onActivate;
  return (
    // One tab stop, like the map it stands for: focus (or a pointer) builds the map.
    <div
      id={live ? undefined : id}
      className="map-picture"
      role={live ? undefined : "region"}
      aria-label={live ? undefined : label}
      aria-hidden={live ? true : undefined}
      tabIndex={live ? -1 : 0}
      data-live={live}
      onFocus={activate}
      onPointerEnter={activate}
      onPointerDown={activate}
      onTouchStart={activate}
      onWheel={activate}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a fixed SVG file: nothing to optimise */}
      <img src={PICTURE_FILE} width={PICTURE.width} height={PICTURE.height} alt={live ? "" : description} />
      <svg
        width={PICTURE.width}
        height={PICTURE.height}
        viewBox={`0 0 ${PICTURE.width} ${PICTURE.height}`}
        aria-hidden="true"
        focusable="false"
      >
        {paths.map((p, i) => (
          <path
            key={i}
            d={p.d}
            fill="none"
            stroke={p.color}
            strokeWidth={p.weight}
            strokeOpacity={p.opacity}
            strokeDasharray={p.dashArray}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ))}
        {circles.map((c, i) => (
          <circle
            key={i}
            cx={c.x}
            cy={c.y}
            r={c.r}
            fill={c.fill}
            stroke={c.stroke}
            strokeWidth={c.strokeWidth}
            strokeDasharray={c.strokeDasharray}
          />
        ))}
      </svg>
    </div>
  );
}

/**
 * What the map draws at the national view with nothing chosen (leaflet-map.tsx useLinkLayers):
 * every line, the places at their ends, the members above them, moved apart as on the map.
 */
function drawing(data: MapData, lines: DrawnLink[], members: number[]) {
  const paths = lines.map((link) => ({
    d: linePath(greatCircle(link.from, link.to)),
    ...linkStyle(link, "normal"),
  }));
  const specs = [
    ...members.flatMap((index) => {
      const [, , , , , lat, lon] = data.members[index]!;
      return lat === null || lon === null
        ? []
        : [{ at: [lat, lon] as [number, number], style: MARKER_STYLE.member }];
    }),
    ...partnerPlaces(lines, data).map((place) => ({
      at: place.at,
      style: place.unverified ? MARKER_STYLE.unverifiedPlace : MARKER_STYLE.place,
    })),
  ];
  const spread = spreadOverlapping(specs.map((s) => ({ ...picturePoint(s.at), r: markerReach(s.style) })));
  const circles = specs.map((s, i) => ({ ...spread[i]!, ...markerCircle(s.style) }));
  // The members above the places, as the map stacks them.
  const memberCount = specs.length - partnerPlaces(lines, data).length;
  return { paths, circles: [...circles.slice(memberCount), ...circles.slice(0, memberCount)] };
}
