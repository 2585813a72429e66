// What the two request forms accept, checked on the server (the forms only help). Codes and
// catalogue values are checked against the database by the writer (edit.ts); this module checks
// shapes and sizes and answers field errors in the user's language (lib/validation).
import { z } from "zod";
import { fieldErrorsFromZod, zodMessage, type FieldErrors } from "../validation/field-errors";
import { parseRecordId } from "../validation/record-id";
import { KIND_VALUES, MAX_MONTHS, WORLD_REGIONS, monthsFrom } from "./codes";
import type { PartnerRequestKind, WorldRegion } from "../generated/prisma/enums";

export const LIMITS = {
  description: 4000,
  contactName: 200,
  contactEmail: 254,
  townName: 200,
  message: 1000,
  countries: 30,
  areas: 20,
  funding: 10,
} as const;

const kind = z.enum(Object.values(KIND_VALUES) as [PartnerRequestKind, ...PartnerRequestKind[]], {
  error: zodMessage("seekKindRequired"),
});
const text = (max: number, field: "description" | "contactName" | "seekDescriptionEn" | "seekTownName") =>
  z.string().trim().max(max, zodMessage("tooLong", { field, max }));
const list = (max: number, item: z.ZodType<string>) =>
  z.array(item).max(max, zodMessage("tooManyValues", { max }));
const country = z
  .string()
  .trim()
  .toUpperCase()
  // Empty or not a code: either way the person has to pick the country from the list.
  .regex(/^[A-Z]{2}$/, zodMessage("countryRequired"));
const catalogueCode = z
  .string()
  .trim()
  .regex(/^[a-z_]{2,40}$/, zodMessage("invalidInput"));
const email = z
  .string()
  .trim()
  .max(LIMITS.contactEmail, zodMessage("emailInvalid"))
  .pipe(z.email({ error: zodMessage("emailInvalid") }));
const description = text(LIMITS.description, "description").min(20, zodMessage("seekDescriptionRequired"));

const shared = {
  kind,
  areaCodes: list(LIMITS.areas, catalogueCode),
  description,
  contactName: text(LIMITS.contactName, "contactName").min(1, zodMessage("nameRequired")),
  contactEmail: email,
};

const memberRequestSchema = z
  .object({
    ...shared,
    countryCodes: list(LIMITS.countries, country),
    worldRegions: list(
      WORLD_REGIONS.length,
      z.enum(WORLD_REGIONS as unknown as [WorldRegion, ...WorldRegion[]], {
        error: zodMessage("invalidInput"),
      }),
    ),
    fundingCodes: list(LIMITS.funding, catalogueCode),
    descriptionEn: text(LIMITS.description, "seekDescriptionEn"),
    endsOn: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, zodMessage("seekEndsOn", { max: MAX_MONTHS })),
  })
  // Checked even when other fields fail, so the form lists every problem at once.
  .refine((r) => (r.countryCodes?.length ?? 0) + (r.worldRegions?.length ?? 0) > 0, {
    path: ["countryCodes"],
    message: zodMessage("seekCountriesRequired"),
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export type MemberRequestInput = z.infer<typeof memberRequestSchema>;

/** Decimal degrees as people type them ("57.06", "57,06", "-9.7"), or nothing. */
const optionalDegrees = (max: number, code: "latitudeInvalid" | "longitudeInvalid") =>
  z
    .string()
    .trim()
    .refine(
      (v) =>
        v === "" || (/^-?\d{1,3}([.,]\d{1,10})?$/.test(v) && Math.abs(Number(v.replace(",", "."))) <= max),
      {
        error: zodMessage(code),
      },
    )
    .transform((v) => (v === "" ? null : Math.round(Number(v.replace(",", ".")) * 1e6) / 1e6));

const abroadRequestSchema = z
  .object({
    ...shared,
    countryCode: country,
    placeId: z
      .string()
      .trim()
      // A GeoNames id or a registry place's (above 2,000,000,000): an integer column's range.
      .refine((v) => v === "" || parseRecordId(v) !== null, zodMessage("placeUnknown"))
      .transform((v) => (v ? parseRecordId(v) : null)),
    townName: text(LIMITS.townName, "seekTownName"),
    // "My town is not in the list" (issue 16): the typed name becomes a place awaiting approval,
    // at the position given (clicked on the map or typed), unless a place of that name exists.
    newTown: z.string().transform((v) => v === "1"),
    latitude: optionalDegrees(90, "latitudeInvalid"),
    longitude: optionalDegrees(180, "longitudeInvalid"),
  })
  .refine((r) => (r.placeId ?? null) !== null || (r.townName ?? "").trim() !== "", {
    path: ["placeId"],
    message: zodMessage("seekTownRequired"),
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  })
  .transform((r) => {
    // A chosen place decides; a new town's position is only asked for with the box ticked.
    const town = r.placeId === null && r.newTown;
    return {
      ...r,
      newTown: town,
      latitude: town ? r.latitude : null,
      longitude: town ? r.longitude : null,
    };
  })
  .refine((r) => !r.newTown || (r.latitude !== null && r.longitude !== null), {
    path: ["latitude"],
    message: zodMessage("seekTownPosition"),
  });

export type AbroadRequestInput = z.infer<typeof abroadRequestSchema>;

const values = (formData: FormData, name: string) =>
  formData.getAll(name).filter((v): v is string => typeof v === "string" && v.trim() !== "");
const one = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

type Parsed<T> = { ok: true; input: T } | { ok: false; fieldErrors: FieldErrors };

const parsed = <T>(result: z.ZodSafeParseResult<T>): Parsed<T> =>
  result.success
    ? { ok: true, input: result.data }
    : { ok: false, fieldErrors: fieldErrorsFromZod(result.error) };

/** A member's request from its form. The end date must lie after today and within MAX_MONTHS. */
export function parseMemberRequest(formData: FormData, today: Date): Parsed<MemberRequestInput> {
  const result = parsed(
    memberRequestSchema.safeParse({
      kind: one(formData, "kind"),
      countryCodes: values(formData, "countryCodes"),
      worldRegions: values(formData, "worldRegions"),
      areaCodes: values(formData, "areaCodes"),
      fundingCodes: values(formData, "fundingCodes"),
      description: one(formData, "description"),
      descriptionEn: one(formData, "descriptionEn"),
      contactName: one(formData, "contactName"),
      contactEmail: one(formData, "contactEmail"),
      endsOn: one(formData, "endsOn") || monthsFrom(today, 6),
    }),
  );
  if (!result.ok) return result;
  const endsOn = result.input.endsOn;
  const todayDay = today.toISOString().slice(0, 10);
  if (Number.isNaN(Date.parse(endsOn)) || endsOn <= todayDay || endsOn > monthsFrom(today, MAX_MONTHS))
    return { ok: false, fieldErrors: { endsOn: [{ code: "seekEndsOn", values: { max: MAX_MONTHS } }] } };
  return result;
}

/** A request from abroad from the public form. */
export function parseAbroadRequest(formData: FormData): Parsed<AbroadRequestInput> {
  return parsed(
    abroadRequestSchema.safeParse({
      kind: one(formData, "kind"),
      countryCode: one(formData, "countryCode"),
      placeId: one(formData, "placeId"),
      townName: one(formData, "townName"),
      newTown: one(formData, "newTown"),
      latitude: one(formData, "latitude"),
      longitude: one(formData, "longitude"),
      areaCodes: values(formData, "areaCodes"),
      description: one(formData, "description"),
      contactName: one(formData, "contactName"),
      contactEmail: one(formData, "contactEmail"),
    }),
  );
}

/** The honeypot: a field people never see; whatever a bot types there, the form pretends to accept. */
const HONEYPOT_FIELD = "homepage";
export const isHoneypotFilled = (formData: FormData) => one(formData, HONEYPOT_FIELD).trim() !== "";
