"use client";

import { useTranslations } from "use-intl";

/** The visible "(obligatoriskt)" after a required field's label (the field itself carries `required`). */
export function RequiredMark() {
  const t = useTranslations("manage.fields");
  return <span className="required-mark"> {t("requiredMark")}</span>;
}
