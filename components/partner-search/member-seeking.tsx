import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { SeekingLink } from "@/lib/partner-search/member-seeking";

/** One line on a member's page: it is seeking partners, with a link to each request. */
export function MemberSeeking({ links, locale }: { links: SeekingLink[]; locale: Locale }) {
  if (links.length === 0) return null;
  return (
    <p className="notice" data-testid="member-seeking">
      {getI18n(locale).t("partnerSearch.memberSeeking")}{" "}
      {links.map((link, i) => (
        <span key={link.id}>
          {i > 0 ? "; " : null}
          <a href={link.href}>{link.label}</a>
        </span>
      ))}
    </p>
  );
}
