import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PolicyDocument } from "@/components/policy-document";
import { db } from "@/lib/db";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { listPolicyDocuments } from "@/lib/policies/queries";
import { organisationPath } from "@/lib/organisations/paths";
import { resolveOrganisation } from "@/lib/organisations/resolve-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** /kommun/[slug]/policy and /region/[slug]/policy: a member's international policy documents. */
export function organisationPolicyRoute(kind: OrganisationKind) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await localeOf(params);
      const organisation = await resolveOrganisation(kind, (await params).slug, locale);
      const { t } = getI18n(locale);
      return {
        title: t("policy.title", { name: organisation.name }),
        description: t("policy.description", { name: organisation.name }),
        alternates: pageAlternates(locale, `${organisationPath(organisation)}/policy`),
      };
    },
    async Page({ params }: Props) {
      const locale = await localeOf(params);
      await connection();
      const organisation = await resolveOrganisation(kind, (await params).slug, locale);
      const policies = await listPolicyDocuments(db(), organisation.id);
      const { t } = getI18n(locale);
      const today = new Date();
      return (
        <>
          <p>
            <Link href={localePath(locale, organisationPath(organisation))}>
              {t("policy.back", { name: organisation.name })}
            </Link>
          </p>
          <h1>{t("policy.title", { name: organisation.name })}</h1>
          {policies.length === 0 && <p>{t("policy.none", { name: organisation.name })}</p>}
          {policies.map((policy) => (
            <PolicyDocument key={policy.id} policy={policy} locale={locale} today={today} />
          ))}
        </>
      );
    },
  };
}
