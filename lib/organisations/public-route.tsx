import type { Metadata } from "next";
import { MemberMapSection } from "@/components/map/member-map-section";
import { OrganisationProfile } from "@/components/organisation-profile";
import { db } from "../db";
import { NO_FILTERS } from "../directory/types";
import type { OrganisationKind } from "../generated/prisma/enums";
import { pageAlternates } from "../i18n/alternates";
import { getI18n, localeOf } from "../i18n/server";
import { loadMapData } from "../map/map-data";
import { compactMapData } from "../map/model";
import { organisationPath } from "./paths";
import { JsonLd } from "@/components/json-ld";
import { memberJsonLd } from "../linked-data/json-ld";
import { siteUrl } from "../site-url";
import { feedAlternate, memberFeedPath } from "../changes/feed-link";
import { resolveOrganisation, resolveOrganisationPage } from "./resolve-page";
import { parsePageParam } from "../directory/parse-params";

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
          types: feedAlternate(
            locale,
            memberFeedPath(organisation),
            t("changeFeed.memberLinkTitle", organisation),
          ),
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
      // The map shows the member's current partnerships, as the national map does by default.
      const mapData = compactMapData(
        await loadMapData(db(), NO_FILTERS, { organisationId: organisation.id, locale }),
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
            map={<MemberMapSection locale={locale} data={mapData} />}
          />
        </>
      );
    },
  };
}
