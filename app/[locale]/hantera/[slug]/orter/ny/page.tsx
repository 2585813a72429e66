import { ActionForm } from "@/components/manage/action-form";
import { PlaceFields } from "@/components/manage/place-fields";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { placePageContext, PlacePageTop } from "../_components/place-page";
import { createPlaceAction } from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 120) : "");

export const generateMetadata = memberPageTitle(() => "/orter/ny", "manage.pageTitles.newPlace");

/** Add a place the gazetteer lacks, for this member. The review queue fills in ?namn= and ?land=. */
export default async function NewPlacePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const query = await searchParams;
  const { user, organisation, countries } = await placePageContext(locale, slug, "/orter/ny");
  const { t } = getI18n(locale);
  const land = one(query.land).toUpperCase();
  const fromReview = one(query.fran) === "granska";
  return (
    <>
      <PlacePageTop user={user} locale={locale} member={organisation} fromReview={fromReview} />
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
