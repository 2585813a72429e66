import type { ReactNode } from "react";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/server";

type Namespace = keyof (typeof MESSAGES)["sv"];

/**
 * The client components of the signed-in area get the "manage" messages and the code labels they
 * show; a feature with forms of its own adds its namespace (`also`), e.g. the partner search.
 */
export function ManageIntl({
  locale,
  also = [],
  children,
}: {
  locale: Locale;
  also?: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <ClientIntlProvider
      locale={locale}
      messages={{
        manage: MESSAGES[locale].manage,
        validation: MESSAGES[locale].validation,
        kind: MESSAGES[locale].kind,
        activity: MESSAGES[locale].activity,
        otherType: MESSAGES[locale].otherType,
        ...Object.fromEntries(also.map((namespace) => [namespace, MESSAGES[locale][namespace]])),
      }}
    >
      {children}
    </ClientIntlProvider>
  );
}
