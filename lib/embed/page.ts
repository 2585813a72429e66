import "server-only";
// The embedded list's answer for an address: parsed options, the member's data, the HTML,
// computed once per registry data version and options (lib/cache/data-version-cache.ts): a
// municipality's website may show it on every page view, and an edit must show at once.
import { etagOf } from "../api/http";
import { RegistryCache } from "../cache/data-version-cache";
import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { landRings } from "./land";
import { loadEmbedModel } from "./load";
import { embedMapSvg } from "./map-svg";
import { DEFAULT_COLOUR, embedQuery, parseEmbedOptions } from "./options";
import { MEMBER_CODE } from "./paths";
import { renderEmbedError, renderEmbedPage } from "./render";

export type EmbedAnswer = { status: 200 | 400 | 404; body: string; etag: string };

// Keys are code × language × options; the LRU bound keeps a crawler trying every combination
// from growing the process.
const cache = new RegistryCache<EmbedAnswer>(500);

const answer = (status: EmbedAnswer["status"], body: string): EmbedAnswer => ({
  status,
  body,
  etag: etagOf(body),
});

/** The embedded list for `/inbaddning/{code}?{query}` in `locale`. */
export async function embedAnswer(
  db: DbOrTx,
  code: string,
  locale: Locale,
  query: URLSearchParams,
): Promise<EmbedAnswer> {
  const { t } = getI18n(locale);
  const parsed = parseEmbedOptions(query);
  if (!parsed.ok) return answer(400, renderEmbedError({ locale, t, errors: parsed.errors }));
  if (!MEMBER_CODE.test(code)) return answer(404, renderEmbedError({ locale, t, notFoundCode: code }));
  const { options } = parsed;
  return cache.get(db, `${locale}|${code}|${embedQuery(options)}`, async () => {
    const model = await loadEmbedModel(db, code, locale, options, (n) => t("embed.morePartners", { n }));
    if (!model) return answer(404, renderEmbedError({ locale, t, notFoundCode: code }));
    const mapSvg = options.map
      ? embedMapSvg({
          member: model.memberPoint,
          partners: model.sections.flatMap((s) => s.items.flatMap((i) => i.points)),
          land: await landRings(),
          colour: options.colour ?? DEFAULT_COLOUR,
          title: t("embed.mapTitle", { name: model.member.name }),
        })
      : undefined;
    return answer(200, renderEmbedPage({ locale, t, model, options, mapSvg }));
  });
}
