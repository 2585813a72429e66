"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { PlaceOption } from "@/lib/manage/place-options";
import { useFieldValue, useFormContext } from "./form-context";
import { PlacePreview } from "./place-preview";
import { useComboboxKeys } from "./use-combobox-keys";

export type { PlaceOption };

/**
 * Type-ahead over the offline gazetteer (every name and alternate name), optionally within one
 * country: the WAI-ARIA 1.2 combobox pattern with a listbox. No option is active until the user
 * moves to one (ArrowDown activates the first, ArrowUp the last), Enter chooses only the active
 * option (with none active it does nothing, so "Tartu" + Enter never becomes another place), and
 * Escape closes the list. Each option shows country, region name (GeoNames admin1) and population,
 * so two places called Esashi can be told apart. The chosen id goes in `name`.
 * Without JavaScript the text and the country are posted as `queryName` and `countryName`; the
 * server looks them up (lib/manage/place-query.ts) and, when several places match, sends them
 * back as `placeCandidates`, offered here as radio buttons.
 */
export function PlacePicker({
  name,
  queryName,
  countryName,
  initial,
  countries,
  describedBy,
  invalid,
  required,
  locale,
  endpoint = "/api/places",
  countryLabel,
}: {
  name: string;
  queryName: string;
  countryName: string;
  initial: PlaceOption | null;
  countries: { value: string; label: string }[];
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  locale: string;
  /** The gazetteer search to ask: the signed-in one, or the public form's (/api/partner-search/places). */
  endpoint?: string;
  /** The country select's label when it is more than a search filter (the public form: the town's country). */
  countryLabel?: string;
}) {
  const t = useTranslations("manage.partner");
  const id = useId();
  const candidates = useFormContext().state.placeCandidates?.[name] ?? [];
  const submittedQuery = useFieldValue(queryName, initial?.name ?? "");
  const submittedCountry = useFieldValue(countryName, "");
  const [chosen, setChosen] = useState<PlaceOption | null>(initial);
  const [query, setQuery] = useState(typeof submittedQuery === "string" ? submittedQuery : "");
  const [country, setCountry] = useState(typeof submittedCountry === "string" ? submittedCountry : "");
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [searched, setSearched] = useState(false);
  const latest = useRef(0);
  const listId = `${id}-list`;
  const expanded = open && query.trim().length >= 2 && searched;
  const { active, setActive, onKeyDown } = useComboboxKeys({
    options,
    expanded,
    onOpen: () => setOpen(true),
    onClose: () => setOpen(false),
    onChoose: (place) => {
      setChosen(place);
      setQuery(place.name);
      setOpen(false);
    },
  });

  useEffect(() => {
    if (!open || query.trim().length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query, locale, ...(country ? { country } : {}) });
      const response = await fetch(`${endpoint}?${params}`, { headers: { Accept: "application/json" } });
      if (request !== latest.current || !response.ok) return;
      const body = (await response.json()) as { places: PlaceOption[] };
      setOptions(body.places);
      setActive(-1); // nothing pre-highlighted: ArrowDown moves to the first hit
      setSearched(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, country, open, locale, setActive, endpoint]);

  // Keep the active option in sight when the list scrolls.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-list-${active}`)?.scrollIntoView?.({ block: "nearest" });
  }, [active, id]);

  const choose = (place: PlaceOption) => {
    setChosen(place);
    setQuery(place.name);
    setOpen(false);
  };
  const describe = (p: PlaceOption) =>
    [
      p.admin1Name, // the region's name, so Tartu, Estonia is not mistaken for Ţarţūs, Syria
      p.countryName,
      p.addedInRegistry ? t("addedInRegistry") : t("population", { population: p.population }),
    ]
      .filter(Boolean)
      .join(", ");

  return (
    <div className="place-picker">
      <div className="field">
        <label htmlFor={`${id}-country`}>{countryLabel ?? t("countryFilter")}</label>
        <select
          id={`${id}-country`}
          name={countryName}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
        >
          <option value="">{t("anyCountry")}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-input`}>{t("place")}</label>
        <p id={`${id}-hint`} className="hint">
          {t("placeHint")}
        </p>
        <input
          id={`${id}-input`}
          name={queryName}
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(" ")}
          aria-invalid={invalid || undefined}
          required={required}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setSearched(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t("place")} hidden={!expanded} className="place-options">
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
            >
              <strong>{p.name}</strong> <span className="note">{describe(p)}</span>
            </li>
          ))}
        </ul>
        <p role="status" aria-live="polite" className="visually-hidden">
          {expanded ? (options.length ? t("matches", { count: options.length }) : t("noMatches")) : ""}
        </p>
      </div>
      {candidates.length && !chosen ? (
        <fieldset className="place-candidates">
          <legend>{t("candidates")}</legend>
          <p className="hint">{t("candidatesHint")}</p>
          {candidates.map((p) => (
            <label key={p.id} className="checkbox">
              <input type="radio" name={name} value={p.id} onChange={() => choose(p)} />{" "}
              <strong>{p.name}</strong> <span className="note">{describe(p)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name={name} value={chosen?.id ?? ""} />
      )}
      <div className="place-chosen" aria-live="polite">
        {chosen ? (
          <>
            <p>
              {t("placeChosen", { name: chosen.name })} – {describe(chosen)}
            </p>
            <PlacePreview
              latitude={chosen.latitude}
              longitude={chosen.longitude}
              label={t("map", {
                name: chosen.name,
                lat: chosen.latitude.toFixed(2),
                lon: chosen.longitude.toFixed(2),
              })}
            />
          </>
        ) : (
          <p className="note">{t("noPlace")}</p>
        )}
      </div>
    </div>
  );
}
