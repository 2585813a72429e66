// History in words: each stored value of a history entry as the reader's language names it
// ("culture, education" -> "Kultur, Skola och utbildning", "VERIFIED" -> "Verifierad",
// "true" -> "Ja"), and each version by its number.
import type { AuditHistoryEvent } from "../audit/history";
import { isMessageKey, type RootTranslator } from "../i18n/keys";
import { codeLabelKey } from "./code-labels";

/** Names of the catalogue codes a partnership stores (cooperation areas, funding forms). */
export type CatalogueNames = { areas?: Record<string, string>; funding?: Record<string, string> };

const CATALOGUE_FIELDS = { areaCodes: "areas", fundingCodes: "funding" } as const;

/** One stored value (a list joined with ", ") in words; empty values say "(tomt)". */
export function historyValue(t: RootTranslator, field: string, raw: string, catalogue: CatalogueNames = {}) {
  if (!raw) return t("manage.fields.none");
  if (raw === "true" || raw === "false") return t(`manage.history.${raw === "true" ? "yes" : "no"}`);
  const names =
    field in CATALOGUE_FIELDS ? catalogue[CATALOGUE_FIELDS[field as keyof typeof CATALOGUE_FIELDS]] : null;
  return raw
    .split(", ")
    .map((code) => {
      if (names) return names[code] ?? code;
      const key = codeLabelKey(field, code);
      return key && isMessageKey(t, key) ? t(key) : code;
    })
    .join(", ");
}

/**
 * Version numbers of an entity's events (newest first, as auditHistory gives them): the
 * oldest is version 1. A restore says which version it brought back, by that number.
 */
export function versionNumbers(events: Pick<AuditHistoryEvent, "id">[]): Map<string, number> {
  return new Map(events.map((e, i) => [String(e.id), events.length - i]));
}
