import slugify from "slugify";

// Apostrophes vanish rather than split a word: "Xi’an" and "Xian" are the same search key.
const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc`´]/g;
// Punctuation that separates words becomes a space: "Saint-Étienne" -> "saint etienne".
const SEPARATORS = /[-\u2010-\u2015_/.,;:()[\]]/g;

/**
 * A search key for a place or organisation name: lower case, ASCII, accents and special
 * letters folded (ø -> o, ß -> ss, å/ä/ö -> a/a/o), apostrophes removed, words separated
 * by single spaces. Names in scripts slugify cannot transliterate become "".
 */
export function normalizeName(name: string): string {
  const folded = slugify(name.replace(APOSTROPHES, "").replace(SEPARATORS, " "), {
    lower: true,
    strict: true,
    replacement: " ",
    trim: true,
  });
  return folded.replace(/\s+/g, " ").trim();
}

/** An ASCII URL slug: "Umeå" -> "umea", "Upplands Väsby" -> "upplands-vasby". */
export function toSlug(name: string): string {
  return normalizeName(name).replace(/ /g, "-");
}

/** The Swedish ASCII spelling, for when folding makes two names equal: "Håbo" -> "haabo". */
export function toSwedishTransliteratedSlug(name: string): string {
  return toSlug(
    name
      .replace(/å/g, "aa")
      .replace(/Å/g, "Aa")
      .replace(/[äæ]/g, "ae")
      .replace(/[ÄÆ]/g, "Ae")
      .replace(/[öø]/g, "oe")
      .replace(/[ÖØ]/g, "Oe"),
  );
}
