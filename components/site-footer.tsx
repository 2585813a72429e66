import { DATA_SOURCES } from "@/lib/attribution";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

export function SiteFooter({ locale }: { locale: Locale }) {
  const { t } = getI18n(locale);
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>{t("footer.about")}</p>
        <h2 className="footer-heading">{t("footer.sources")}</h2>
        <ul>
          {DATA_SOURCES.map((source) => (
            <li key={source.name}>
              <a href={source.url} rel="external">
                {source.attribution[locale]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
