import type { ReactNode } from "react";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/server";

/** The board's client forms get the form machinery's messages (manage, validation) and their own. */
export function PartnerSearchIntl({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <ClientIntlProvider
      locale={locale}
      messages={{
        manage: MESSAGES[locale].manage,
        validation: MESSAGES[locale].validation,
        partnerSearch: MESSAGES[locale].partnerSearch,
      }}
    >
      {children}
    </ClientIntlProvider>
  );
}
