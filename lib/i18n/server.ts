import { notFound } from "next/navigation";
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { isLocale, TIME_ZONE, type Locale } from "./config";
import en from "./messages/en.json";
import sv from "./messages/sv.json";

export const MESSAGES = { sv, en } as const;

/** Translator and formatter for a locale, for server components and route handlers. */
export function getI18n(locale: Locale) {
  return {
    locale,
    t: createTranslator({ locale, messages: MESSAGES[locale] as typeof sv }),
    format: createFormatter({ locale, timeZone: TIME_ZONE }),
  };
}

export type I18n = ReturnType<typeof getI18n>;

/** A translator of one namespace ("manage.place"): its keys are checked by tsc like the root's. */
export function getTranslator<Namespace extends NamespaceKeys<typeof sv, NestedKeyOf<typeof sv>>>(
  locale: Locale,
  namespace: Namespace,
) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof sv, namespace });
}

/** The locale of an app/[locale] route; anything else is a 404 (the proxy never produces one). */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
