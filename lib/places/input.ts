// What an officer types to add a place the gazetteer lacks (issue 14): several names, each with
// its language, a country, a kind, a position, and where known the place's Wikidata and GeoNames
// ids. Refusals are message codes (lib/validation/field-errors.ts) the form shows in sv or en.
import { z } from "zod";
import { fieldErrorsFromZod, zodMessage, type FieldErrors } from "../validation/field-errors";

export const PLACE_KINDS = ["MUNICIPALITY", "REGION", "TOWN", "ISLAND"] as const;

/** How many name rows the form offers (a name in the local language, English, Swedish, one more). */
export const MAX_PLACE_NAMES = 6;
const MAX_NAME_LENGTH = 120;

/** Decimal degrees as people type them: "57.06", "57,06", "-9.7". */
const degrees = (min: number, max: number, code: "latitudeInvalid" | "longitudeInvalid") =>
  z
    .string()
    .trim()
    .refine((v) => /^-?\d{1,3}([.,]\d+)?$/.test(v) && Math.abs(Number(v.replace(",", "."))) <= max, {
      error: code,
    })
    .transform((v) => Math.round(Number(v.replace(",", ".")) * 1e6) / 1e6)
    .refine((v) => v >= min && v <= max, { error: code });

const nameRow = z
  .object({
    name: z
      .string()
      .trim()
      .max(MAX_NAME_LENGTH, {
        error: zodMessage("tooLong", { field: "registryPlaceName", max: MAX_NAME_LENGTH }),
      }),
    lang: z.string().trim().toLowerCase(),
  })
  .superRefine((row, ctx) => {
    if (row.name && !/^[a-z]{2,3}$/.test(row.lang))
      ctx.addIssue({ code: "custom", path: ["lang"], message: "placeNameLanguageInvalid" });
    if (!row.name && row.lang) ctx.addIssue({ code: "custom", path: ["name"], message: "placeNameMissing" });
  });

const registryPlaceSchema = z
  .object({
    names: z
      .array(nameRow)
      .max(MAX_PLACE_NAMES)
      .superRefine((rows, ctx) => {
        if (!rows.some((row) => row.name))
          ctx.addIssue({ code: "custom", path: [0, "name"], message: "placeNameRequired" });
      }),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "countryRequired" }),
    kind: z.enum(PLACE_KINDS, { error: "placeKindRequired" }),
    latitude: degrees(-90, 90, "latitudeInvalid"),
    longitude: degrees(-180, 180, "longitudeInvalid"),
    wikidataId: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || /^Q[1-9]\d{0,11}$/.test(v), { error: "wikidataIdInvalid" })
      .transform((v) => v || null),
    geonamesId: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^[1-9]\d{0,9}$/.test(v) && Number(v) < 1_900_000_000), {
        error: "geonamesIdInvalid",
      })
      .transform((v) => (v ? Number(v) : null)),
  })
  .transform((value) => ({
    ...value,
    // Empty rows are the form's spare lines; a name given twice in one language is kept once.
    names: value.names
      .filter((row) => row.name)
      .filter((row, i, all) => all.findIndex((r) => r.name === row.name && r.lang === row.lang) === i),
  }));

export type RegistryPlaceInput = z.input<typeof registryPlaceSchema>;
export type RegistryPlaceData = z.output<typeof registryPlaceSchema>;
export type PlaceName = { name: string; lang: string };

export function parseRegistryPlace(
  input: RegistryPlaceInput,
): { ok: true; data: RegistryPlaceData } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = registryPlaceSchema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, fieldErrors: fieldErrorsFromZod(parsed.error) };
}
