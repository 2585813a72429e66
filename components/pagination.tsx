import { FILTER_PARAMS } from "@/lib/directory/types";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

/**
 * Previous/next links that keep the filters, with "Page 2 of 7" between them. Plain anchors: a
 * next/link would prefetch the next page as a navigation request, rendered for every visit
 * (the page cache serves only whole pages).
 */
export function Pagination({
  locale,
  path,
  current,
  page,
  pageCount,
}: {
  locale: Locale;
  path: string;
  current: URLSearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const { t } = getI18n(locale);
  const href = (target: number) => {
    const params = new URLSearchParams(current);
    if (target === 1) params.delete(FILTER_PARAMS.page);
    else params.set(FILTER_PARAMS.page, String(target));
    const query = params.toString();
    return `${localePath(locale, path)}${query ? `?${query}` : ""}`;
  };
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t("pagination.previous")}
        </a>
      )}
      <span>{t("pagination.status", { page, pageCount })}</span>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next">
          {t("pagination.next")}
        </a>
      )}
    </nav>
  );
}
