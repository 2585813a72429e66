// The partnership form without JavaScript: the place field is then plain text (and a country to
// search in) instead of the type-ahead's chosen id. The server looks the text up in the
// gazetteer: one place with exactly that name is taken; otherwise nothing is saved and the
// form comes back with the candidates to choose from, never a guess.
import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";
import { fieldMessage, type FieldErrors } from "../validation/field-errors";
import { formValues, text, type FormState } from "./form-state";
import { searchPlaceOptions, type PlaceOption, type PlaceSearchHit } from "./place-options";

const placeRows = (formData: FormData) =>
  [...formData.keys()].flatMap((key) => {
    const match = /^partners\.(\d+)\.type$/.exec(key);
    return match && formData.get(key) === "PLACE" ? [`partners.${match[1]}`] : [];
  });

/**
 * Fills in `partners.N.placeId` from `partners.N.placeQuery` (and `.placeCountry`) where the
 * type-ahead did not choose a place. Answers the refusal to show when a text matched no place
 * or several; null when the form can go on to the domain layer.
 */
export async function resolvePlaceQueries(
  db: DbOrTx,
  formData: FormData,
  locale: Locale,
): Promise<FormState | null> {
  const fieldErrors: FieldErrors = {};
  const placeCandidates: Record<string, PlaceOption[]> = {};
  const shown = (hits: PlaceSearchHit[]) => hits.map(({ match: _match, ...place }) => place);
  for (const row of placeRows(formData)) {
    const query = text(formData, `${row}.placeQuery`);
    if (text(formData, `${row}.placeId`) || !query) continue;
    const field = `${row}.placeId`;
    const candidates = await searchPlaceOptions(db, query, {
      countryCode: text(formData, `${row}.placeCountry`) || undefined,
      locale,
    });
    const exact = candidates.filter((c) => c.match === "exact");
    if (exact.length === 1) {
      formData.set(field, String(exact[0]!.id));
    } else if (candidates.length === 0) {
      fieldErrors[field] = [fieldMessage("placeNotFound", { query })];
    } else {
      fieldErrors[field] = [fieldMessage("placeChoose", { query })];
      placeCandidates[field] = shown(exact.length > 1 ? exact : candidates);
    }
  }
  if (Object.keys(fieldErrors).length === 0) return null;
  return { status: "invalid", fieldErrors, placeCandidates, values: formValues(formData) };
}
