// Turns the partnership form's fields into the domain layer's input (lib/partnerships/
// input-schema.ts validates it). Field names follow the schema's paths, so the field errors
// it returns ("startYear", "partners.0.placeId") land next to the right field.
import { text } from "./form-state";

/** A number when the field is digits, the raw text otherwise (the schema then names the problem), or undefined when empty. */
function numberish(value: string): number | string | undefined {
  if (!value) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

const strings = (formData: FormData, name: string) =>
  formData
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter(Boolean);

/** The partner rows present in the form: partners.0.type, partners.1.type, ... */
function partnerIndexes(formData: FormData): number[] {
  const indexes = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^partners\.(\d+)\.type$/.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

function partnerFrom(formData: FormData, index: number) {
  const field = (name: string) => text(formData, `partners.${index}.${name}`);
  const type = field("type");
  const name = field("name") || undefined;
  switch (type) {
    case "PLACE":
      return { type, placeId: numberish(field("placeId")), name };
    case "COUNTRY":
      return { type, countryCode: field("countryCode") || undefined, name };
    case "NETWORK":
      return { type, networkId: numberish(field("networkId")), name };
    default:
      return { type, name, countryCode: field("countryCode") || undefined };
  }
}

/** The content input of a partnership from its form. Rows marked for removal are left out. */
export function partnershipInputFromForm(formData: FormData) {
  const partners = partnerIndexes(formData)
    .filter((i) => text(formData, `partners.${i}.remove`) !== "on")
    .map((i) => partnerFrom(formData, i));
  return {
    kind: text(formData, "kind") || undefined,
    otherType: text(formData, "otherType") || undefined,
    title: text(formData, "title") || undefined,
    activityLevel: text(formData, "activityLevel") || undefined,
    startYear: numberish(text(formData, "startYear")),
    description: text(formData, "description") || undefined,
    decisionRefs: text(formData, "decisionRefs")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    areaCodes: strings(formData, "areaCodes"),
    fundingCodes: strings(formData, "fundingCodes"),
    participantIds: strings(formData, "participantIds").map((v) => numberish(v)),
    partners,
  };
}

/** The ending input from the end form. */
export function endingInputFromForm(formData: FormData) {
  return {
    endedOn: text(formData, "endedOn") || undefined,
    endReason: text(formData, "endReason") || undefined,
    endDecisionRef: text(formData, "endDecisionRef") || undefined,
  };
}
