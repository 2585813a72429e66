"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useHydrated } from "../use-hydrated";
import { FieldErrors } from "./fields";
import { useFieldErrors, useFieldValue, useFormContext } from "./form-context";
import { PlacePicker, type PlaceOption } from "./place-picker";
import { RequiredMark } from "./required-mark";

export type PartnerDefaults = {
  type: "PLACE" | "COUNTRY" | "NETWORK" | "ORGANISATION" | "FREE_TEXT";
  place: PlaceOption | null;
  countryCode: string | null;
  networkId: number | null;
  name: string | null;
};

type Option = { value: string; label: string };
const TYPES = ["PLACE", "COUNTRY", "NETWORK", "ORGANISATION", "FREE_TEXT"] as const;

/** One partner of a partnership: its type, and the fields that type needs. */
export function PartnerFields({
  index,
  defaults,
  countries,
  networks,
  removable,
  locale,
}: {
  index: number;
  defaults: PartnerDefaults;
  countries: Option[];
  networks: Option[];
  removable: boolean;
  locale: string;
}) {
  const t = useTranslations("manage.partner");
  const { formId } = useFormContext();
  const prefix = `partners.${index}`;
  const id = `${formId}-partner-${index}`;
  const submittedType = useFieldValue(`${prefix}.type`, defaults.type);
  const [type, setType] = useState<string>(
    typeof submittedType === "string" && submittedType ? submittedType : defaults.type,
  );
  const countryValue = useFieldValue(`${prefix}.countryCode`, defaults.countryCode ?? "");
  const networkValue = useFieldValue(
    `${prefix}.networkId`,
    defaults.networkId ? String(defaults.networkId) : "",
  );
  const nameValue = useFieldValue(`${prefix}.name`, defaults.name ?? "");
  const rowErrors = useFieldErrors(prefix);
  const placeErrors = useFieldErrors(`${prefix}.placeId`);
  const countryErrors = useFieldErrors(`${prefix}.countryCode`);
  const networkErrors = useFieldErrors(`${prefix}.networkId`);
  const nameErrors = useFieldErrors(`${prefix}.name`);
  const typeErrors = useFieldErrors(`${prefix}.type`);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  // Without JavaScript the type cannot reveal its fields, so until hydration every field is
  // shown (the server reads only those of the chosen type); afterwards only the type's own.
  const hydrated = useHydrated();
  const shows = (...types: string[]) => !hydrated || types.includes(type);

  return (
    <fieldset className="partner-row" aria-describedby={rowErrors.length ? `${id}-error` : undefined}>
      {/* Every partner row must name its partner: the field the type needs is required (marked
          once the type has hidden the others, i.e. with JavaScript). */}
      <legend>
        {t("legend", { number: index + 1 })}
        <RequiredMark />
      </legend>
      <FieldErrors id={`${id}-error`} messages={rowErrors} />
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("type")}</label>
        <select
          id={`${id}-type`}
          name={`${prefix}.type`}
          value={type}
          onChange={(e) => setType(e.target.value)}
          aria-describedby={typeErrors.length ? `${id}-type-error` : undefined}
        >
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(value)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-type-error`} messages={typeErrors} />
      </div>
      {shows("PLACE") ? (
        <>
          <PlacePicker
            name={`${prefix}.placeId`}
            queryName={`${prefix}.placeQuery`}
            countryName={`${prefix}.placeCountry`}
            initial={defaults.place}
            countries={countries}
            locale={locale}
            describedBy={placeErrors.length ? `${id}-place-error` : undefined}
            invalid={placeErrors.length > 0}
            required={hydrated}
          />
          <FieldErrors id={`${id}-place-error`} messages={placeErrors} />
        </>
      ) : null}
      {shows("COUNTRY", "ORGANISATION", "FREE_TEXT") ? (
        <div className="field">
          <label htmlFor={`${id}-country`}>{t("country")}</label>
          <select
            id={`${id}-country`}
            name={`${prefix}.countryCode`}
            defaultValue={str(countryValue)}
            required={hydrated && type === "COUNTRY"}
            aria-invalid={countryErrors.length > 0 || undefined}
            aria-describedby={countryErrors.length ? `${id}-country-error` : undefined}
          >
            <option value="">–</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id}-country-error`} messages={countryErrors} />
        </div>
      ) : null}
      {shows("NETWORK") ? (
        <div className="field">
          <label htmlFor={`${id}-network`}>{t("network")}</label>
          <select
            id={`${id}-network`}
            name={`${prefix}.networkId`}
            defaultValue={str(networkValue)}
            required={hydrated}
            aria-describedby={networkErrors.length ? `${id}-network-error` : undefined}
          >
            <option value="">–</option>
            {networks.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id}-network-error`} messages={networkErrors} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>
          {type === "ORGANISATION" || type === "FREE_TEXT" ? t("orgName") : t("name")}
        </label>
        <input
          id={`${id}-name`}
          name={`${prefix}.name`}
          defaultValue={str(nameValue)}
          required={hydrated && (type === "ORGANISATION" || type === "FREE_TEXT")}
          aria-invalid={nameErrors.length > 0 || undefined}
          aria-describedby={nameErrors.length ? `${id}-name-error` : undefined}
        />
        <FieldErrors id={`${id}-name-error`} messages={nameErrors} />
      </div>
      {removable ? (
        <label className="checkbox">
          <input type="checkbox" name={`${prefix}.remove`} /> {t("remove")}
        </label>
      ) : null}
    </fieldset>
  );
}
