// Which countries border which, from the world-countries data set (mledoze/countries, ODbL 1.0):
// land borders only, so Finland and Estonia are not neighbours, though Sweden's partnerships
// often cross that sea. Used by the suggestions' "neighbouring country" reason.
import countries from "world-countries";

const byCca3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
const NEIGHBOURS = new Map(
  countries.map((c) => [c.cca2, new Set(c.borders.flatMap((b) => byCca3.get(b) ?? []))] as const),
);

/** Whether two countries (ISO alpha-2) share a land border. */
export const areNeighbours = (a: string, b: string) =>
  NEIGHBOURS.get(a.toUpperCase())?.has(b.toUpperCase()) ?? false;
