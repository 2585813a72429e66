import type { Locale } from "@/lib/i18n/config";
import { isMessageKey } from "@/lib/i18n/keys";
import { getI18n } from "@/lib/i18n/server";

/** The confirmation after a save that redirected here (?sparat=...). */
export function SavedMessage({ saved, locale }: { saved: unknown; locale: Locale }) {
  const { t } = getI18n(locale);
  const key = `manage.saved.${saved}`;
  if (typeof saved !== "string" || !isMessageKey(t, key)) return null;
  return (
    <p role="status" className="message message-ok">
      {t(key)}
    </p>
  );
}
