"use client";

// Latitude and longitude for the place form: typed (the keyboard's and no-JavaScript way) or
// chosen on a map (position-map.tsx), each updating the other.
import dynamic from "next/dynamic";
import { useState } from "react";
import { useFieldErrors, useFieldValue, useFormContext } from "./form-context";
import { FieldErrors } from "./fields";
import type { Position } from "./position-map";

const PositionMap = dynamic(() => import("./position-map"), { ssr: false });

const parse = (v: string) => {
  const n = Number(v.trim().replace(",", "."));
  return v.trim() && Number.isFinite(n) ? n : null;
};

export function PositionPicker({
  legend,
  hint,
  latitudeLabel,
  longitudeLabel,
  mapLabel,
  markerLabel,
  defaultLatitude,
  defaultLongitude,
}: {
  legend: string;
  hint: string;
  latitudeLabel: string;
  longitudeLabel: string;
  mapLabel: string;
  markerLabel: string;
  defaultLatitude?: number | null;
  defaultLongitude?: number | null;
}) {
  const { formId } = useFormContext();
  const initialLat = useFieldValue("latitude", defaultLatitude == null ? "" : String(defaultLatitude));
  const initialLon = useFieldValue("longitude", defaultLongitude == null ? "" : String(defaultLongitude));
  const [lat, setLat] = useState(typeof initialLat === "string" ? initialLat : "");
  const [lon, setLon] = useState(typeof initialLon === "string" ? initialLon : "");
  const latErrors = useFieldErrors("latitude");
  const lonErrors = useFieldErrors("longitude");
  const latN = parse(lat);
  const lonN = parse(lon);
  const position: Position | null =
    latN !== null && lonN !== null && Math.abs(latN) <= 90 && Math.abs(lonN) <= 180
      ? { lat: latN, lon: lonN }
      : null;
  const id = (name: string) => `${formId}-${name}`;
  const describedBy = (name: string, errors: unknown[]) =>
    [`${formId}-position-hint`, errors.length ? `${id(name)}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="field position-picker">
      <legend>{legend}</legend>
      <p id={`${formId}-position-hint`} className="hint">
        {hint}
      </p>
      <div className="position-inputs">
        <div className="field">
          <label htmlFor={id("latitude")}>{latitudeLabel}</label>
          <input
            id={id("latitude")}
            name="latitude"
            inputMode="decimal"
            value={lat}
            onChange={(e) => setLat(e.target.value)}
            aria-invalid={latErrors.length > 0 || undefined}
            aria-describedby={describedBy("latitude", latErrors)}
          />
          <FieldErrors id={`${id("latitude")}-error`} messages={latErrors} />
        </div>
        <div className="field">
          <label htmlFor={id("longitude")}>{longitudeLabel}</label>
          <input
            id={id("longitude")}
            name="longitude"
            inputMode="decimal"
            value={lon}
            onChange={(e) => setLon(e.target.value)}
            aria-invalid={lonErrors.length > 0 || undefined}
            aria-describedby={describedBy("longitude", lonErrors)}
          />
          <FieldErrors id={`${id("longitude")}-error`} messages={lonErrors} />
        </div>
      </div>
      <PositionMap
        position={position}
        label={mapLabel}
        markerLabel={markerLabel}
        onChange={(p) => {
          setLat(String(p.lat));
          setLon(String(p.lon));
        }}
      />
    </fieldset>
  );
}
