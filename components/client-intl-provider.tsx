"use client";

import type { ReactNode } from "react";
import { IntlProvider } from "use-intl/react";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";

/** Gives client components the messages they need (pass only those namespaces, not all). */
export function ClientIntlProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages as never} timeZone={TIME_ZONE}>
      {children}
    </IntlProvider>
  );
}
