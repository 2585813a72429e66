"use client";

import { useId } from "react";
import { FieldErrors } from "./fields";
import { useFieldErrors } from "./form-context";

/**
 * A box the user ticks to say they mean a serious step (restoring an earlier version). The
 * server refuses the step without it, so the confirmation works without JavaScript too; a
 * refusal shows its error here and leaves the box unticked.
 */
export function ConfirmCheckbox({ name, label }: { name: string; label: string }) {
  const id = useId();
  const errors = useFieldErrors(name);
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          name={name}
          value="yes"
          required
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? `${id}-error` : undefined}
        />{" "}
        {label}
      </label>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}
