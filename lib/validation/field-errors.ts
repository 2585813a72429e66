// What the domain answers about bad input: message codes with their parameters, keyed by the
// field's path ("startYear", "partners.0.placeId"; "form" for the whole). The codes are the keys
// of the "validation" messages (lib/i18n/messages), which the form layer translates
// (lib/validation/translate.ts), so the domain never chooses a language.
import type { z } from "zod";
import type sv from "../i18n/messages/sv.json";

export type ValidationCode = Exclude<keyof (typeof sv)["validation"], "field">;
/** A field label a message names, e.g. "{field} får vara högst ..." (the keys of "validation.field"). */
export type FieldLabel = keyof (typeof sv)["validation"]["field"];

/** Parameters of a message. `field` is a FieldLabel; the translator puts in its label. */
export type MessageValues = { field?: FieldLabel } & Record<string, string | number>;

export type FieldMessage = { code: ValidationCode; values?: MessageValues };
export type FieldErrors = Record<string, FieldMessage[]>;

export const fieldMessage = (code: ValidationCode, values?: MessageValues): FieldMessage =>
  values ? { code, values } : { code };

const sameMessage = (a: FieldMessage, b: FieldMessage) =>
  a.code === b.code && JSON.stringify(a.values ?? {}) === JSON.stringify(b.values ?? {});

export function addFieldError(errors: FieldErrors, field: string, message: FieldMessage) {
  // An own property even for a posted field called "__proto__", which plain assignment would not create.
  if (!Object.hasOwn(errors, field))
    Object.defineProperty(errors, field, { value: [], enumerable: true, writable: true, configurable: true });
  const messages = errors[field]!;
  if (!messages.some((m) => sameMessage(m, message))) messages.push(message);
  return errors;
}

/** Field errors of one field, e.g. `{ endedOn: [fieldMessage("endDateFormat")] }`. */
export const fieldErrors = (field: string, ...messages: FieldMessage[]): FieldErrors => ({
  [field]: messages,
});

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/**
 * A message for a zod schema's `error` option. zod carries only a string per issue, so the code
 * and its parameters travel as JSON and `fieldErrorsFromZod` reads them back; a bare code works too.
 */
export const zodMessage = (code: ValidationCode, values?: MessageValues): string =>
  values ? JSON.stringify({ code, values }) : code;

function fromZodMessage(message: string): FieldMessage {
  if (message.startsWith("{")) return JSON.parse(message) as FieldMessage;
  // zod's own English text ("Invalid input") when a schema gave none: a generic message.
  return /^[a-zA-Z]+$/.test(message) ? { code: message as ValidationCode } : { code: "invalidInput" };
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues)
    addFieldError(errors, issue.path.join(".") || "form", fromZodMessage(issue.message));
  return errors;
}
