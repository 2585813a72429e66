import type { OrganisationKind } from "../generated/prisma/enums";

/** The public page of a kommun (/kommun/umea) or a region (/region/region-vasterbotten). */
export function organisationPath(organisation: { kind: OrganisationKind; slug: string }): string {
  return `/${organisation.kind === "MUNICIPALITY" ? "kommun" : "region"}/${organisation.slug}`;
}
