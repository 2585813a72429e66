import type { Metadata } from "next";
import { OrganisationProfile } from "@/components/organisation-profile";
import type { OrganisationKind } from "../generated/prisma/enums";
import { resolveOrganisationPage } from "./resolve-page";

type Props = { params: Promise<{ slug: string }> };

/** The page and metadata of /kommun/[slug] and /region/[slug]: the same page for either kind. */
export function organisationPublicRoute(kind: OrganisationKind) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const organisation = await resolveOrganisationPage(kind, (await params).slug);
      return {
        title: organisation.name,
        description: `${organisation.name}s vänorter och internationella samarbeten.`,
      };
    },
    async Page({ params }: Props) {
      const organisation = await resolveOrganisationPage(kind, (await params).slug);
      return <OrganisationProfile organisation={organisation} />;
    },
  };
}
