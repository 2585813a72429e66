// The snippet builder's props from the messages: a client component gets plain strings.
import { LOCALES, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { siteUrl } from "../site-url";
import type { EmbedBuilderMember, EmbedMemberCounts } from "./members";
import { PARTNERSHIP_KINDS } from "../database/enums";

export function embedBuilderProps(
  locale: Locale,
  members: EmbedMemberCounts[],
  intro: "intro" | "openDataIntro",
) {
  const { t } = getI18n(locale);
  const titles = (name: string) =>
    Object.fromEntries(
      LOCALES.map((l) => [l, getI18n(l).t("embed.builder.iframeTitle", { name })]),
    ) as Record<Locale, string>;
  return {
    origin: siteUrl().origin,
    locale,
    members: members.map((m): EmbedBuilderMember => ({ ...m, titles: titles(m.name) })),
    labels: {
      heading: t("embed.builder.heading"),
      intro: t(`embed.builder.${intro}`),
      member: t("embed.builder.member"),
      language: t("embed.builder.language"),
      languages: { sv: t("embed.builder.languageSv"), en: t("embed.builder.languageEn") },
      kinds: t("embed.builder.kinds"),
      kindNames: Object.fromEntries(PARTNERSHIP_KINDS.map((k) => [k, t(`kind.${k}.plural`)])) as Record<
        (typeof PARTNERSHIP_KINDS)[number],
        string
      >,
      map: t("embed.builder.map"),
      colour: t("embed.builder.colour"),
      colourHint: t("embed.builder.colourHint"),
      // Filled in by the builder as the colour changes.
      colourContrast: t("embed.errors.embedColourContrast", { value: "{value}", ratio: "{ratio}" }),
      snippet: t("embed.builder.snippet"),
      copy: t("embed.builder.copy"),
      copied: t("embed.builder.copied"),
      copyFailed: t("embed.builder.copyFailed"),
      preview: t("embed.builder.preview"),
    },
  };
}
