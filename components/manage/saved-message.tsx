import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

/** The confirmation after a save that redirected here (?sparat=...). */
export function SavedMessage({ saved, locale }: { saved: unknown; locale: Locale }) {
  const { t } = getI18n(locale);
  if (typeof saved !== "string" || !t.has(`manage.saved.${saved}` as never)) return null;
  return (
    <p role="status" className="message message-ok">
      {t(`manage.saved.${saved}` as never)}
    </p>
  );
}
