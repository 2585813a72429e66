// The place forms' handlers (issue 14; same shape as policy-actions.ts): add a place the
// gazetteer lacks for a member, change it, remove it and restore it.
import { scopeOf } from "../auth/scope";
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import { MAX_PLACE_NAMES, type RegistryPlaceInput } from "../places/input";
import {
  createRegistryPlace,
  removeRegistryPlace,
  restoreRegistryPlace,
  updateRegistryPlace,
  type PlaceEditResult,
  type PlaceTarget,
} from "../places/edit";
import {
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formValues,
  positiveInt,
  refusedFormState,
  type FormState,
} from "./form-state";

type Handler = (db: DbOrTx, user: SessionUser | null, formData: FormData) => Promise<FormState>;

/** The form's fields: "names.0.name", "names.0.lang", …, country, kind, position, ids. */
function placeInputFromForm(formData: FormData): RegistryPlaceInput {
  const value = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const names = Array.from({ length: MAX_PLACE_NAMES }, (_, i) => ({
    name: value(`names.${i}.name`),
    lang: value(`names.${i}.lang`),
  }));
  while (names.length > 1 && !names.at(-1)!.name.trim() && !names.at(-1)!.lang.trim()) names.pop();
  return {
    names,
    countryCode: value("countryCode"),
    kind: value("kind") as RegistryPlaceInput["kind"],
    latitude: value("latitude"),
    longitude: value("longitude"),
    wikidataId: value("wikidataId"),
    geonamesId: value("geonamesId"),
  };
}

// A conflict shows the place as stored now, in plain JSON (its dates as strings).
const toFormState = (result: PlaceEditResult, formData: FormData): FormState =>
  result.ok
    ? { status: "saved", savedId: result.place.id }
    : refusedFormState(
        result,
        formData,
        (current) => JSON.parse(JSON.stringify(current)) as Record<string, unknown>,
      );

export const submitNewPlace: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const organisationId = positiveInt(formData, "organisationId");
  if (!organisationId) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  return toFormState(
    await createRegistryPlace(db, organisationId, scopeOf(user), placeInputFromForm(formData), actorOf(user)),
    formData,
  );
};

function targetOf(user: SessionUser, formData: FormData): PlaceTarget | null {
  const id = positiveInt(formData, "placeId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return id && expectedVersion ? { id, expectedVersion, scope: scopeOf(user) } : null;
}

const onExisting =
  (
    write: (
      db: DbOrTx,
      target: PlaceTarget,
      formData: FormData,
      user: SessionUser,
    ) => Promise<PlaceEditResult>,
  ): Handler =>
  async (db, user, formData) => {
    if (!user) return UNAUTHENTICATED;
    const target = targetOf(user, formData);
    if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
    return toFormState(await write(db, target, formData, user), formData);
  };

export const submitPlaceUpdate = onExisting((db, target, formData, user) =>
  updateRegistryPlace(db, target, placeInputFromForm(formData), actorOf(user)),
);
export const submitPlaceRemove = onExisting((db, target, _f, user) =>
  removeRegistryPlace(db, target, actorOf(user)),
);
export const submitPlaceRestore = onExisting((db, target, _f, user) =>
  restoreRegistryPlace(db, target, actorOf(user)),
);
