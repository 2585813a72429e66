import { ClientIntlProvider } from "@/components/client-intl-provider";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/server";
import type { MapData } from "@/lib/map/map-data";
import { MemberMap } from "./member-map";

/** The member page's map with the messages it needs (server side: reads the tile setting). */
export function MemberMapSection({ locale, data }: { locale: Locale; data: MapData }) {
  if (data.members.length === 0) return null;
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
      <MemberMap locale={locale} data={data} tiles={tiles} />
    </ClientIntlProvider>
  );
}
