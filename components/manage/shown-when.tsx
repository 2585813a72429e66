"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A follow-up question: shown only while the form's field `field` has the value `value` ("Which
 * obstacles?" after "Yes"; a checkbox: while it is ticked). While hidden, its inputs are disabled, so they are not posted either.
 * Without JavaScript it always shows (its label says when it applies) and the server refuses an
 * answer that does not apply (lib/inventory/questions.ts, validateAnswers).
 */
export function ShownWhen({ field, value, children }: { field: string; value: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    const form = element?.closest("form");
    if (!element || !form) return;
    const update = () => {
      const control = form.elements.namedItem(field);
      const shown =
        (control instanceof HTMLSelectElement && control.value === value) ||
        (control instanceof HTMLInputElement &&
          control.type === "checkbox" &&
          control.checked &&
          control.value === value);
      element.hidden = !shown;
      for (const input of element.querySelectorAll<
        HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
      >("input, select, textarea"))
        input.disabled = !shown;
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [field, value]);
  return (
    <div ref={box} data-shown-when={`${field}=${value}`}>
      {children}
    </div>
  );
}
