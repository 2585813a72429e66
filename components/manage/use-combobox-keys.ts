"use client";

import { useState, type KeyboardEvent } from "react";

/**
 * The keyboard of the WAI-ARIA 1.2 combobox pattern (an input with a listbox popup), shared by
 * the place and member pickers. No option is active until the user moves to one: ArrowDown
 * activates the first (ArrowUp the last) and wraps; Enter chooses the active option and, while
 * the list is open, never submits the form, so Enter with nothing active chooses nothing;
 * Escape closes the list. Focus stays in the input (aria-activedescendant names the option).
 */
export function useComboboxKeys<T>({
  options,
  expanded,
  onOpen,
  onClose,
  onChoose,
}: {
  options: T[];
  expanded: boolean;
  onOpen: () => void;
  onClose: () => void;
  onChoose: (option: T) => void;
}) {
  const [active, setActive] = useState(-1);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        onOpen();
        return;
      }
      const last = options.length - 1;
      if (e.key === "ArrowDown") setActive((a) => (a >= last ? 0 : a + 1));
      else setActive((a) => (a <= 0 ? last : a - 1));
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      const option = options[active];
      if (option !== undefined) onChoose(option);
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault();
      setActive(-1);
      onClose();
    }
  };
  return { active: expanded ? Math.min(active, options.length - 1) : -1, setActive, onKeyDown };
}
