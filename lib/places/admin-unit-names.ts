// The names people use for an administrative unit: GeoNames writes "Gentofte Kommune",
// "Saaremaa vald", "Comuna Ştefan Vodă", "Powiat gdański"; a twin-town list writes "Gentofte",
// "Saaremaa". Each unit is searchable by its full name and by its name without the generic word.
const GENERIC_SUFFIX =
  /\s+(kommune|kommun|municipality|municipal council|vald|linn|county|district|rayon|raion|okrug|pagasts|novads|shi|city|town|borough|region|province|járás|ilçesi|tumani)$/i;
const GENERIC_PREFIX =
  /^(comuna|municipio|municipiul|obshtina|općina|opcina|gmina|powiat|gemeente|okres|partido|provincia de|province of|departamento de|distrito de|city of|county of|borough of|kabupaten|kota|amphoe|grad|oraş)\s+/i;

/** The unit's name, and without its generic word when it has one ("Gentofte Kommune" → "Gentofte"). */
export function adminUnitNames(name: string): string[] {
  const trimmed = name.trim();
  const bare = trimmed.replace(GENERIC_SUFFIX, "").replace(GENERIC_PREFIX, "").trim();
  return bare && bare !== trimmed ? [trimmed, bare] : [trimmed];
}

/**
 * What a second-order division is, by country: where GeoNames' ADM2 is the municipal level
 * (Danish kommuner, Norwegian kommuner, Estonian vallad and linnad, Latvian novadi, Lithuanian
 * savivaldybės, Icelandic sveitarfélög, Romanian comune, Moldovan raioane …) a municipality,
 * elsewhere a region (Finnish seutukunnat, English counties, German Kreise, Polish powiaty).
 */
const ADM2_IS_MUNICIPALITY = new Set([
  "DK",
  "NO",
  "EE",
  "LV",
  "LT",
  "IS",
  "FO",
  "GL",
  "AX",
  "RO",
  "MD",
  "BA",
  "RS",
  "ME",
  "MK",
  "AL",
  "XK",
  "SI",
  "HR",
  "BG",
  "GE",
  "UA",
  "BY",
  "NL",
  "BE",
  "CH",
  "AT",
  "ES",
  "PT",
  "IT",
]);

export const adminUnitKind = (level: 1 | 2, countryCode: string) =>
  level === 2 && ADM2_IS_MUNICIPALITY.has(countryCode) ? "MUNICIPALITY" : "REGION";
