// The signed-in pages' titles (WCAG 2.4.2): each names what the page is for, and a member's
// page also the member, before the area's and the site's names that the layout's template adds.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { requireAdministrator } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { localePath } from "@/lib/i18n/config";
import type { MessageKey } from "@/lib/i18n/keys";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { parseRecordId } from "@/lib/validation/record-id";

type Params = { locale: string; slug: string; id?: string };

/** A page's title from one message: "Importera samarbeten – Hantera uppgifter – Vänortsregistret". */
export const pageTitle =
  (key: MessageKey) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => ({
    title: getI18n(await localeOf(params)).t(key),
  });

/** Reads a page's record (a partnership, a policy, a place) in the user's scope; null if none. */
type RecordOfPage = (user: SessionUser, organisationId: number, id: number) => Promise<unknown>;

/** An administrator's page's title; for an officer the page is a 404, and so is its title. */
export const administratorPageTitle =
  (key: MessageKey, path: string) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await localeOf(params);
    await requireAdministrator(locale, localePath(locale, path));
    return { title: getI18n(locale).t(key) };
  };

/**
 * A member's page's title: "Redigera samarbete – Umeå kommun – …", or the member's name alone
 * without `key`. `subpath` as the page passes it to requireManagedOrganisation (the page's own
 * address below the member's), so both share one check of the session and the scope. A page of
 * one record (`/samarbeten/{id}`) passes the page's own cached read of it: a record outside the
 * scope is a 404 whose title says so, not the edit page's title.
 */
export const memberPageTitle =
  (subpath: (params: Params) => string, key?: MessageKey, recordOfPage?: RecordOfPage) =>
  async ({ params }: { params: Promise<Params> }): Promise<Metadata> => {
    const locale = await localeOf(params);
    const resolved = await params;
    const { user, organisation } = await requireManagedOrganisation(locale, resolved.slug, subpath(resolved));
    if (recordOfPage) {
      const id = parseRecordId(resolved.id ?? "");
      if (id === null || !(await recordOfPage(user, organisation.id, id))) notFound();
    }
    return { title: key ? `${getI18n(locale).t(key)} – ${organisation.name}` : organisation.name };
  };
