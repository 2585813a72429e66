// The opening of every page under /hantera/{slug}: the signed-in user (else the login page, and
// back to this page afterwards) and the member the URL names, only if the user acts for it (else a
// 404, so a member outside the user's scope looks like one that does not exist).
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { localePath, type Locale } from "@/lib/i18n/config";
import { findManagedOrganisation } from "@/lib/manage/queries";

/**
 * `subpath`: the page below the member's ("/inventering"; "" for the member's own). Once per request (React's
 * cache): the page's title and the page itself both ask.
 */
export const requireManagedOrganisation = cache(async (locale: Locale, slug: string, subpath: string) => {
  const user = await requireUser(locale, localePath(locale, `/hantera/${slug}${subpath}`));
  const organisation = await findManagedOrganisation(db(), user, slug);
  if (!organisation) notFound();
  return { user, organisation };
});
