import Link from "next/link";
import { db } from "@/lib/db";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

/** The places added in the registry for a member (issue 14), and the link to add one. */
export async function AddedPlaces({
  organisationId,
  slug,
  locale,
}: {
  organisationId: number;
  slug: string;
  locale: Locale;
}) {
  const { t } = getI18n(locale);
  const places = await db().place.findMany({
    where: { source: "REGISTRY", addedForId: organisationId },
    select: { id: true, name: true, countryCode: true, removedAt: true },
    orderBy: { name: "asc" },
  });
  return (
    <>
      {places.length ? (
        <ul data-testid="added-places">
          {places.map((place) => (
            <li key={place.id}>
              <Link href={localePath(locale, `/hantera/${slug}/orter/${place.id}`)}>{place.name}</Link> (
              {place.countryCode}){place.removedAt ? ` – ${t("manage.policy.removed")}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.place.none")}</p>
      )}
      <p>
        <Link href={localePath(locale, `/hantera/${slug}/orter/ny`)} className="button-link">
          {t("manage.place.add")}
        </Link>
      </p>
    </>
  );
}
