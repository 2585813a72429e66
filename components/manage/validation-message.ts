"use client";

import { useTranslations } from "use-intl";
import type { FieldMessage } from "@/lib/validation/field-errors";
import { translateFieldMessage, type ValidationTranslate } from "@/lib/validation/translate";

/** Text for the domain's message codes in the page's language (ManageIntl provides "validation"). */
export function useValidationMessage() {
  const t = useTranslations("validation") as unknown as ValidationTranslate;
  return (message: FieldMessage) => translateFieldMessage(t, message);
}
