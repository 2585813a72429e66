"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { PlaceOption } from "@/lib/editing/place-options";
import { useFieldValue, useFormContext } from "./form-context";
import { PlacePreview } from "./place-preview";

export type { PlaceOption };

/**
 * Type-ahead over the offline gazetteer (every name and alternate name), optionally within one
 * country: an ARIA 1.2 combobox with a listbox. Each option shows country, admin area and
 * population, so two places called Esashi can be told apart. The chosen id goes in `name`.
 * Without JavaScript the text and the country are posted as `queryName` and `countryName`; the
 * server looks them up (lib/editing/place-query.ts) and, when several places match, sends them
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
  locale,
}: {
  name: string;
  queryName: string;
  countryName: string;
  initial: PlaceOption | null;
  countries: { value: string; label: string }[];
  describedBy?: string;
  invalid?: boolean;
  locale: string;
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
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (!open || query.trim().length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query, locale, ...(country ? { country } : {}) });
      const response = await fetch(`/api/places?${params}`, { headers: { Accept: "application/json" } });
      if (request !== latest.current || !response.ok) return;
      const body = (await response.json()) as { places: PlaceOption[] };
      setOptions(body.places);
      setActive(body.places.length ? 0 : -1);
      setSearched(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, country, open, locale]);

  const choose = (place: PlaceOption) => {
    setChosen(place);
    setQuery(place.name);
    setOpen(false);
  };
  const describe = (p: PlaceOption) =>
    [
      p.countryName,
      p.admin1Code ? t("adminArea", { code: p.admin1Code }) : null,
      t("population", { population: p.population }),
    ]
      .filter(Boolean)
      .join(", ");
  const listId = `${id}-list`;
  const expanded = open && query.trim().length >= 2 && searched;

  return (
    <div className="place-picker">
      <div className="field">
        <label htmlFor={`${id}-country`}>{t("countryFilter")}</label>
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
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setSearched(false);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter" && expanded && options[active]) {
              e.preventDefault();
              choose(options[active]);
            } else if (e.key === "Escape") {
              setOpen(false);
            }
          }}
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
