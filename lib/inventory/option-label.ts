import { isMessageKey, type RootTranslator } from "../i18n/keys";
import type { QuestionId } from "./questions";

/** An answer option in words ("coordination", "INTERNATIONAL_UNIT"); a code without a message shows as itself. */
export function inventoryOptionLabel(t: RootTranslator, question: QuestionId, option: string): string {
  const key = `inventoryUi.options.${question}.${option}`;
  return isMessageKey(t, key) ? t(key) : option;
}
