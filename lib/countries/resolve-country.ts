// The one country resolver: what country a text names, however people write it. Used by the
// import (lib/import/preview), the site search (lib/search/country-match) and the API's
// `land` parameters (lib/api/params). It understands
//   - ISO 3166-1 alpha-2 and alpha-3 codes ("FI", "fin"), plus "UK";
//   - every name i18n-iso-countries has in Swedish and English (official and short forms,
//     aliases), countries-list's English and native names and aliases, and the country's name
//     in 45 further languages (its own language among them: "Suomi", "Deutschland", "Polska");
//   - the documented extra spellings of ./variants (UK nations, former names …);
//   - "Republic of …", "Kingdom of …", "the …", "Konungariket …" and "… (country)" wrappers;
//   - "Region, Country" and "Place (Country)": the country part decides, unless the other part
//     is a dependent territory of it ("Åland Islands, Finland" is AX, see ./territories).
// A name two states share ("Congo") resolves to neither: the caller asks a person.
import countries from "i18n-iso-countries";
import { countries as countryData } from "countries-list";
import af from "i18n-iso-countries/langs/af.json";
import az from "i18n-iso-countries/langs/az.json";
import be from "i18n-iso-countries/langs/be.json";
import bg from "i18n-iso-countries/langs/bg.json";
import bs from "i18n-iso-countries/langs/bs.json";
import cs from "i18n-iso-countries/langs/cs.json";
import da from "i18n-iso-countries/langs/da.json";
import de from "i18n-iso-countries/langs/de.json";
import el from "i18n-iso-countries/langs/el.json";
import es from "i18n-iso-countries/langs/es.json";
import et from "i18n-iso-countries/langs/et.json";
import fi from "i18n-iso-countries/langs/fi.json";
import fr from "i18n-iso-countries/langs/fr.json";
import ga from "i18n-iso-countries/langs/ga.json";
import hr from "i18n-iso-countries/langs/hr.json";
import hu from "i18n-iso-countries/langs/hu.json";
import hy from "i18n-iso-countries/langs/hy.json";
import id from "i18n-iso-countries/langs/id.json";
import is from "i18n-iso-countries/langs/is.json";
import it from "i18n-iso-countries/langs/it.json";
import ka from "i18n-iso-countries/langs/ka.json";
import kk from "i18n-iso-countries/langs/kk.json";
import lt from "i18n-iso-countries/langs/lt.json";
import lv from "i18n-iso-countries/langs/lv.json";
import mk from "i18n-iso-countries/langs/mk.json";
import ms from "i18n-iso-countries/langs/ms.json";
import mt from "i18n-iso-countries/langs/mt.json";
import nb from "i18n-iso-countries/langs/nb.json";
import nl from "i18n-iso-countries/langs/nl.json";
import nn from "i18n-iso-countries/langs/nn.json";
import no from "i18n-iso-countries/langs/no.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";
import ro from "i18n-iso-countries/langs/ro.json";
import ru from "i18n-iso-countries/langs/ru.json";
import sk from "i18n-iso-countries/langs/sk.json";
import sl from "i18n-iso-countries/langs/sl.json";
import sq from "i18n-iso-countries/langs/sq.json";
import sr from "i18n-iso-countries/langs/sr.json";
import sw from "i18n-iso-countries/langs/sw.json";
import tr from "i18n-iso-countries/langs/tr.json";
import uk from "i18n-iso-countries/langs/uk.json";
import uz from "i18n-iso-countries/langs/uz.json";
import vi from "i18n-iso-countries/langs/vi.json";
import en from "i18n-iso-countries/langs/en.json";
import sv from "i18n-iso-countries/langs/sv.json";
import { normalizeName } from "../text/normalize";
import { sovereignOf } from "./territories";
import { COUNTRY_VARIANTS } from "./variants";

// Swedish and English first: where two countries share a name in some language, these win.
const PRIMARY = [sv, en];
const OTHER_LANGUAGES = [
  af,
  az,
  be,
  bg,
  bs,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  hy,
  id,
  is,
  it,
  ka,
  kk,
  lt,
  lv,
  mk,
  ms,
  mt,
  nb,
  nl,
  nn,
  no,
  pl,
  pt,
  ro,
  ru,
  sk,
  sl,
  sq,
  sr,
  sw,
  tr,
  uk,
  uz,
  vi,
];
for (const locale of [...PRIMARY, ...OTHER_LANGUAGES]) countries.registerLocale(locale);

/** Normalised name -> the codes it names; a key with two codes is ambiguous at its level. */
type NameIndex = Map<string, Set<string>>;

let levels: NameIndex[] | undefined;

function add(index: NameIndex, name: string, code: string) {
  const key = normalizeName(name);
  if (!key) return; // scripts the normaliser cannot transliterate
  const codes = index.get(key) ?? new Set<string>();
  codes.add(code);
  index.set(key, codes);
}

/**
 * The names in three levels, asked in order: (1) Swedish and English names and the documented
 * variants, (2) countries-list's names, native names and aliases, (3) the other languages. A
 * name found at a level is decided there ("Congo" is ambiguous in English and stays so), which
 * keeps a rare foreign spelling from taking a name people mean otherwise.
 */
function nameLevels(): NameIndex[] {
  if (levels) return levels;
  const primary: NameIndex = new Map();
  for (const { locale } of PRIMARY)
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" })))
      for (const name of names) add(primary, name, code);
  for (const [name, code] of Object.entries(COUNTRY_VARIANTS)) {
    // A variant overrides the packages' reading of the same key (e.g. "Macedonia").
    primary.set(normalizeName(name), new Set([code]));
  }
  const packageNames: NameIndex = new Map();
  for (const [code, data] of Object.entries(countryData)) {
    const { name, native } = data as { name: string; native: string; alias?: string[] };
    for (const n of [name, native, ...((data as { alias?: string[] }).alias ?? [])])
      add(packageNames, n, code);
  }
  const other: NameIndex = new Map();
  for (const { locale } of OTHER_LANGUAGES)
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" })))
      for (const name of names) add(other, name, code);
  levels = [primary, packageNames, other];
  return levels;
}

type Lookup = { code: string } | { ambiguous: string[] } | undefined;

function lookupName(key: string): Lookup {
  for (const level of nameLevels()) {
    const codes = level.get(key);
    if (!codes) continue;
    return codes.size === 1 ? { code: [...codes][0]! } : { ambiguous: [...codes].sort() };
  }
  return undefined;
}

function lookupCode(raw: string): string | undefined {
  const value = raw.trim();
  if (/^uk$/i.test(value)) return "GB";
  if (/^[A-Za-z]{2}$/.test(value) && countries.isValid(value.toUpperCase())) return value.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(value)) return countries.alpha3ToAlpha2(value.toUpperCase()) ?? undefined;
  return undefined;
}

// Wrappers around a country's name that do not change which country it is. Longest first.
const PREFIXES = [
  "the",
  "republic of",
  "the republic of",
  "kingdom of",
  "the kingdom of",
  "principality of",
  "grand duchy of",
  "state of",
  "commonwealth of",
  "federal republic of",
  "peoples republic of",
  "islamic republic of",
  "socialist republic of",
  "united republic of",
  "federative republic of",
  "bolivarian republic of",
  "plurinational state of",
  "oriental republic of",
  "republiken",
  "konungariket",
  "kungariket",
  "folkrepubliken",
  "forbundsrepubliken",
  "furstendomet",
  "storhertigdomet",
  "staten",
].sort((a, b) => b.length - a.length);
const SUFFIXES = ["country", "land", "the", "republic", "republik", "kingdom"];

/** The keys to try for one name: as written, then without a wrapper word. */
function keysOf(raw: string): string[] {
  const key = normalizeName(raw);
  const keys = [key];
  for (const prefix of PREFIXES) if (key.startsWith(`${prefix} `)) keys.push(key.slice(prefix.length + 1));
  for (const suffix of SUFFIXES) if (key.endsWith(` ${suffix}`)) keys.push(key.slice(0, -suffix.length - 1));
  return [...new Set(keys.filter(Boolean))];
}

function resolveOne(raw: string): Lookup {
  const code = lookupCode(raw);
  if (code) return { code };
  let ambiguous: Lookup;
  for (const key of keysOf(raw)) {
    const found = lookupName(key);
    if (found && "code" in found) return found;
    ambiguous ??= found;
  }
  return ambiguous;
}

export type CountryResolution =
  { status: "resolved"; code: string } | { status: "ambiguous"; codes: string[] } | { status: "unknown" };

/**
 * What country a text names, with the reason when it names none: "ambiguous" for a name two
 * states share ("Congo"), "unknown" for anything else.
 */
export function resolveCountryDetailed(rawValue: string): CountryResolution {
  const raw = rawValue.trim().replace(/\s+/g, " ");
  if (!raw) return { status: "unknown" };
  const whole = resolveOne(raw);
  if (whole && "code" in whole) return { status: "resolved", code: whole.code };

  // "Region, Country", "Place (Country)", "Country (Region)", "Country: Region", "Region - Country".
  const parts =
    raw.match(/^(.+?)\s*\(([^)]+)\)\s*$/)?.slice(1) ??
    (raw.includes(",") ? [raw.slice(0, raw.lastIndexOf(",")), raw.slice(raw.lastIndexOf(",") + 1)] : null) ??
    raw.match(/^(.+?)\s*[:/]\s*(.+)$/)?.slice(1) ??
    raw.match(/^(.+?)\s+[-–—]\s+(.+)$/)?.slice(1);
  if (parts) {
    const found = parts.map((p) => resolveOne(p.trim()));
    const codes = found.flatMap((f) => (f && "code" in f ? [f.code] : []));
    // A territory and its state ("Åland Islands, Finland"): the territory, where GeoNames files its places.
    const territory = codes.find((c) => codes.some((s) => sovereignOf(c) === s));
    if (territory) return { status: "resolved", code: territory };
    // Otherwise the part that names a country; the later part when both do ("Rauma, Norway" is
    // a place and a country, "Georgia (country)" a country and a word).
    if (codes.length) return { status: "resolved", code: codes.at(-1)! };
  }
  return whole && "ambiguous" in whole
    ? { status: "ambiguous", codes: whole.ambiguous }
    : { status: "unknown" };
}

/** The ISO alpha-2 code a country name or code means, or undefined (unknown or ambiguous). */
export function resolveCountry(raw: string): string | undefined {
  const result = resolveCountryDetailed(raw);
  return result.status === "resolved" ? result.code : undefined;
}
