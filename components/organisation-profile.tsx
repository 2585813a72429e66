import Link from "next/link";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/i18n/dates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { localisedName } from "@/lib/i18n/localised";
import { getI18n } from "@/lib/i18n/server";
import { countyName } from "@/lib/i18n/region-names";
import { organisationPath } from "@/lib/organisations/paths";
import type { OrganisationPage } from "@/lib/organisations/queries";
import type { MemberPartnershipTotals } from "@/lib/partnerships/queries";
import { Pagination } from "./pagination";
import { PartnershipKindSections } from "./partnership-kind-sections";
import { PartnershipTable } from "./partnership-table";
import { safeWebUrl } from "@/lib/security/safe-url";

/** A member's public page: partnerships by kind, networks, ended ones, then its international profile. */
export function OrganisationProfile({
  organisation,
  totals,
  pagination,
  locale,
  map,
  seeking,
}: {
  organisation: OrganisationPage;
  /** Each section's count over every page; the page shows at most MEMBER_PAGE_SIZE rows. */
  totals: MemberPartnershipTotals;
  pagination: { page: number; pageCount: number };
  locale: Locale;
  map?: ReactNode;
  /** The line that says the member is seeking partners (the partner search), if it is. */
  seeking?: ReactNode;
}) {
  const i18n = getI18n(locale);
  const { t } = i18n;
  const partnerships = organisation.participations.map((p) => p.partnership);
  const current = partnerships.filter((p) => !p.endedOn);
  const networks = current.filter((p) => p.otherType === "NETWORK_MEMBERSHIP");
  const ended = partnerships.filter((p) => p.endedOn);
  const county = countyName(organisation.county, locale);
  const website = safeWebUrl(organisation.internationalPageUrl ?? organisation.website);
  const facts = (
    [
      [t("organisation.euOffice"), organisation.euOffice?.name],
      [
        t("organisation.consuls"),
        organisation.honoraryConsuls.map((c) => localisedName(c.country, locale)).join(", ") || null,
      ],
      [
        t("organisation.contact"),
        [organisation.contactName, organisation.contactTitle].filter(Boolean).join(", ") || null,
      ],
      [
        t("organisation.email"),
        organisation.contactEmail && (
          <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
        ),
      ],
      [t("organisation.address"), organisation.postalAddress],
      [t("organisation.phone"), organisation.contactPhone],
      [
        t("organisation.website"),
        website && (
          <a href={website} rel="external">
            {website}
          </a>
        ),
      ],
    ] as [string, ReactNode][]
  ).filter(([, value]) => Boolean(value));

  return (
    <>
      <h1>{organisation.name}</h1>
      <p>
        {t("organisation.intro", {
          kind: t(`organisationKind.${organisation.kind}`),
          county,
          code: organisation.code,
        })}
      </p>
      <p className="note">
        {organisation.lastReviewedOn
          ? t("organisation.reviewed", { date: formatDay(i18n, organisation.lastReviewedOn) })
          : t("organisation.notReviewed")}
      </p>
      {seeking}

      {totals.total === 0 && <p>{t("partnerships.none")}</p>}
      {pagination.pageCount > 1 && <p>{t("partnerships.count", { total: totals.total })}</p>}
      <PartnershipKindSections
        partnerships={current.filter((p) => p.otherType !== "NETWORK_MEMBERSHIP")}
        totals={totals.byKind}
        locale={locale}
      />
      {networks.length > 0 && (
        <section aria-labelledby="networks">
          <h2 id="networks">
            {t("organisation.networks")} ({totals.networks})
          </h2>
          <PartnershipTable
            partnerships={networks}
            caption={t("organisation.networks")}
            locale={locale}
            columns={["partner", "since", "about"]}
          />
        </section>
      )}
      {ended.length > 0 && (
        <section aria-labelledby="ended">
          <h2 id="ended">
            {t("organisation.endedSection")} ({totals.ended})
          </h2>
          <PartnershipTable
            partnerships={ended}
            caption={t("organisation.endedSection")}
            locale={locale}
            columns={["partner", "country", "kind", "since", "ended", "about"]}
          />
        </section>
      )}

      <Pagination
        locale={locale}
        path={organisationPath(organisation)}
        current={new URLSearchParams()}
        page={pagination.page}
        pageCount={pagination.pageCount}
      />

      {map}

      {organisation._count.policyDocuments > 0 && (
        <>
          <h2>{t("organisation.policy")}</h2>
          <p>
            <Link href={localePath(locale, `${organisationPath(organisation)}/policy`)}>
              {t("organisation.policyLink", { name: organisation.name })}
            </Link>
          </p>
        </>
      )}

      {facts.length > 0 && (
        <>
          <h2>{t("organisation.international")}</h2>
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}
