"use client";

import type { ReactNode } from "react";
import type { FieldMessage } from "@/lib/validation/field-errors";
import { useFieldErrors, useFieldValue, useFormContext } from "./form-context";
import { RequiredMark } from "./required-mark";
import { useValidationMessage } from "./validation-message";

type Option = { value: string; label: string };

const fieldId = (formId: string, name: string) => `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

/** The field's errors, in a region the field names with aria-describedby. */
export function FieldErrors({ id, messages }: { id: string; messages: FieldMessage[] }) {
  const message = useValidationMessage();
  if (!messages.length) return null;
  return (
    <ul id={id} className="field-errors">
      {messages.map((m, i) => (
        <li key={i}>{message(m)}</li>
      ))}
    </ul>
  );
}

function useField(name: string, hint?: string, options?: { includeChildren?: boolean }) {
  const { formId } = useFormContext();
  const id = fieldId(formId, name);
  const errors = useFieldErrors(name, options);
  const describedBy =
    [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, errors, describedBy, invalid: errors.length > 0 };
}

export function TextField({
  name,
  label,
  defaultValue,
  type = "text",
  hint,
  autoComplete,
  required,
  inputMode,
}: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  type?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "email" | "text";
}) {
  const { id, errors, describedBy, invalid } = useField(name, hint);
  const value = useFieldValue(name, defaultValue == null ? "" : String(defaultValue));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={typeof value === "string" ? value : ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
      />
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  defaultValue,
  hint,
}: {
  name: string;
  label: string;
  defaultValue?: string | null;
  hint?: string;
}) {
  const { id, errors, describedBy, invalid } = useField(name, hint);
  const value = useFieldValue(name, defaultValue ?? "");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={typeof value === "string" ? value : ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  emptyLabel,
  multiple,
  hint,
  onChange,
  required,
}: {
  name: string;
  label: string;
  options: Option[];
  defaultValue?: string | string[] | null;
  emptyLabel?: string;
  multiple?: boolean;
  hint?: string;
  onChange?: (value: string) => void;
  /** Adds `required` and a visible "(obligatoriskt)" to the label. */
  required?: boolean;
}) {
  const { id, errors, describedBy, invalid } = useField(name, hint);
  const value = useFieldValue(name, defaultValue ?? (multiple ? [] : ""));
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        required={required}
        multiple={multiple}
        size={multiple ? 6 : undefined}
        defaultValue={
          multiple
            ? Array.isArray(value)
              ? value
              : value
                ? [value]
                : []
            : typeof value === "string"
              ? value
              : ""
        }
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      >
        {emptyLabel != null ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  options: Option[];
  defaultValue?: string[];
}) {
  const { id, errors, describedBy } = useField(name);
  const value = useFieldValue(name, defaultValue ?? []);
  const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.has(o.value)} />{" "}
          {o.label}
        </label>
      ))}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}

/** Errors of a group of fields (e.g. one partner row, or "partners" as a whole). */
export function GroupErrors({
  name,
  includeChildren,
  children,
}: {
  name: string;
  includeChildren?: boolean;
  children?: ReactNode;
}) {
  const { id, errors } = useField(name, undefined, { includeChildren });
  return (
    <>
      {children}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </>
  );
}
