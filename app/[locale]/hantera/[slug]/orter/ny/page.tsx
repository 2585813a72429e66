import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { PlaceFields } from "@/components/manage/place-fields";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findManagedOrganisation } from "@/lib/editing/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/places/country-options";
import { createPlaceAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 120) : "");

/** Add a place the gazetteer lacks, for this member. The review queue fills in ?namn= and ?land=. */
export default async function NewPlacePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const query = await searchParams;
  const user = await requireUser(locale, localePath(locale, `/hantera/${slug}/orter/ny`));
  const organisation = await findManagedOrganisation(db(), user, slug);
  if (!organisation) notFound();
  const { t } = getI18n(locale);
  const countries = await countryOptions(db(), locale);
  const land = one(query.land).toUpperCase();
  const fromReview = one(query.fran) === "granska";
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        {fromReview ? (
          <Link href={localePath(locale, "/hantera/import/granska")}>{t("manage.place.backToReview")}</Link>
        ) : (
          <Link href={localePath(locale, `/hantera/${slug}`)}>
            {t("manage.partnership.backToOrganisation", { name: organisation.name })}
          </Link>
        )}
      </p>
      <h1>{t("manage.place.newTitle")}</h1>
      <p>{t("manage.place.intro")}</p>
      <p className="note">{t("manage.place.forMember", { name: organisation.name })}</p>
      <ActionForm
        action={createPlaceAction}
        hidden={{ organisationId: organisation.id, locale, slug, fromReview: fromReview ? "1" : "0" }}
        submitLabel={t("manage.place.create")}
        fieldLabels="manage.place"
        testId="place-form"
      >
        <PlaceFields
          locale={locale}
          countries={countries}
          place={{
            names: one(query.namn) ? [{ name: one(query.namn), lang: "" }] : [],
            countryCode: countries.some((c) => c.value === land) ? land : "",
            kind: null,
            latitude: null,
            longitude: null,
            wikidataId: null,
            geonamesId: null,
          }}
        />
      </ActionForm>
    </>
  );
}
