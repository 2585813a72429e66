import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManageIntl } from "@/components/manage/manage-intl";
import { MemberRequestForm } from "@/components/partner-search/request-forms";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { loadCatalogues, optionsOf } from "@/lib/partner-search/labels";
import { scopeOf } from "@/lib/auth/scope";
import { findEditableMemberRequest } from "@/lib/partner-search/queries";
import { parseRecordId } from "@/lib/validation/record-id";
import { updateMemberRequestAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("partnerSearch.edit.title"), robots: { index: false, follow: false } };
}

/** An officer edits (or renews) their member's request; another member's is not found. */
export default async function EditRequestPage({ params }: Props) {
  const locale = await localeOf(params);
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const user = await requireUser(locale, localePath(locale, `/partnersokning/${id}/andra`));
  const request = await findEditableMemberRequest(db(), id, scopeOf(user));
  if (!request) notFound();
  const { t } = getI18n(locale);
  const options = optionsOf(await loadCatalogues(db(), locale), locale);
  return (
    <>
      <h1>{t("partnerSearch.edit.title")}</h1>
      <p className="lead">{request.organisation?.name}</p>
      <ManageIntl locale={locale} also={["partnerSearch"]}>
        <MemberRequestForm
          action={updateMemberRequestAction}
          hidden={{ locale, requestId: request.id, expectedVersion: request.version }}
          organisations={null}
          options={{ ...options, countries: options.countries.filter((c) => c.value !== "SE") }}
          initial={{
            kind: request.kind,
            countryCodes: request.countryCodes,
            worldRegions: request.worldRegions,
            areaCodes: request.areaCodes,
            fundingCodes: request.fundingCodes,
            description: request.description,
            descriptionEn: request.descriptionEn ?? "",
            contactName: request.contactName,
            contactEmail: request.contactEmail,
            endsOn: request.endsOn.toISOString().slice(0, 10),
          }}
          submitLabel={t("partnerSearch.edit.submit")}
        />
      </ManageIntl>
    </>
  );
}
