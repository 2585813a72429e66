"use server";
// Signing in and out. Failures answer one message whichever part was wrong; too many
// failures (lib/auth/rate-limit.ts) answer that the account or address is locked for a while.
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { refusedForm } from "@/lib/manage/form-guard";
import { text, type FormState } from "@/lib/manage/form-state";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/config";

/** Only a path on this site (not //evil.example) may be a return address. */
export async function safeReturnPath(value: string, fallback: string) {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = text(formData, "locale");
  const home = localePath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/hantera");
  // Control characters are in no e-mail address or password: refused like a wrong password.
  if (refusedForm(formData)) return { status: "invalid", values: { email: "" } };
  try {
    await signIn("credentials", {
      email: text(formData, "email"),
      password: typeof formData.get("password") === "string" ? formData.get("password") : "",
      redirectTo: await safeReturnPath(text(formData, "returnTo"), home),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        status: error.code === "rate_limited" ? "rate_limited" : "invalid",
        values: { email: text(formData, "email") },
      };
    }
    if (error instanceof AuthError) return { status: "invalid", values: { email: text(formData, "email") } };
    throw error; // the redirect after a successful sign-in
  }
  return { status: "saved" };
}

export async function entraIdSignInAction(formData: FormData) {
  const locale = text(formData, "locale");
  await signIn("microsoft-entra-id", {
    redirectTo: localePath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/hantera"),
  });
}

export async function signOutAction(formData: FormData) {
  const locale = text(formData, "locale");
  await signOut({ redirectTo: localePath(isLocale(locale) ? locale : DEFAULT_LOCALE, "/") });
}
