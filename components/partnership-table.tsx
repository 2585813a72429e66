import { Fragment } from "react";
import { formatDay } from "@/lib/i18n/dates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { localisedName } from "@/lib/i18n/localised";
import { getI18n } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import type { PartnershipWithDetail } from "@/lib/partnerships/types";
import { TableScroll } from "@/components/table-scroll";
import { langAttribute } from "@/lib/text/language";

// "Samverkansavtal." and "samverkansavtal" say the same.
const sameSentence = (a: string, b: string) =>
  a
    .trim()
    .replace(/[.!]+$/, "")
    .toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");

export type PartnershipColumn =
  "participants" | "partner" | "country" | "kind" | "since" | "activity" | "ended" | "about";

const DEFAULT_COLUMNS: PartnershipColumn[] = ["partner", "country", "since", "activity", "about"];

/**
 * Partnerships as a table with row headers, the columns chosen by the page. Each partner
 * links to its place or country page; Swedish participants link to theirs. The links are plain
 * anchors, not next/link: a Link is a client component to hydrate, and each one in view
 * prefetches its page as a navigation request (RSC), which the page cache does not serve, so a
 * page of 50 rows had up to 50 pages rendered for every visit. A click loads the page, as from
 * a search engine, from the page cache.
 */
export function PartnershipTable({
  partnerships,
  caption,
  locale,
  columns = DEFAULT_COLUMNS,
  hiddenCaption = true,
}: {
  partnerships: PartnershipWithDetail[];
  caption: string;
  locale: Locale;
  columns?: PartnershipColumn[];
  hiddenCaption?: boolean;
}) {
  const i18n = getI18n(locale);
  const { t } = i18n;
  const swedish = getI18n("sv").t;
  const headers: Record<PartnershipColumn, string> = {
    participants: t("partnerships.swedishParticipants"),
    partner: t("partnerships.partner"),
    country: t("partnerships.country"),
    kind: t("partnerships.kind"),
    since: t("partnerships.since"),
    activity: t("partnerships.activity"),
    ended: t("partnerships.ended"),
    about: t("partnerships.about"),
  };
  const rowHeader = columns.includes("participants") ? "participants" : "partner";

  const cell = (p: PartnershipWithDetail, column: PartnershipColumn) => {
    switch (column) {
      case "participants":
        return p.participants.map((x, i) => (
          <Fragment key={x.organisationId}>
            {i > 0 && ", "}
            <a href={localePath(locale, organisationPath(x.organisation))}>{x.organisation.name}</a>
          </Fragment>
        ));
      case "partner":
        return (
          <>
            {p.partners.map((partner, i) => {
              const href = partner.place
                ? `/ort/${partner.place.id}`
                : partner.country
                  ? `/land/${partner.country.code.toLowerCase()}`
                  : null;
              const label = partnerLabel(partner, locale);
              return (
                <Fragment key={partner.id}>
                  {i > 0 && ", "}
                  {href ? <a href={localePath(locale, href)}>{label}</a> : label}
                </Fragment>
              );
            })}
            {p.verification === "NEEDS_REVIEW" && (
              <>
                {" "}
                <span className="badge badge-unverified" title={t("partnerships.unverifiedExplained")}>
                  {t("partnerships.unverified")}
                </span>
              </>
            )}
          </>
        );
      case "country":
        return [
          ...new Set(
            p.partners.map((x) => localisedName(x.place?.country ?? x.country, locale)).filter(Boolean),
          ),
        ].join(", ");
      case "kind":
        return p.kind === "OTHER" && p.otherType
          ? t(`otherType.${p.otherType}`)
          : t(`kind.${p.kind}.singular`);
      case "since":
        return p.startYear ?? "–";
      case "activity":
        return t(`activity.${p.activityLevel ?? "UNKNOWN"}`);
      case "ended":
        if (!p.endedOn) return "–";
        return (
          <>
            {formatDay(i18n, p.endedOn)}
            {p.endReason && (
              <>
                : <span lang={langAttribute(p.endReason, locale)}>{p.endReason}</span>
              </>
            )}
          </>
        );
      case "about": {
        // A title or description that only restates the kind of cooperation ("Samverkansavtal."
        // under "Samverkansavtal") is said once.
        const otherType = p.kind === "OTHER" ? p.otherType : null;
        const typeName = otherType ? t(`otherType.${otherType}`) : null;
        // Officers write the kind's Swedish name, so an English page checks that too.
        const typeNames = otherType ? [t(`otherType.${otherType}`), swedish(`otherType.${otherType}`)] : [];
        const restatesType = (text: string | null) => !!text && typeNames.some((n) => sameSentence(text, n));
        const description = restatesType(p.description) ? null : p.description;
        return (
          <>
            {p.title && !restatesType(p.title) && (
              <strong lang={langAttribute(p.title, locale)}>{p.title}. </strong>
            )}
            {typeName && !columns.includes("kind") && <span>{typeName}. </span>}
            {p.participants.length > 1 && !columns.includes("participants") && (
              <span>
                {t("partnerships.together", {
                  names: p.participants.map((x) => x.organisation.name).join(", "),
                })}{" "}
              </span>
            )}
            {p.areas.length > 0 && (
              <span>
                {t("partnerships.areas")}: {p.areas.map((a) => localisedName(a.area, locale)).join(", ")}
                .{" "}
              </span>
            )}
            {p.fundingForms.length > 0 && (
              <span>
                {t("partnerships.funding")}:{" "}
                {p.fundingForms.map((f) => localisedName(f.fundingForm, locale)).join(", ")}.{" "}
              </span>
            )}
            {description && (
              <span className="description" lang={langAttribute(description, locale)}>
                {description}{" "}
              </span>
            )}
          </>
        );
      }
    }
  };

  return (
    <TableScroll label={caption}>
      <table>
        <caption className={hiddenCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {headers[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partnerships.map((p) => (
            <tr key={p.id}>
              {columns.map((c) =>
                c === rowHeader ? (
                  <th key={c} scope="row">
                    {cell(p, c)}
                  </th>
                ) : (
                  <td key={c}>{cell(p, c)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
