// The overview's choropleth: municipalities coloured by their number of active partnerships.
// Classes have round, readable bounds (0, 1, 2–3, 4–7 ...) so the legend reads naturally; the
// palette is ColorBrewer's YlGnBu, sequential and safe for colour-blind readers.

export type ChoroplethClass = { min: number; max: number; color: string };

export const NO_DATA_COLOR = "#f0f0f0";
const RAMP = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"] as const;

/**
 * Classes for counts from 0 to `max`: "0" in a neutral grey, then powers of two (1, 2–3, 4–7,
 * 8–15, …), the last class open-ended so the highest count always falls in it. At most six
 * classes in all.
 */
export function choroplethClasses(max: number): ChoroplethClass[] {
  const classes: ChoroplethClass[] = [{ min: 0, max: 0, color: NO_DATA_COLOR }];
  let min = 1;
  for (let i = 0; i < RAMP.length && min <= Math.max(1, max); i++) {
    const last = i === RAMP.length - 1 || min * 2 > max;
    classes.push({ min, max: last ? Math.max(min, max) : min * 2 - 1, color: RAMP[i]! });
    min *= 2;
  }
  return classes;
}

export function classOf(classes: ChoroplethClass[], count: number): ChoroplethClass {
  return classes.find((c) => count >= c.min && count <= c.max) ?? classes.at(-1)!;
}

/** "0", "1", "2–3", "16–40". */
export function classLabel(c: ChoroplethClass): string {
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}
