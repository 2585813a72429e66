import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

/** /oppna-data: the change list, the Atom feeds, the DCAT-AP-SE catalogue, JSON-LD and the Wikidata export. */
export function ChangesSection({ locale }: { locale: Locale }) {
  const { t } = getI18n(locale);
  const link = (href: string, label: string) => (
    <a href={href}>
      {label} (<code>{href}</code>)
    </a>
  );
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">{t("openDataChanges.heading")}</h2>

      <h3>{t("openDataChanges.changesHeading")}</h3>
      <p>{t("openDataChanges.changesText")}</p>
      <p>{link("/api/v1/changes", t("openDataChanges.changesLink"))}</p>

      <h3>{t("openDataChanges.feedsHeading")}</h3>
      <p>{t("openDataChanges.feedsText")}</p>
      <ul>
        <li>{link("/flode.atom", t("openDataChanges.feedRegistry"))}</li>
        <li>{link("/en/flode.atom", t("openDataChanges.feedRegistryEn"))}</li>
        <li>{link(localePath(locale, "/kommun/umea/flode.atom"), t("openDataChanges.feedMemberExample"))}</li>
      </ul>

      <h3>{t("openDataChanges.dcatHeading")}</h3>
      <p>{t("openDataChanges.dcatText")}</p>
      <ul>
        <li>{link("/api/v1/dcat", t("openDataChanges.dcatRdf"))}</li>
        <li>{link("/api/v1/dcat?format=jsonld", t("openDataChanges.dcatJsonld"))}</li>
      </ul>

      <h3>{t("openDataChanges.linkedDataHeading")}</h3>
      <p>{t("openDataChanges.linkedDataText")}</p>

      <h3>{t("openDataChanges.wikidataHeading")}</h3>
      <p>{t("openDataChanges.wikidataText")}</p>
      <p>{link("/api/v1/wikidata/quickstatements", t("openDataChanges.wikidataLink"))}</p>
    </section>
  );
}
