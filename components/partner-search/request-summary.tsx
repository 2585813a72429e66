import Link from "next/link";
import type { I18n } from "@/lib/i18n/server";
import { formatDay } from "@/lib/i18n/dates";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { Catalogues } from "@/lib/partner-search/labels";
import type { PublicRequest } from "@/lib/partner-search/queries";
import { langAttribute } from "@/lib/text/language";

/** Who seeks: the member's name, or the town abroad with its country. */
export function requesterName(request: PublicRequest, catalogues: Catalogues): string {
  if (request.organisation) return request.organisation.name;
  const town = request.place?.name ?? request.townName ?? "";
  const country = catalogues.countries.get(request.countryCodes[0] ?? "") ?? request.countryCodes[0];
  return `${town}, ${country}`;
}

export function requestTitle(request: PublicRequest, catalogues: Catalogues, i18n: I18n): string {
  return i18n.t("partnerSearch.title", {
    name: requesterName(request, catalogues),
    kind: i18n.t(`partnerSearch.kindSought.${request.kind}`),
  });
}

/** Where a member seeks partners: its countries and world regions, named. */
export function soughtWhere(
  request: Pick<PublicRequest, "countryCodes" | "worldRegions">,
  catalogues: Catalogues,
  i18n: I18n,
) {
  return [
    ...request.countryCodes.map((c) => catalogues.countries.get(c) ?? c),
    ...request.worldRegions.map((r) => i18n.t(`partnerSearch.region.${r}`)),
  ].join(", ");
}

/** The description in the reader's language where the member wrote one in English. */
export function shownDescription(request: PublicRequest, locale: Locale) {
  const text = locale === "en" && request.descriptionEn ? request.descriptionEn : request.description;
  return { text, lang: langAttribute(text, locale) };
}

/** One request on the board: a heading that links to its page, and what it is about. */
export function RequestSummary({
  request,
  catalogues,
  i18n,
  locale,
}: {
  request: PublicRequest;
  catalogues: Catalogues;
  i18n: I18n;
  locale: Locale;
}) {
  const { t } = i18n;
  const description = shownDescription(request, locale);
  const short = description.text.length > 280 ? `${description.text.slice(0, 280)}…` : description.text;
  return (
    <article className="request-summary">
      <h2>
        <Link href={localePath(locale, `/partnersokning/${request.id}`)}>
          {requestTitle(request, catalogues, i18n)}
        </Link>
      </h2>
      <p className="note">
        {request.side === "MEMBER"
          ? t("partnerSearch.fromMember", { where: soughtWhere(request, catalogues, i18n) })
          : t("partnerSearch.fromAbroad")}
        {" · "}
        {t("partnerSearch.until", { date: formatDay(i18n, request.endsOn) })}
      </p>
      <p lang={description.lang}>{short}</p>
      {request.areaCodes.length > 0 && (
        <p className="note">
          {t("partnerSearch.areas")}: {request.areaCodes.map((a) => catalogues.areas.get(a) ?? a).join(", ")}
        </p>
      )}
    </article>
  );
}
