import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { PLACE_KINDS, type PlaceName } from "@/lib/places/input";
import { SelectField, TextField } from "./fields";
import { PositionPicker } from "./position-picker";

/** How many name lines the form shows (the handler reads up to MAX_PLACE_NAMES). */
const NAME_ROWS = 4;

export type PlaceFieldValues = {
  names: PlaceName[];
  countryCode: string;
  kind: string | null;
  latitude: number | null;
  longitude: number | null;
  wikidataId: string | null;
  geonamesId: number | null;
};

/** The fields of the place form (inside an ActionForm). */
export function PlaceFields({
  place,
  countries,
  locale,
}: {
  place: PlaceFieldValues;
  countries: { value: string; label: string }[];
  locale: Locale;
}) {
  const label = getTranslator(locale, "manage.place");
  return (
    <>
      <fieldset className="field place-names">
        <legend>{label("names")}</legend>
        <p className="hint">{label("namesHint")}</p>
        {Array.from({ length: NAME_ROWS }, (_, i) => (
          <div className="place-name-row" key={i}>
            <TextField
              name={`names.${i}.name`}
              label={label("name", { number: i + 1 })}
              defaultValue={place.names[i]?.name}
              required={i === 0}
            />
            <TextField
              name={`names.${i}.lang`}
              label={label("lang", { number: i + 1 })}
              defaultValue={place.names[i]?.lang}
            />
          </div>
        ))}
      </fieldset>
      <SelectField
        name="countryCode"
        label={label("country")}
        options={countries}
        defaultValue={place.countryCode}
        emptyLabel={label("chooseCountry")}
        required
      />
      <SelectField
        name="kind"
        label={label("kind")}
        options={PLACE_KINDS.map((k) => ({ value: k, label: label(k) }))}
        defaultValue={place.kind}
        emptyLabel={label("chooseKind")}
        required
      />
      <PositionPicker
        legend={label("position")}
        hint={label("positionHint")}
        latitudeLabel={label("latitude")}
        longitudeLabel={label("longitude")}
        mapLabel={label("map")}
        markerLabel={label("mapMarker")}
        defaultLatitude={place.latitude}
        defaultLongitude={place.longitude}
      />
      <TextField
        name="wikidataId"
        label={label("wikidataId")}
        hint={label("wikidataIdHint")}
        defaultValue={place.wikidataId}
      />
      <TextField
        name="geonamesId"
        label={label("geonamesId")}
        hint={label("geonamesIdHint")}
        defaultValue={place.geonamesId}
        inputMode="numeric"
      />
    </>
  );
}
