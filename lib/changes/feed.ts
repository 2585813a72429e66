// The Atom feeds of the change list: the whole registry (/flode.atom) and one member
// (/kommun/{slug}/flode.atom, /region/{slug}/flode.atom), the last FEED_SIZE changes, newest
// first, in Swedish or English. Built from the same public change rows as GET /api/v1/changes.
import type { Database } from "../database/client";
import type { OrganisationKind } from "../generated/prisma/enums";
import { localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { organisationPath } from "../organisations/paths";
import { siteUrl } from "../site-url";
import { atomXml, type AtomEntry } from "./atom";
import { memberFeedPath, registryFeedPath } from "./feed-link";
import { catchUp } from "./list";

/** Entries per feed: readers poll, so the last few dozen changes are enough (and bound the answer). */
export const FEED_SIZE = 50;

type Member = { code: string; name: string; kind: OrganisationKind; slug: string };
type PartnershipForm = {
  kind: "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER";
  title: string | null;
  startYear: number | null;
  endedOn: string | null;
  participants: { code: string; name: string }[];
  partners: { label: string; placeName: string | null; network: string | null; name: string | null }[];
};
type OrganisationForm = { code: string; name: string };

/** The feed as XML; null `member` is the whole registry's. */
export async function changeFeedXml(db: Database, locale: Locale, member: Member | null): Promise<string> {
  await catchUp(db);
  const [changes, members] = await Promise.all([
    db.publicChange.findMany({
      where: member ? { memberCodes: { has: member.code } } : {},
      orderBy: { id: "desc" },
      take: FEED_SIZE,
    }),
    db.organisation.findMany({ select: { code: true, name: true, kind: true, slug: true } }),
  ]);
  const byCode = new Map(members.map((m) => [m.code, m]));
  const { t } = getI18n(locale);
  const base = siteUrl();
  const absolute = (path: string) => new URL(localePath(locale, path), base).href;
  const pageOf = (codes: string[]) => {
    const shown = (member && byCode.get(member.code)) ?? codes.map((c) => byCode.get(c)).find(Boolean);
    return absolute(shown ? organisationPath(shown) : "/samarbeten");
  };
  const partnerName = (p: PartnershipForm["partners"][number]) =>
    locale === "sv" ? p.label : (p.placeName ?? p.network ?? p.name ?? p.label);

  const entries = changes.map((c): AtomEntry => {
    const common = { id: `tag:${base.hostname},2026:change/${c.id}`, updated: c.at };
    if (c.entityType === "organisation") {
      const o = c.payload as OrganisationForm;
      return {
        ...common,
        title: `${t(`changeFeed.organisation.${c.kind === "created" ? "created" : "edited"}`)}: ${o.name}`,
        link: pageOf([o.code]),
        summary: t("changeFeed.organisationSummary", { name: o.name }),
      };
    }
    const p = (c.payload ?? c.previous) as PartnershipForm | null;
    const kind = c.kind as "created" | "edited" | "ended" | "removed" | "restored";
    if (!p) return { ...common, title: t(`changeFeed.partnership.${kind}`), link: pageOf([]), summary: "" };
    const who = p.participants.map((x) => x.name).join(", ");
    const withWhom = p.partners.map(partnerName).join(", ");
    const summary = [
      t(`kind.${p.kind}.singular`),
      p.title,
      p.startYear ? t("changeFeed.since", { year: p.startYear }) : null,
      p.endedOn ? t("changeFeed.endedOn", { date: p.endedOn }) : null,
    ].filter(Boolean);
    return {
      ...common,
      title: `${t(`changeFeed.partnership.${kind}`)}: ${who} – ${withWhom}`,
      link: pageOf(p.participants.map((x) => x.code)),
      summary: summary.join(", "),
    };
  });

  const self = absolute(member ? memberFeedPath(member) : registryFeedPath);
  return atomXml({
    id: self,
    title: member ? t("changeFeed.memberTitle", { name: member.name }) : t("changeFeed.registryTitle"),
    subtitle: member
      ? t("changeFeed.memberSubtitle", { name: member.name, count: FEED_SIZE })
      : t("changeFeed.registrySubtitle", { count: FEED_SIZE }),
    lang: locale,
    self,
    alternate: absolute(member ? organisationPath(member) : "/"),
    author: t("site.name"),
    rights: t("changeFeed.rights"),
    entries,
  });
}
