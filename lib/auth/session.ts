// The one place a request's identity is read (formbricks' "single identity choke point").
// Server actions, pages and route handlers call these.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { localePath, type Locale } from "../i18n/config";
import { auth } from "./config";
import { userForSession, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/**
 * The signed-in, active user whose session has not been ended (sign-out, deactivation, new
 * password), or null. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const userId = Number(session?.user?.id);
  const sessionVersion = session?.sessionVersion;
  // A token without a version (issued before versions existed) counts as ended: sign in again.
  if (!Number.isInteger(userId) || userId <= 0 || typeof sessionVersion !== "number") return null;
  return userForSession(db(), { userId, sessionVersion });
});

/** For pages: the user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUser(locale: Locale, returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const query = returnTo ? `?${new URLSearchParams({ tillbaka: returnTo })}` : "";
    redirect(`${localePath(locale, "/logga-in")}${query}`);
  }
  return user;
}

/** For pages: an administrator, or the sign-in page (signed out) / the 404 page (an officer). */
export async function requireAdministrator(locale: Locale, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(locale, returnTo);
  if (user.role !== "ADMINISTRATOR") {
    notFound();
  }
  return user;
}
