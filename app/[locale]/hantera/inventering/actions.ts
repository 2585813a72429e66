"use server";
// Inventory rounds (lib/manage/inventory-actions.ts): the administrator's round and the
// members' answers.
import type { FormState } from "@/lib/manage/form-state";
import {
  submitCloseRound,
  submitInventoryResponse,
  submitOpenRound,
  submitRoundReminder,
} from "@/lib/manage/inventory-actions";
import { managePath, runFormAction } from "../run-action";

const toInventory = (formData: FormData, saved: string) => () =>
  managePath(formData, `/inventering?sparat=${saved}`);

export async function openRoundAction(_state: FormState, formData: FormData) {
  return runFormAction(submitOpenRound, formData, toInventory(formData, "roundOpened"));
}
/** Stays on the page: the answer says whom the reminder was mailed to. */
export async function roundReminderAction(_state: FormState, formData: FormData) {
  return runFormAction(submitRoundReminder, formData, () => null);
}
export async function closeRoundAction(_state: FormState, formData: FormData) {
  return runFormAction(submitCloseRound, formData, toInventory(formData, "roundClosed"));
}
/** A member's answer, from its own page (the slug in the form makes the path /hantera/<slug>/inventering). */
export async function inventoryResponseAction(_state: FormState, formData: FormData) {
  return runFormAction(submitInventoryResponse, formData, toInventory(formData, "roundAnswered"));
}
