// What kind of change one comparison of an entity's public form is, from the form the change
// list last published and the form it has now.

export const CHANGE_KINDS = ["created", "edited", "ended", "removed", "restored"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * `before`: the published form (null when it was not public at the last comparison), `seen`:
 * whether the change list ever published it. An entity that becomes public for the first time
 * is "created" whenever that happens (an import reviewed a month after it was entered, a
 * co-participant's consent): the list never mentions it before then.
 */
export function changeKind(
  before: { endedOn?: string | null } | null,
  after: { endedOn?: string | null } | null,
  seen: boolean,
): ChangeKind | null {
  if (!before && !after) return null;
  if (!after) return "removed";
  if (!before) return seen ? "restored" : "created";
  return !before.endedOn && after.endedOn ? "ended" : "edited";
}
