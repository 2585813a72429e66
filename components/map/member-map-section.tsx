import { ClientIntlProvider } from "@/components/client-intl-provider";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/server";
import type { MemberMapSummary } from "@/lib/map/member-summary";
import { MemberMap } from "./member-map";

/** The member page's map with the messages it needs (server side: reads the tile setting). */
export function MemberMapSection({ locale, summary }: { locale: Locale; summary: MemberMapSummary | null }) {
  if (!summary) return null;
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  const tiles =
    MAP_TILE_URL && MAP_TILE_ATTRIBUTION
      ? { url: MAP_TILE_URL, attribution: MAP_TILE_ATTRIBUTION }
      : undefined;
  const messages = MESSAGES[locale];
  return (
    <ClientIntlProvider
      locale={locale}
      messages={{ map: messages.map, kind: messages.kind, activity: messages.activity }}
    >
      <MemberMap locale={locale} summary={summary} tiles={tiles} />
    </ClientIntlProvider>
  );
}
