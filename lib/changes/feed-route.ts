// The route handlers of the Atom feeds (the registry's and each member's), one implementation.
import { db } from "../db";
import type { OrganisationKind } from "../generated/prisma/enums";
import { isLocale } from "../i18n/config";
import { withEtag, etagOf } from "../api/http";
import { changeFeedXml } from "./feed";
import { ATOM_TYPE } from "./feed-link";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

async function feedResponse(request: Request, locale: string, member: Parameters<typeof changeFeedXml>[2]) {
  if (!isLocale(locale)) return notFound();
  const xml = await changeFeedXml(db(), locale, member);
  return withEtag(request, xml, etagOf(xml), `${ATOM_TYPE}; charset=utf-8`);
}

/** GET /flode.atom (and /en/flode.atom): the whole registry's changes. */
export async function registryFeed(request: Request, params: Promise<{ locale: string }>) {
  return feedResponse(request, (await params).locale, null);
}

/** GET /kommun/{slug}/flode.atom, /region/{slug}/flode.atom: one member's changes. */
export async function memberFeed(
  request: Request,
  params: Promise<{ locale: string; slug: string }>,
  kind: OrganisationKind,
) {
  const { locale, slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return notFound();
  const member = await db().organisation.findFirst({
    where: { slug, kind },
    select: { code: true, name: true, kind: true, slug: true },
  });
  return member ? feedResponse(request, locale, member) : notFound();
}
