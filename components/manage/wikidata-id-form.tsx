import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { ActionForm, type FormAction } from "./action-form";
import { TextField } from "./fields";

/** Administrators only: the member's Wikidata item (sameAs links, the QuickStatements export). */
export function WikidataIdForm({
  organisation,
  hidden,
  action,
  locale,
}: {
  organisation: { wikidataId: string | null };
  hidden: Record<string, string | number>;
  action: FormAction;
  locale: Locale;
}) {
  const { t } = getI18n(locale);
  return (
    <>
      <h2>{t("wikidataAdmin.heading")}</h2>
      <ActionForm
        action={action}
        hidden={hidden}
        submitLabel={t("wikidataAdmin.save")}
        conflictMessage="status.conflictRecord"
        testId="wikidata-form"
      >
        <TextField
          name="wikidataId"
          label={t("wikidataAdmin.label")}
          hint={t("wikidataAdmin.hint")}
          defaultValue={organisation.wikidataId}
          autoComplete="off"
        />
      </ActionForm>
    </>
  );
}
