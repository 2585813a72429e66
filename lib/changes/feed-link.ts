// The <link rel="alternate" type="application/atom+xml"> of the pages that have a feed (Next
// writes one per entry of `alternates.types`). Kept apart from feed.ts, which reads the
// database: page metadata needs only the addresses.
import type { Metadata } from "next";
import type { OrganisationKind } from "../generated/prisma/enums";
import { localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { organisationPath } from "../organisations/paths";

type Types = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

const FEED_FILE = "flode.atom";
export const ATOM_TYPE = "application/atom+xml";

/** Where a feed lives: the registry's, or a member's beside its page. */
export const registryFeedPath = `/${FEED_FILE}`;
export const memberFeedPath = (member: { kind: OrganisationKind; slug: string }) =>
  `${organisationPath(member)}/${FEED_FILE}`;

export const feedAlternate = (locale: Locale, path: string, title: string): Types => ({
  [ATOM_TYPE]: [{ url: localePath(locale, path), title }],
});

export const registryFeedAlternate = (locale: Locale): Types =>
  feedAlternate(locale, registryFeedPath, getI18n(locale).t("changeFeed.linkTitle"));
