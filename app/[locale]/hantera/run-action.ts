import "server-only";
// How every signed-in form's server action runs: the session (lib/auth), the hostile-input gate
// (lib/manage/form-guard.ts), then the form's handler in lib/, which checks the user's scope
// inside every write. On success every page is refreshed (public pages show the change at
// once) and the browser goes where the action says. The actions themselves live beside the
// routes that use them, in each feature's actions.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { handleForm } from "@/lib/manage/form-guard";
import { formLocale, text, type FormHandler, type FormState } from "@/lib/manage/form-state";
import { localePath } from "@/lib/i18n/config";

/** A page of the signed-in area, in the form's own locale and under its member's slug (checked, path only). */
export function managePath(formData: FormData, rest: string) {
  const slug = text(formData, "slug");
  const safeSlug = /^[a-z0-9-]+$/.test(slug) ? slug : "";
  return localePath(formLocale(formData), `/hantera${safeSlug ? `/${safeSlug}` : ""}${rest}`);
}

/** Runs a form through its handler; `afterSave` names the page to go to, or null to stay and show the answer. */
export async function runFormAction(
  handler: FormHandler,
  formData: FormData,
  afterSave: (state: FormState) => string | null,
): Promise<FormState> {
  const state = await handleForm(handler, db(), await getCurrentUser(), formData);
  if (state.status !== "saved") return state;
  revalidatePath("/", "layout");
  const to = afterSave(state);
  if (to) redirect(to);
  return state;
}
