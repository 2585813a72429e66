import type { Metadata } from "next";
import { DATA_LICENSE_URL } from "@/lib/api/http";
import { apiReference } from "@/lib/api/reference-text";
import { pageAlternates } from "@/lib/i18n/alternates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { TableScroll } from "@/components/table-scroll";
import { EmbedSection } from "./embed-section";

type Props = { params: Promise<{ locale: string }> };

const PATH = "/oppna-data";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("openData.title"),
    description: t("openData.description"),
    alternates: pageAlternates(locale, PATH),
  };
}

/**
 * The API reference is read from the generated OpenAPI document, so the page lists exactly what
 * is served; its texts come from the messages, so the Swedish page is Swedish throughout.
 */
export default async function OpenDataPage({ params }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const endpoints = apiReference(locale);
  const examples = [
    ["/api/v1/partnerships?typ=vanort&land=FI&antal=20", t("openData.exampleFinland")],
    ["/api/v1/organisations/2480", t("openData.exampleUmea")],
    ["/api/v1/places?q=Vasa&land=FI", t("openData.examplePlaces")],
    ["/api/v1/statistics?land=CN", t("openData.exampleChina")],
  ] as const;

  return (
    <>
      <h1>{t("openData.title")}</h1>
      <p>{t("openData.intro")}</p>

      <section aria-labelledby="license">
        <h2 id="license">{t("openData.licenseHeading")}</h2>
        <p>{t("openData.license")}</p>
        <p>
          <a href={DATA_LICENSE_URL} rel="license external">
            {t("openData.licenseLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="bulk">
        <h2 id="bulk">{t("openData.bulkHeading")}</h2>
        <p>{t("openData.bulkIntro")}</p>
        <ul>
          <li>
            <a href="/api/v1/bulk/vanortsregistret.csv">{t("openData.bulkCsv")}</a>
          </li>
          <li>
            <a href="/api/v1/bulk/vanortsregistret.csv?lang=en">{t("openData.bulkCsvEn")}</a>
          </li>
          <li>
            <a href="/api/v1/bulk/vanortsregistret.json">{t("openData.bulkJson")}</a>
          </li>
          <li>
            <a href="/api/v1/bulk/vanortsregistret.geojson">{t("openData.bulkGeoJson")}</a>
          </li>
        </ul>
      </section>

      <EmbedSection locale={locale} />

      <section aria-labelledby="api">
        <h2 id="api">{t("openData.apiHeading")}</h2>
        <p>{t("openData.apiIntro")}</p>
        <p>
          <a href="/api/v1/openapi.json">{t("openData.openapi")}</a>
        </p>
        <h3>{t("openData.examplesHeading")}</h3>
        <ul>
          {examples.map(([href, label]) => (
            <li key={href}>
              {label}:{" "}
              <a href={href}>
                <code>{href}</code>
              </a>
            </li>
          ))}
        </ul>
        <p>{t("openData.filtersNote")}</p>
        {endpoints.map((e) => (
          <section key={e.path} aria-label={e.path} className="api-endpoint">
            <h3>
              <code>GET {e.path}</code>
            </h3>
            <p lang={e.summary.lang}>{e.summary.text}</p>
            {e.parameters.length === 0 ? (
              <p>{t("openData.noParameters")}</p>
            ) : (
              <TableScroll label={`${t("openData.parameters")}: ${e.path}`}>
                <table>
                  <caption className="visually-hidden">
                    {t("openData.parameters")}: {e.path}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("openData.parameter")}</th>
                      <th scope="col">{t("openData.parameterIn")}</th>
                      <th scope="col">{t("openData.parameterDescription")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <th scope="row">
                          <code>{p.name}</code>
                        </th>
                        <td>{p.in}</td>
                        <td lang={p.description.lang}>{p.description.text}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
