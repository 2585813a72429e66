"use server";
// The server action of the administrators' Wikidata item form (lib/editing/wikidata-actions.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { handleForm } from "@/lib/editing/form-guard";
import { formLocale, text, type FormState } from "@/lib/editing/form-state";
import { submitOrganisationWikidataId } from "@/lib/editing/wikidata-actions";
import { localePath } from "@/lib/i18n/config";

export async function organisationWikidataAction(_state: FormState, formData: FormData) {
  const state = await handleForm(submitOrganisationWikidataId, db(), await getCurrentUser(), formData);
  if (state.status !== "saved") return state;
  revalidatePath("/", "layout");
  const slug = text(formData, "slug");
  redirect(
    localePath(formLocale(formData), `/hantera/${/^[a-z0-9-]+$/.test(slug) ? slug : ""}?sparat=wikidata`),
  );
}
