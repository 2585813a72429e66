import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { publicRead } from "../cache/public-read";
import { db } from "../db";
import type { OrganisationKind } from "../generated/prisma/enums";
import { localePath, type Locale } from "../i18n/config";
import { organisationPath } from "./paths";
import { memberPartnershipTotals } from "../partnerships/queries";
import { findOrganisationPage, findSlugByCode, MEMBER_PAGE_SIZE } from "./queries";

const CODE_PATTERN: Record<OrganisationKind, RegExp> = { MUNICIPALITY: /^\d{4}$/, REGION: /^\d{2}$/ };
const SLUG_PATTERN = /^[a-z0-9-]{1,80}$/;

/** A URL segment that can be a slug: an official code redirects to the slug, anything else is a 404. */
async function requireSlug(kind: OrganisationKind, slug: string, locale: Locale): Promise<string> {
  if (CODE_PATTERN[kind].test(slug)) {
    const found = await findSlugByCode(db(), slug);
    if (found?.kind === kind) permanentRedirect(localePath(locale, organisationPath(found)));
    notFound();
  }
  if (!SLUG_PATTERN.test(slug)) notFound();
  return slug;
}

/** The member page's data for a URL: one page of its partnerships, and each section's totals. */
export const resolveOrganisationPage = cache(
  async (kind: OrganisationKind, slug: string, locale: Locale, requestedPage: number) => {
    const member = await resolveOrganisation(kind, slug, locale);
    const totals = await publicRead(db(), "member:totals", member.id, () =>
      memberPartnershipTotals(db(), member.id),
    );
    const pageCount = Math.max(1, Math.ceil(totals.total / MEMBER_PAGE_SIZE));
    const page = Math.min(requestedPage, pageCount);
    const organisation = await publicRead(db(), "member:page", [kind, member.slug, page], () =>
      findOrganisationPage(db(), kind, member.slug, page),
    );
    if (!organisation) notFound();
    return { organisation, totals, page, pageCount };
  },
);

/** Just who the URL names, for pages that do not show the partnerships (the policy page). */
export const resolveOrganisation = cache(async (kind: OrganisationKind, slug: string, locale: Locale) => {
  const valid = await requireSlug(kind, slug, locale);
  const organisation = await publicRead(db(), "member", [kind, valid], () =>
    db().organisation.findUnique({
      where: { slug: valid, kind },
      select: { id: true, name: true, kind: true, slug: true },
    }),
  );
  if (!organisation) notFound();
  return organisation;
});
