// The signed-in pages' titles (WCAG 2.4.2): each names what the page is for, and a member's
// page also the member, before the area's and the site's names that the layout's template adds.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
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

/**
 * A member's page's title: "Redigera samarbete – Umeå kommun – …", or the member's name alone
 * without `key`. `subpath` as the page passes it to requireManagedOrganisation (the page's own
 * address below the member's), so both share one check of the session and the scope.
 */
export const memberPageTitle =
  (subpath: (params: Params) => string, key?: MessageKey) =>
  async ({ params }: { params: Promise<Params> }): Promise<Metadata> => {
    const locale = await localeOf(params);
    const resolved = await params;
    if (resolved.id !== undefined && parseRecordId(resolved.id) === null) notFound();
    const { organisation } = await requireManagedOrganisation(locale, resolved.slug, subpath(resolved));
    return { title: key ? `${getI18n(locale).t(key)} – ${organisation.name}` : organisation.name };
  };
