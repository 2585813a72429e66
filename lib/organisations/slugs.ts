import { toSlug, toSwedishTransliteratedSlug } from "../text/normalize";

/**
 * URL slugs for a set of names, unique within the set. Folding accents usually suffices
 * ("Umeå" -> "umea"), but Håbo and Habo would both become "habo": the name already in ASCII
 * keeps the plain slug and the other takes the Swedish transliteration ("haabo").
 */
export function assignSlugs(names: readonly string[]): Map<string, string> {
  const byFolded = new Map<string, string[]>();
  for (const name of names) byFolded.set(toSlug(name), [...(byFolded.get(toSlug(name)) ?? []), name]);
  const slugs = new Map<string, string>();
  for (const [folded, group] of byFolded) {
    for (const name of group) {
      const plain = group.length === 1 || toSlug(name) === name.toLowerCase().replace(/ /g, "-");
      slugs.set(name, plain ? folded : toSwedishTransliteratedSlug(name));
    }
  }
  if (new Set(slugs.values()).size !== slugs.size) throw new Error("Could not give every name a unique slug");
  return slugs;
}
