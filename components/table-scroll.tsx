import type { ReactNode } from "react";

/**
 * A wide table's frame on a narrow screen: it scrolls sideways inside the page instead of
 * widening it. The frame is a named, focusable region, so a keyboard user can scroll it with
 * the arrow keys, and its edges shade where columns are hidden (globals.css, .table-scroll).
 */
export function TableScroll({ id, label, children }: { id?: string; label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div id={id} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
