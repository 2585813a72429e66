"use server";

// Server actions of the place forms (issue 14): the session, the form gate, revalidation and the
// redirect around the handlers in lib/editing/place-actions.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { handleForm } from "@/lib/editing/form-guard";
import { formLocale, text, type FormState } from "@/lib/editing/form-state";
import {
  submitNewPlace,
  submitPlaceRemove,
  submitPlaceRestore,
  submitPlaceUpdate,
} from "@/lib/editing/place-actions";
import { localePath } from "@/lib/i18n/config";

type Handler = typeof submitNewPlace;

const placeAction = (handler: Handler, saved: string) => async (_state: FormState, formData: FormData) => {
  const state = await handleForm(handler, db(), await getCurrentUser(), formData);
  if (state.status !== "saved") return state;
  revalidatePath("/", "layout");
  const slug = text(formData, "slug");
  const safeSlug = /^[a-z0-9-]+$/.test(slug) ? slug : "";
  // Back to the review queue afterwards when the form was opened from it.
  const fromReview = text(formData, "fromReview") === "1" ? "&fran=granska" : "";
  redirect(
    localePath(
      formLocale(formData),
      `/hantera${safeSlug ? `/${safeSlug}` : ""}/orter/${state.savedId}?sparat=${saved}${fromReview}`,
    ),
  );
};

export async function createPlaceAction(state: FormState, formData: FormData) {
  return placeAction(submitNewPlace, "placeCreated")(state, formData);
}
export async function updatePlaceAction(state: FormState, formData: FormData) {
  return placeAction(submitPlaceUpdate, "place")(state, formData);
}
export async function removePlaceAction(state: FormState, formData: FormData) {
  return placeAction(submitPlaceRemove, "placeRemoved")(state, formData);
}
export async function restorePlaceAction(state: FormState, formData: FormData) {
  return placeAction(submitPlaceRestore, "placeRestored")(state, formData);
}
