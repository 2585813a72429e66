import type { Metadata } from "next";
import { MemberMapSection } from "@/components/map/member-map-section";
import { OrganisationProfile } from "@/components/organisation-profile";
import { db } from "@/lib/db";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { pageAlternates } from "@/lib/i18n/alternates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { loadMemberMapSummary } from "@/lib/map/member-summary";
import { organisationPath } from "@/lib/organisations/paths";
import { resolveOrganisation, resolveOrganisationPage } from "@/lib/organisations/resolve-page";
import { parsePageParam } from "@/lib/directory/parse-params";
import { oembedHref } from "@/lib/embed/oembed";
import { localePath } from "@/lib/i18n/config";
import { absoluteUrl } from "@/lib/site-url";
import { JsonLd } from "@/components/json-ld";
import { memberJsonLd } from "@/lib/linked-data/json-ld";
import { siteUrl } from "@/lib/site-url";
import { feedAlternate, memberFeedPath } from "@/lib/changes/feed-link";
import { MemberSeeking } from "@/components/partner-search/member-seeking";
import { seekingLinks } from "@/lib/partner-search/member-seeking";
import { publicRead } from "@/lib/cache/public-read";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page and metadata of /kommun/[slug] and /region/[slug]: the same page for either kind. */
export function organisationPublicRoute(kind: OrganisationKind) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await localeOf(params);
      const organisation = await resolveOrganisation(kind, (await params).slug, locale);
      const { t } = getI18n(locale);
      return {
        title: organisation.name,
        description: t("organisation.description", { name: organisation.name }),
        alternates: {
          ...pageAlternates(locale, organisationPath(organisation)),
          types: {
            ...feedAlternate(
              locale,
              memberFeedPath(organisation),
              t("changeFeed.memberLinkTitle", organisation),
            ),
            // oEmbed discovery: publishing tools find the embeddable list from the page's address.
            "application/json+oembed": oembedHref(
              absoluteUrl(localePath(locale, organisationPath(organisation))),
            ),
          },
        },
      };
    },
    async Page({ params, searchParams }: Props) {
      const locale = await localeOf(params);
      const page = parsePageParam(await searchParams);
      const { organisation, totals, pageCount, ...shown } = await resolveOrganisationPage(
        kind,
        (await params).slug,
        locale,
        page,
      );
      // The map shows the member's current partnerships, as the national map does by default. The
      // page carries only where the map will look (a few numbers); the browser fetches the lines
      // from /api/v1/map?vald=<code> when the map comes near (components/map/member-map.tsx).
      const mapSummary = await publicRead(db(), "member:map", organisation.id, () =>
        loadMemberMapSummary(db(), organisation.id),
      );
      // Whether the member seeks partners (the board's tables move the data version too).
      const seeking = await publicRead(db(), "member:seeking", [organisation.id, locale], () =>
        seekingLinks(db(), organisation.id, locale),
      );
      return (
        <>
          <JsonLd
            data={memberJsonLd(
              siteUrl(),
              locale,
              organisation,
              organisation.participations.map((p) => p.partnership),
            )}
          />
          <OrganisationProfile
            organisation={organisation}
            totals={totals}
            pagination={{ page: shown.page, pageCount }}
            locale={locale}
            map={<MemberMapSection locale={locale} summary={mapSummary} />}
            seeking={<MemberSeeking links={seeking} locale={locale} />}
          />
        </>
      );
    },
  };
}
