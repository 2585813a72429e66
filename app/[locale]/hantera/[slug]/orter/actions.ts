"use server";
// The place forms' actions (issue 14): each goes to the place's page, and back to the review
// queue from there when the form was opened from it.
import { text, type FormState } from "@/lib/manage/form-state";
import {
  submitNewPlace,
  submitPlaceRemove,
  submitPlaceRestore,
  submitPlaceUpdate,
} from "@/lib/manage/place-actions";
import { managePath, runFormAction } from "../../run-action";

const toPlace = (formData: FormData, saved: string) => (state: FormState) =>
  managePath(
    formData,
    `/orter/${state.savedId}?sparat=${saved}${text(formData, "fromReview") === "1" ? "&fran=granska" : ""}`,
  );

export async function createPlaceAction(_state: FormState, formData: FormData) {
  return runFormAction(submitNewPlace, formData, toPlace(formData, "placeCreated"));
}
export async function updatePlaceAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPlaceUpdate, formData, toPlace(formData, "place"));
}
export async function removePlaceAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPlaceRemove, formData, toPlace(formData, "placeRemoved"));
}
export async function restorePlaceAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPlaceRestore, formData, toPlace(formData, "placeRestored"));
}
