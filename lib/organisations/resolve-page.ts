import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { OrganisationKind } from "../generated/prisma/enums";
import { localePath, type Locale } from "../i18n/config";
import { organisationPath } from "./paths";
import { findOrganisationPage, findSlugByCode } from "./queries";

const CODE_PATTERN: Record<OrganisationKind, RegExp> = { MUNICIPALITY: /^\d{4}$/, REGION: /^\d{2}$/ };
const SLUG_PATTERN = /^[a-z0-9-]{1,80}$/;

/**
 * The member a public URL names: by slug, or by official code (redirected to the slug).
 * Anything else is a 404. Cached per request so metadata and page share one query.
 */
export const resolveOrganisationPage = cache(async (kind: OrganisationKind, slug: string, locale: Locale) => {
  if (CODE_PATTERN[kind].test(slug)) {
    const found = await findSlugByCode(db(), slug);
    if (found?.kind === kind) permanentRedirect(localePath(locale, organisationPath(found)));
    notFound();
  }
  if (!SLUG_PATTERN.test(slug)) notFound();
  const organisation = await findOrganisationPage(db(), kind, slug);
  if (!organisation) notFound();
  return organisation;
});
