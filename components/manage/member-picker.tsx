"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { filterMembers } from "@/lib/manage/member-filter";
import { useHydrated } from "../use-hydrated";
import { FieldErrors, SelectField } from "./fields";
import { useFieldErrors, useFieldValue, useFormContext } from "./form-context";
import { RequiredMark } from "./required-mark";
import { useComboboxKeys } from "./use-combobox-keys";

type Option = { value: string; label: string };

/**
 * The Swedish participants of a partnership, chosen from the 310 kommuner and regions. Without
 * JavaScript (and until hydration) it is the plain multi-select the server has always read; in
 * the browser it becomes a searchable combobox (useComboboxKeys) that adds each chosen member as
 * a row with a remove button. Either way the form posts `name` once per member.
 */
export function MemberPicker({
  name,
  label,
  hint,
  searchHint,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  /** The multi-select's hint (how to choose several). */
  hint: string;
  /** The combobox's hint. */
  searchHint: string;
  options: Option[];
  defaultValue: string[];
}) {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <SelectField
        name={name}
        label={label}
        hint={hint}
        options={options}
        defaultValue={defaultValue}
        multiple
        required
      />
    );
  return (
    <MemberCombobox
      name={name}
      label={label}
      hint={searchHint}
      options={options}
      defaultValue={defaultValue}
    />
  );
}

function MemberCombobox({
  name,
  label,
  hint,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  hint: string;
  options: Option[];
  defaultValue: string[];
}) {
  const t = useTranslations("manage.members");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const submitted = useFieldValue(name, defaultValue);
  const errors = useFieldErrors(name);
  const { formId } = useFormContext();
  // Members chosen in the multi-select before hydration replaced it are still in its DOM.
  const [chosen, setChosen] = useState<string[]>(() => {
    const select =
      typeof document !== "undefined"
        ? (document.getElementById(`${formId}-${name}`) as HTMLSelectElement | null)
        : null;
    const initial = select
      ? Array.from(select.selectedOptions, (o) => o.value)
      : Array.isArray(submitted)
        ? submitted
        : submitted
          ? [submitted]
          : [];
    return initial.filter((v) => options.some((o) => o.value === v));
  });
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const matches = open ? filterMembers(options, query, new Set(chosen)) : [];
  const expanded = open && matches.length > 0;
  const { active, setActive, onKeyDown } = useComboboxKeys({
    options: matches,
    expanded,
    onOpen: () => setOpen(true),
    onClose: () => setOpen(false),
    onChoose: (option) => add(option),
  });

  useEffect(() => {
    if (active >= 0)
      document.getElementById(`${id}-list-${matches[active]?.value}`)?.scrollIntoView?.({ block: "nearest" });
  });

  function add(option: Option) {
    setChosen((c) => [...c, option.value]);
    setQuery("");
    setOpen(false);
    setActive(-1);
    setAnnouncement(t("added", { name: option.label }));
  }
  const remove = (value: string) => {
    setChosen((c) => c.filter((v) => v !== value));
    setAnnouncement(t("removed", { name: labelOf(value) }));
    input.current?.focus(); // the removed row's button is gone: focus goes back to the search
  };

  const listId = `${id}-list`;
  const describedBy = [`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field member-picker">
      <label htmlFor={`${id}-input`}>
        {label}
        <RequiredMark />
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {chosen.length ? (
        <ul className="chosen-members" aria-label={t("chosen")} data-testid="chosen-members">
          {chosen.map((value) => (
            <li key={value}>
              <span>{labelOf(value)}</span>{" "}
              <button
                type="button"
                className="secondary"
                aria-label={t("remove", { name: labelOf(value) })}
                onClick={() => remove(value)}
              >
                {t("removeShort")}
              </button>
              <input type="hidden" name={name} value={value} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">{t("noneChosen")}</p>
      )}
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${matches[active]!.value}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={errors.length > 0 || undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(e.target.value.trim().length > 0);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} hidden={!expanded} className="place-options">
        {matches.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${o.value}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              add(o);
            }}
          >
            {o.label}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="visually-hidden">
        {open && query.trim() ? t("matches", { count: matches.length }) : announcement}
      </p>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}
