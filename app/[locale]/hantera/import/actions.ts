"use server";
// The import (lib/manage/import-actions.ts): the page shows the answer (preview, result) in place.
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { handleImportForm } from "@/lib/manage/form-guard";
import {
  submitImportCommit,
  submitImportPreview,
  submitMunicipalityGroupImport,
  type ImportState,
} from "@/lib/manage/import-actions";

export async function previewImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  return handleImportForm(submitImportPreview, db(), await getCurrentUser(), formData);
}
export async function commitImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const state = await handleImportForm(submitImportCommit, db(), await getCurrentUser(), formData);
  if (state.status === "committed") revalidatePath("/", "layout");
  return state;
}
export async function importMunicipalityGroupsAction(
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const state = await handleImportForm(submitMunicipalityGroupImport, db(), await getCurrentUser(), formData);
  if (state.status === "committed") revalidatePath("/", "layout");
  return state;
}
