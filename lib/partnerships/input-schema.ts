// One schema for what an officer may enter about a partnership, shared by the future forms and
// the server. Create, update and end are derived from it. Messages are Swedish and say which
// field is wrong and what to do; the database rules (lib/partnerships/validate.ts) come after.
import { z } from "zod";

export const FIRST_YEAR = 1900;
export const currentYear = () => new Date().getFullYear();

const MAX_TEXT = 200;
const MAX_DESCRIPTION = 5000;

export const startYearMessage = () => `Startåret måste vara ett årtal mellan ${FIRST_YEAR} och ${currentYear()}.`;

/** Optional free text: trimmed, and an empty field means "not given". */
const optionalText = (field: string, max = MAX_TEXT) =>
  z
    .string({ error: `${field} måste vara text.` })
    .trim()
    .max(max, { error: `${field} får vara högst ${max} tecken. Korta texten.` })
    .nullish()
    .transform((value) => (value ? value : undefined));

const requiredText = (field: string, whatToDo: string, max = MAX_TEXT) =>
  z
    .string({ error: `Ange ${whatToDo}.` })
    .trim()
    .min(1, { error: `Ange ${whatToDo}.` })
    .max(max, { error: `${field} får vara högst ${max} tecken. Korta texten.` });

/** A list of codes or texts, trimmed, without empty entries or duplicates. */
const uniqueList = <T extends z.ZodType<string | number>>(item: T, message: string) =>
  z
    .array(item, { error: message })
    .nullish()
    .transform((values) => [...new Set((values ?? []) as z.output<T>[])]);

const countryCode = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: message });

const id = (message: string) => z.number({ error: message }).int({ error: message }).positive({ error: message });

export const partnerInputSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("PLACE"),
      placeId: id("Välj orten i listan över orter."),
      name: optionalText("Kommunens namn på orten"),
    }),
    z.object({
      type: z.literal("COUNTRY"),
      countryCode: countryCode("Välj landet i listan över länder."),
      name: optionalText("Kommunens namn på landet"),
    }),
    z.object({
      type: z.literal("NETWORK"),
      networkId: id("Välj nätverket i listan över nätverk."),
      name: optionalText("Kommunens namn på nätverket"),
    }),
    z.object({
      type: z.literal("ORGANISATION"),
      name: requiredText("Organisationens namn", "organisationens namn"),
      countryCode: countryCode("Välj organisationens land i listan över länder, eller lämna fältet tomt.").nullish().transform((v) => v ?? undefined),
    }),
    z.object({
      type: z.literal("FREE_TEXT"),
      name: requiredText("Partnerns namn", "partnerns namn"),
      countryCode: countryCode("Välj partnerns land i listan över länder, eller lämna fältet tomt.").nullish().transform((v) => v ?? undefined),
    }),
  ],
  { error: "Välj vad partnern är: en ort, ett land, ett nätverk, en organisation eller ett namn i fritext." },
);

const END_DATE_MESSAGE = "Ange slutdatumet som ett datum, till exempel 2020-12-31.";
const endedOnSchema = z
  .union([z.iso.date({ error: END_DATE_MESSAGE }), z.date({ error: END_DATE_MESSAGE })], { error: END_DATE_MESSAGE })
  .transform((value) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value))
  .refine((date) => !Number.isNaN(date.getTime()), { error: END_DATE_MESSAGE });

/**
 * Every field an officer can edit. No refinements here: zod refuses `.omit()` / `.pick()` on a
 * refined object, so the cross-field rule (`otherType` iff OTHER) is added to each variant.
 */
export const partnershipFieldsSchema = z.object({
  kind: z.enum(["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"], {
    error: "Välj typ av samarbete: vänort, kommunalt partnerskap eller annat internationellt samarbete.",
  }),
  otherType: z
    .enum(["COOPERATION_AGREEMENT", "PROJECT", "NETWORK_MEMBERSHIP", "CROSS_BORDER", "OTHER"], {
      error: "Välj vilket slags samarbete det är i listan.",
    })
    .nullish()
    .transform((v) => v ?? undefined),
  title: optionalText("Samarbetets namn"),
  activityLevel: z
    .enum(["ACTIVE", "SPORADIC", "DORMANT"], { error: "Välj aktivitetsgrad: aktiv, sporadisk eller vilande, eller lämna fältet tomt." })
    .nullish()
    .transform((v) => v ?? undefined),
  startYear: z
    .number({ error: startYearMessage })
    .int({ error: startYearMessage })
    .refine((year) => year >= FIRST_YEAR && year <= currentYear(), { error: startYearMessage })
    .nullish()
    .transform((v) => v ?? undefined),
  description: optionalText("Beskrivningen", MAX_DESCRIPTION),
  decisionRefs: uniqueList(
    z.string().trim().min(1, { error: "Ta bort tomma beslut ur listan över beslut." }).max(MAX_TEXT, {
      error: `Ett beslut får vara högst ${MAX_TEXT} tecken. Korta texten.`,
    }),
    "Ange besluten som en lista, till exempel ”Kommunfullmäktige 2019-11-25 § 155”.",
  ),
  areaCodes: uniqueList(z.string().trim().min(1), "Välj samarbetsområden i listan."),
  fundingCodes: uniqueList(z.string().trim().min(1), "Välj finansieringsformer i listan."),
  participantIds: z
    .array(id("Välj deltagarna i listan över kommuner och regioner."), {
      error: "Ange minst en svensk deltagare (kommun eller region).",
    })
    .min(1, { error: "Ange minst en svensk deltagare (kommun eller region)." })
    .transform((ids) => [...new Set(ids)]),
  partners: z
    .array(partnerInputSchema, { error: "Ange minst en partner: en ort, ett land, ett nätverk eller en organisation." })
    .min(1, { error: "Ange minst en partner: en ort, ett land, ett nätverk eller en organisation." })
    .max(50, { error: "Ett samarbete får ha högst 50 partner. Dela upp det i flera samarbeten." }),
  endedOn: endedOnSchema,
  endReason: optionalText("Skälet till att samarbetet avslutades", 1000),
  endDecisionRef: optionalText("Beslutet om att avsluta samarbetet"),
});

const ENDING = { endedOn: true, endReason: true, endDecisionRef: true } as const;

type KindAndOtherType = { kind: string; otherType?: string | undefined };

/** `otherType` is required for OTHER and only allowed there (a check constraint agrees). */
function otherTypeRule(value: KindAndOtherType, ctx: z.core.$RefinementCtx) {
  if (value.kind === "OTHER" && !value.otherType) {
    ctx.addIssue({ code: "custom", path: ["otherType"], message: "Välj vilket slags samarbete det är, eftersom typen är annat internationellt samarbete." });
  }
  if (value.kind !== "OTHER" && value.otherType) {
    ctx.addIssue({
      code: "custom",
      path: ["otherType"],
      message: "Slag av samarbete anges bara för annat internationellt samarbete. Töm fältet eller byt typ.",
    });
  }
}

/** The editable content of a partnership: what create takes and what update replaces. */
export const partnershipContentSchema = partnershipFieldsSchema.omit(ENDING);
export const partnershipCreateSchema = partnershipContentSchema.superRefine(otherTypeRule);
/** The form of an existing partnership carries the version the officer started from. */
export const partnershipUpdateSchema = partnershipContentSchema
  .extend({ expectedVersion: z.number({ error: "Ladda om sidan och försök igen." }).int().positive() })
  .superRefine(otherTypeRule);
/** Ending: the date is required, reason and decision are optional. */
export const partnershipEndSchema = partnershipFieldsSchema.pick(ENDING);

export type PartnerInputData = z.output<typeof partnerInputSchema>;
export type PartnershipContent = z.output<typeof partnershipCreateSchema>;
export type PartnershipContentInput = z.input<typeof partnershipCreateSchema>;
export type PartnershipEnding = z.output<typeof partnershipEndSchema>;
export type PartnershipEndingInput = z.input<typeof partnershipEndSchema>;

/** Field errors keyed by the field's path ("startYear", "partners.0.placeId"); "form" for the whole. */
export type FieldErrors = Record<string, string[]>;

export function addFieldError(errors: FieldErrors, field: string, message: string) {
  (errors[field] ??= []).includes(message) || errors[field]!.push(message);
  return errors;
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) addFieldError(errors, issue.path.join(".") || "form", issue.message);
  return errors;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, fieldErrors: fieldErrorsFromZod(result.error) };
}

export const parsePartnershipContent = (input: unknown) => parseWith(partnershipCreateSchema, input);
export const parsePartnershipEnding = (input: unknown) => parseWith(partnershipEndSchema, input);
