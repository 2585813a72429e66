import Link from "next/link";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { PlaceFields } from "@/components/manage/place-fields";
import { SavedMessage } from "@/components/manage/saved-message";
import { parseRecordId } from "@/lib/validation/record-id";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import type { PlaceName } from "@/lib/places/input";
import { findMemberRegistryPlace } from "@/lib/places/queries";
import { placePageContext, PlacePageTop } from "../_components/place-page";
import { removePlaceAction, restorePlaceAction, updatePlaceAction } from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's place, read once per request for the title and the page (the member is in the user's scope). */
const memberPlace = cache((_user: SessionUser, organisationId: number, id: number) =>
  findMemberRegistryPlace(db(), organisationId, id),
);

export const generateMetadata = memberPageTitle(
  (p) => `/orter/${p.id}`,
  "manage.pageTitles.editPlace",
  memberPlace,
);

/** A place added in the registry for this member: change, remove, restore. */
export default async function EditPlacePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug, id: rawId } = await params;
  const query = await searchParams;
  const id = parseRecordId(rawId);
  const { user, organisation, countries } = await placePageContext(locale, slug, `/orter/${rawId}`);
  if (!id) notFound();
  // The URL's member and place must belong together (and the member is in the user's scope).
  const place = await memberPlace(user, organisation.id, id);
  if (!place) notFound();
  const { t } = getI18n(locale);
  const hidden = { placeId: place.id, expectedVersion: place.version, locale, slug };
  const fromReview = query.fran === "granska";
  return (
    <>
      <PlacePageTop user={user} locale={locale} member={organisation} fromReview={fromReview} />
      <h1>{t("manage.place.editTitle", { name: place.name })}</h1>
      <p className="note">
        {t("manage.partnership.version", { version: place.version })} ·{" "}
        <Link href={localePath(locale, `/ort/${place.id}`)}>{t("manage.place.publicPage")}</Link>
      </p>
      <SavedMessage saved={query.sparat} locale={locale} />
      {place.removedAt ? (
        <>
          <p>{t("manage.place.removedInfo")}</p>
          <ActionForm action={restorePlaceAction} hidden={hidden} submitLabel={t("manage.place.restore")} />
        </>
      ) : (
        <>
          <ActionForm
            action={updatePlaceAction}
            hidden={hidden}
            submitLabel={t("manage.place.save")}
            fieldLabels="manage.place"
            conflictMessage="status.conflictRecord"
            testId="place-form"
          >
            <PlaceFields
              locale={locale}
              countries={countries}
              place={{
                names: (place.names as PlaceName[] | null) ?? [{ name: place.name, lang: "" }],
                countryCode: place.countryCode,
                kind: place.kind,
                latitude: place.latitude,
                longitude: place.longitude,
                wikidataId: place.wikidataId,
                geonamesId: place.geonamesId,
              }}
            />
          </ActionForm>
          <ActionForm
            action={removePlaceAction}
            hidden={hidden}
            submitLabel={t("manage.place.remove")}
            secondary
          />
        </>
      )}
    </>
  );
}
