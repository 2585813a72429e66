import type { ReactNode } from "react";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/server";

/** The client components of the signed-in area get the "manage" messages and the code labels they show. */
export function ManageIntl({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <ClientIntlProvider
      locale={locale}
      messages={{
        manage: MESSAGES[locale].manage,
        validation: MESSAGES[locale].validation,
        kind: MESSAGES[locale].kind,
        activity: MESSAGES[locale].activity,
        otherType: MESSAGES[locale].otherType,
      }}
    >
      {children}
    </ClientIntlProvider>
  );
}
