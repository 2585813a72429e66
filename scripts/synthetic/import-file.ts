// A long synthetic import file, for the import benchmark (npm run bench:import) and the tests
// of the preview's progress. The rows are invented (real member and place names in invented
// combinations), never seeded; only the benchmark and a test commit them, into their own
// databases, and remove them again. The file name says they are synthetic.

/** Members as real lists write them: names, codes, an English exonym, a parenthesis. */
const MEMBERS = [
  "Umeå",
  "Umeå kommun",
  "2480",
  "Gothenburg",
  "Göteborgs stad",
  "Fellingsbro (Lindesberg)",
  "Sollefteå",
  "Västerås",
  "Östersund",
  "Narnia kommun",
];
/** Partners with their country as written (English, Swedish, a code), some of them unknown. */
const PARTNERS: [string, string][] = [
  ["Vasa", "Finland"],
  ["Tromsø", "Norway"],
  ["Bergen", "Norge"],
  ["Esbo", "Finland"],
  ["Århus", "Danmark"],
  ["Springfield", ""],
  ["Tartu", "Estonia"],
  ["Kiel", "Germany"],
  ["Gdańsk", "PL"],
  ["Xyzzyville", "Kanada"],
];
const KINDS = ["Vänort", "twin town", "annat", "Kommunalt partnerskap"];

/** The file name of a synthetic file: says it is synthetic wherever it is shown. */
export const syntheticImportFileName = (rows: number) => `syntetisk-import-${rows}-rader.csv`;

/**
 * A CSV list of `rows` partnership rows (plus the header) cycling through messy member names
 * and the given partners [name, country as written] (by default ten messy ones, so a long file
 * repeats them; give as many as rows for a file whose every partner is looked up).
 */
export function syntheticImportCsv(
  rows: number,
  partners: readonly (readonly [string, string])[] = PARTNERS,
): string {
  const lines = ["Kommun;Vänort;Land;Typ;Sedan"];
  for (let i = 0; i < rows; i++) {
    // Shifted once per round of members, so that a member gets different partners.
    const index = partners.length >= rows ? i : (i + Math.floor(i / MEMBERS.length)) % partners.length;
    const [partner, country] = partners[index]!;
    lines.push(
      [MEMBERS[i % MEMBERS.length], partner, country, KINDS[i % KINDS.length], 1940 + (i % 80)].join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}
