// Markers at the same or nearly the same spot (two members in one town, a partner place beside
// a Swedish member at a low zoom: Vasa under Umeå) would hide one another, and a hidden marker
// cannot be clicked. The map moves such markers apart on screen, in pixels at the current zoom,
// around the spot they share; the lines still end at the true positions. Pure, so it is
// tested on its own (spread.test.ts) and recomputed on every zoom.

/** A marker on screen: its position in pixels and its radius (stroke included). */
export type ScreenMarker = { x: number; y: number; r: number };

/** Room left between two markers moved apart, in pixels. */
const GAP = 2;
/** Up to this many markers share a ring; more are laid out on a sunflower spiral. */
const RING_MAX = 8;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** At most this many rounds of grouping and laying out. */
const PASSES = 4;

/**
 * Where to draw each marker so that none hides another it (nearly) shares a spot with.
 *
 * Groups are formed greedily in input order: the first marker not yet placed seeds a group, and
 * every later marker that overlaps the seed (centres closer than the two radii plus a gap) joins
 * it. Overlap is not followed from marker to marker, so a dense region (290 kommuner at the
 * national zoom) becomes many small groups, each moved a few pixels, never one huge spiral.
 * A group is laid out around its centroid: on a ring when small, keeping each marker's direction
 * from the centroid (the one to the west stays to the west), on a spiral when large. Markers
 * that overlap nothing keep their position.
 */
export function spreadOverlapping(markers: readonly ScreenMarker[]): { x: number; y: number }[] {
  // A group laid out around its seed can land a marker on a neighbour outside the group (Umeå's
  // ring puts Vasa onto Nykarleby): a few further passes separate what still overlaps. Markers
  // already apart are never regrouped, so the passes settle quickly.
  let current = markers.map(({ x, y }) => ({ x, y }));
  for (let pass = 0; pass < PASSES; pass++) {
    const next = spreadOnce(markers.map((m, i) => ({ ...current[i]!, r: m.r })));
    const moved = next.some((p, i) => p.x !== current[i]!.x || p.y !== current[i]!.y);
    current = next;
    if (!moved) break;
  }
  return current;
}

function spreadOnce(markers: readonly ScreenMarker[]): { x: number; y: number }[] {
  const result = markers.map(({ x, y }) => ({ x, y }));
  const largest = Math.max(0, ...markers.map((m) => m.r));
  // A grid of cells as wide as the largest possible overlap finds neighbours in O(n).
  const cell = 2 * largest + GAP || 1;
  const grid = new Map<string, number[]>();
  const keyOf = (cx: number, cy: number) => `${cx}:${cy}`;
  markers.forEach((m, i) => {
    const key = keyOf(Math.floor(m.x / cell), Math.floor(m.y / cell));
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });

  const grouped = new Array<boolean>(markers.length).fill(false);
  for (let seed = 0; seed < markers.length; seed++) {
    if (grouped[seed]) continue;
    grouped[seed] = true;
    const s = markers[seed]!;
    const group = [seed];
    const [cx, cy] = [Math.floor(s.x / cell), Math.floor(s.y / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(keyOf(cx + dx, cy + dy)) ?? []) {
          if (grouped[j]) continue;
          const m = markers[j]!;
          if (Math.hypot(m.x - s.x, m.y - s.y) < s.r + m.r + GAP) {
            grouped[j] = true;
            group.push(j);
          }
        }
    if (group.length > 1) layOut(markers, group, result);
  }
  return result;
}

function layOut(markers: readonly ScreenMarker[], group: number[], result: { x: number; y: number }[]) {
  const n = group.length;
  const centre = {
    x: group.reduce((sum, i) => sum + markers[i]!.x, 0) / n,
    y: group.reduce((sum, i) => sum + markers[i]!.y, 0) / n,
  };
  const spacing = 2 * Math.max(...group.map((i) => markers[i]!.r)) + GAP;

  if (n > RING_MAX) {
    // Sunflower (Vogel's) spiral: neighbours stay about `spacing` apart however many there are.
    const scale = spacing / 1.48;
    [...group]
      .sort((a, b) => a - b)
      .forEach((index, k) => {
        const radius = scale * Math.sqrt(k + 0.5);
        result[index] = {
          x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
          y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
        };
      });
    return;
  }

  // Each marker keeps its side: ordered by its angle from the centre (markers exactly on the
  // centre, such as two at one spot, by their order), then spaced evenly around a ring that
  // starts at the first one's angle (or at the top).
  const angleOf = (i: number) => {
    const m = markers[i]!;
    const [dx, dy] = [m.x - centre.x, m.y - centre.y];
    return Math.hypot(dx, dy) < 1e-9 ? Number.NEGATIVE_INFINITY : Math.atan2(dy, dx);
  };
  const ordered = [...group].sort((a, b) => angleOf(a) - angleOf(b) || a - b);
  const first = angleOf(ordered[0]!);
  const start = Number.isFinite(first) ? first : -Math.PI / 2;
  const radius = spacing / (2 * Math.sin(Math.PI / n));
  ordered.forEach((index, k) => {
    const angle = start + (2 * Math.PI * k) / n;
    result[index] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}
