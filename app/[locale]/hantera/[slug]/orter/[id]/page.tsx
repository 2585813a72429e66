import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { PlaceFields } from "@/components/manage/place-fields";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findManagedOrganisation } from "@/lib/editing/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/places/country-options";
import type { PlaceName } from "@/lib/places/input";
import { findMemberRegistryPlace } from "@/lib/places/queries";
import { removePlaceAction, restorePlaceAction, updatePlaceAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A place added in the registry for this member: change, remove, restore. */
export default async function EditPlacePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug, id: rawId } = await params;
  const query = await searchParams;
  const id = /^\d{1,10}$/.test(rawId) && Number(rawId) <= 2_147_483_647 ? Number(rawId) : null;
  const user = await requireUser(locale, localePath(locale, `/hantera/${slug}/orter/${rawId}`));
  const organisation = await findManagedOrganisation(db(), user, slug);
  if (!organisation || !id) notFound();
  // The URL's member and place must belong together (and the member is in the user's scope).
  const place = await findMemberRegistryPlace(db(), organisation.id, id);
  if (!place) notFound();
  const { t } = getI18n(locale);
  const countries = await countryOptions(db(), locale);
  const hidden = { placeId: place.id, expectedVersion: place.version, locale, slug };
  const fromReview = query.fran === "granska";
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
