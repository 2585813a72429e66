// Types use-intl's message keys from the Swedish messages (en.json has the same keys, checked by
// messages.test.ts), so `t("manage.typo")` fails the type check in client components too.
import type { Locale } from "./config";
import type sv from "./messages/sv.json";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof sv;
  }
}
