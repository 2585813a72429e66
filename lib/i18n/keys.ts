// Typed message keys (lib/i18n/app-config.d.ts gives use-intl the messages' type): a key written
// in the code is checked by tsc; a key built at run time from stored data (an audit action, a
// code, an API path) is checked against the messages before it is used.
import type { createTranslator, Messages, MessageKeys, NestedKeyOf } from "use-intl/core";

/** Every message key: "manage.fields.none", "kind.TWIN_TOWN.singular", … */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The translator of all messages: getI18n(locale).t on the server, useTranslations() in a client component. */
export type RootTranslator = ReturnType<typeof createTranslator<Messages>>;

/** Whether a key built at run time names a message the translator has (not a namespace: `has` says yes to those). */
export function isMessageKey(t: Pick<RootTranslator, "has" | "raw">, key: string): key is MessageKey {
  const candidate = key as MessageKey;
  return t.has(candidate) && typeof t.raw(candidate) === "string";
}
