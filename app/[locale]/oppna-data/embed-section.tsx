// /oppna-data's section on the embeddable list and oEmbed: the snippet builder for any member,
// the address and its parameters (lib/embed/).
import { EmbedBuilder } from "@/components/embed/embed-builder";
import { db } from "@/lib/db";
import { embedBuilderProps } from "@/lib/embed/builder-props";
import { embedMembers } from "@/lib/embed/members";
import { EMBED_PATH } from "@/lib/embed/paths";
import { EMBED_LIMIT } from "@/lib/embed/snippet";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site-url";

export async function EmbedSection({ locale }: { locale: Locale }) {
  const { t } = getI18n(locale);
  const members = await embedMembers(db());
  const example = `/api/oembed?${new URLSearchParams({ url: `${siteUrl().origin}${localePath(locale, "/kommun/umea")}`, format: "json" })}`;
  const [before, after] = t("embed.builder.oembed", { example: "\u0000" }).split("\u0000");
  return (
    <>
      <EmbedBuilder {...embedBuilderProps(locale, members, "openDataIntro")} />
      <p>{t("embed.builder.parameters", { path: `${EMBED_PATH}/2480`, limit: EMBED_LIMIT })}</p>
      <p>
        {before}
        <a href={example}>
          <code>{example}</code>
        </a>
        {after}
      </p>
    </>
  );
}
