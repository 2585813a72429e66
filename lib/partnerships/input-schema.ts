// One schema for what an officer may enter about a partnership, shared by the future forms and
// the server. Create, update and end are derived from it. Messages are codes of the "validation"
// messages (lib/validation) that say which field is wrong and what to do; the database rules
// (lib/partnerships/validate.ts) come after.
import { z } from "zod";
import {
  fieldErrorsFromZod,
  zodMessage,
  type FieldErrors,
  type FieldLabel,
  type ValidationCode,
} from "../validation/field-errors";
import { recordIdSchema } from "../validation/record-id";
import { PARTNERSHIP_KINDS, OTHER_COOPERATION_TYPES, ACTIVITY_LEVELS } from "../database/enums";

export const FIRST_YEAR = 1900;
export const currentYear = () => new Date().getFullYear();

const MAX_TEXT = 200;
const MAX_DESCRIPTION = 5000;
const MAX_PARTNERS = 50;
/** More than any real list (290 kommuner and 21 regions; a few dozen areas, decisions): a hostile form's thousands are refused. */
const MAX_PARTICIPANTS = 400;
const MAX_LIST = 100;

/** A function, so the range follows the calendar in a long-running server. */
const startYearMessage = () => zodMessage("startYearRange", { min: FIRST_YEAR, max: currentYear() });

/** Optional free text: trimmed, and an empty field means "not given". */
const optionalText = (field: FieldLabel, max = MAX_TEXT) =>
  z
    .string({ error: zodMessage("textExpected", { field }) })
    .trim()
    .max(max, { error: zodMessage("tooLong", { field, max }) })
    .nullish()
    .transform((value) => (value ? value : undefined));

const requiredText = (field: FieldLabel, required: ValidationCode, max = MAX_TEXT) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: zodMessage("tooLong", { field, max }) });

/** A list of codes or texts, trimmed, without empty entries or duplicates. */
const uniqueList = <T extends z.ZodType<string | number>>(item: T, message: ValidationCode) =>
  z
    .array(item, { error: message })
    .max(MAX_LIST, { error: zodMessage("tooManyValues", { max: MAX_LIST }) })
    .nullish()
    .transform((values) => [...new Set((values ?? []) as z.output<T>[])]);

const countryCode = (message: ValidationCode) =>
  z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: message });

/** A row id (1 .. 2^31-1: PostgreSQL integer), shared with every other form: lib/validation/record-id.ts. */
const id = (message: ValidationCode) => recordIdSchema(message);

const partnerInputSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("PLACE"),
      placeId: id("placeRequired"),
      name: optionalText("placeName"),
    }),
    z.object({
      type: z.literal("COUNTRY"),
      countryCode: countryCode("countryRequired"),
      name: optionalText("countryName"),
    }),
    z.object({
      type: z.literal("NETWORK"),
      networkId: id("networkRequired"),
      name: optionalText("networkName"),
    }),
    z.object({
      type: z.literal("ORGANISATION"),
      name: requiredText("organisationName", "organisationNameRequired"),
      countryCode: countryCode("organisationCountryInvalid")
        .nullish()
        .transform((v) => v ?? undefined),
    }),
    z.object({
      type: z.literal("FREE_TEXT"),
      name: requiredText("partnerName", "partnerNameRequired"),
      countryCode: countryCode("partnerCountryInvalid")
        .nullish()
        .transform((v) => v ?? undefined),
    }),
  ],
  { error: "partnerTypeRequired" },
);

const END_DATE_MESSAGE = "endDateFormat";
const endedOnSchema = z
  .union([z.iso.date({ error: END_DATE_MESSAGE }), z.date({ error: END_DATE_MESSAGE })], {
    error: END_DATE_MESSAGE,
  })
  .transform((value) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value))
  .refine((date) => !Number.isNaN(date.getTime()), { error: END_DATE_MESSAGE });

/**
 * Every field an officer can edit. No refinements here: zod refuses `.omit()` / `.pick()` on a
 * refined object, so the cross-field rule (`otherType` iff OTHER) is added to each variant.
 */
const partnershipFieldsSchema = z.object({
  kind: z.enum(PARTNERSHIP_KINDS, { error: "kindRequired" }),
  otherType: z
    .enum(OTHER_COOPERATION_TYPES, { error: "otherTypeInvalid" })
    .nullish()
    .transform((v) => v ?? undefined),
  title: optionalText("title"),
  activityLevel: z
    .enum(ACTIVITY_LEVELS, { error: "activityLevelInvalid" })
    .nullish()
    .transform((v) => v ?? undefined),
  startYear: z
    .number({ error: startYearMessage })
    .int({ error: startYearMessage })
    .refine((year) => year >= FIRST_YEAR && year <= currentYear(), { error: startYearMessage })
    .nullish()
    .transform((v) => v ?? undefined),
  description: optionalText("description", MAX_DESCRIPTION),
  decisionRefs: uniqueList(
    z
      .string()
      .trim()
      .min(1, { error: "decisionEmpty" })
      .max(MAX_TEXT, { error: zodMessage("tooLong", { field: "decision", max: MAX_TEXT }) }),
    "decisionsList",
  ),
  areaCodes: uniqueList(z.string().trim().min(1), "areasList"),
  fundingCodes: uniqueList(z.string().trim().min(1), "fundingList"),
  participantIds: z
    .array(id("participantInvalid"), { error: "participantsRequired" })
    .min(1, { error: "participantsRequired" })
    .max(MAX_PARTICIPANTS, { error: zodMessage("tooManyValues", { max: MAX_PARTICIPANTS }) })
    .transform((ids) => [...new Set(ids)]),
  partners: z
    .array(partnerInputSchema, { error: "partnersRequired" })
    .min(1, { error: "partnersRequired" })
    .max(MAX_PARTNERS, { error: zodMessage("tooManyPartners", { max: MAX_PARTNERS }) }),
  endedOn: endedOnSchema,
  endReason: optionalText("endReason", 1000),
  endDecisionRef: optionalText("endDecisionRef"),
});

const ENDING = { endedOn: true, endReason: true, endDecisionRef: true } as const;

type KindAndOtherType = { kind: string; otherType?: string | undefined };

/** `otherType` is required for OTHER and only allowed there (a check constraint agrees). */
function otherTypeRule(value: KindAndOtherType, ctx: z.core.$RefinementCtx) {
  if (value.kind === "OTHER" && !value.otherType) {
    ctx.addIssue({ code: "custom", path: ["otherType"], message: "otherTypeRequired" });
  }
  if (value.kind !== "OTHER" && value.otherType) {
    ctx.addIssue({ code: "custom", path: ["otherType"], message: "otherTypeOnlyForOther" });
  }
}

/** The editable content of a partnership: what create takes and what update replaces. */
const partnershipContentSchema = partnershipFieldsSchema.omit(ENDING);
const partnershipCreateSchema = partnershipContentSchema.superRefine(otherTypeRule);
/** The form of an existing partnership carries the version the officer started from. */
export const partnershipUpdateSchema = partnershipContentSchema
  .extend({ expectedVersion: recordIdSchema("reloadPage") })
  .superRefine(otherTypeRule);
/** Ending: the date is required, reason and decision are optional. */
const partnershipEndSchema = partnershipFieldsSchema.pick(ENDING);

export type PartnershipContent = z.output<typeof partnershipCreateSchema>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, fieldErrors: fieldErrorsFromZod(result.error) };
}

export const parsePartnershipContent = (input: unknown) => parseWith(partnershipCreateSchema, input);
export const parsePartnershipEnding = (input: unknown) => parseWith(partnershipEndSchema, input);
