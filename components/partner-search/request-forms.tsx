"use client";
// The board's forms, on the site's form machinery (ActionForm: posts without JavaScript too,
// keeps what was typed after a refusal, errors tied to their fields).
import { useTranslations } from "use-intl";
import { ActionForm, type FormAction } from "@/components/manage/action-form";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/manage/fields";
import { PlacePicker } from "@/components/manage/place-picker";
import { GroupErrors } from "@/components/manage/fields";
import { NewTownFields } from "./new-town-fields";

type Option = { value: string; label: string };
export type RequestFormOptions = {
  countries: Option[];
  areas: Option[];
  fundingForms: Option[];
};

const KINDS = ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "PROJECT"] as const;
const REGIONS = ["NORDIC", "REST_OF_EUROPE", "REST_OF_WORLD"] as const;

export type MemberRequestValues = {
  kind: string;
  countryCodes: string[];
  worldRegions: string[];
  areaCodes: string[];
  fundingCodes: string[];
  description: string;
  descriptionEn: string;
  contactName: string;
  contactEmail: string;
  endsOn: string;
};

/** An officer's request: new (with the member to publish for) or an edit (with its version). */
export function MemberRequestForm({
  action,
  hidden,
  organisations,
  options,
  initial,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  organisations: Option[] | null;
  options: RequestFormOptions;
  initial: MemberRequestValues;
  submitLabel: string;
}) {
  const t = useTranslations("partnerSearch");
  return (
    <ActionForm
      action={action}
      hidden={hidden}
      submitLabel={submitLabel}
      testId="member-request-form"
      fieldLabels="partnerSearch.fields"
    >
      {organisations ? (
        <SelectField
          name="organisationId"
          label={t("form.organisation")}
          options={organisations}
          defaultValue={organisations[0]?.value}
          required
        />
      ) : null}
      <SelectField
        name="kind"
        label={t("form.kind")}
        options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        defaultValue={initial.kind}
        required
      />
      <SelectField
        name="countryCodes"
        label={t("form.countries")}
        hint={t("form.countriesHint")}
        options={options.countries}
        defaultValue={initial.countryCodes}
        multiple
      />
      <CheckboxGroup
        name="worldRegions"
        legend={t("form.regions")}
        options={REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        defaultValue={initial.worldRegions}
      />
      <CheckboxGroup
        name="areaCodes"
        legend={t("form.areas")}
        options={options.areas}
        defaultValue={initial.areaCodes}
      />
      <CheckboxGroup
        name="fundingCodes"
        legend={t("form.funding")}
        options={options.fundingForms}
        defaultValue={initial.fundingCodes}
      />
      <TextArea name="description" label={t("form.description")} defaultValue={initial.description} />
      <TextArea
        name="descriptionEn"
        label={t("form.descriptionEn")}
        hint={t("form.descriptionEnHint")}
        defaultValue={initial.descriptionEn}
      />
      <TextField
        name="contactName"
        label={t("form.contactName")}
        hint={t("form.contactHint")}
        defaultValue={initial.contactName}
        autoComplete="name"
      />
      <TextField
        name="contactEmail"
        label={t("form.contactEmail")}
        type="email"
        defaultValue={initial.contactEmail}
        autoComplete="email"
      />
      <TextField
        name="endsOn"
        label={t("form.endsOn")}
        hint={t("form.endsOnHint")}
        type="date"
        defaultValue={initial.endsOn}
      />
    </ActionForm>
  );
}

/** The public form for a town abroad. The honeypot field is hidden from people and screen readers. */
export function AbroadRequestForm({
  action,
  locale,
  options,
}: {
  action: FormAction;
  locale: "sv" | "en";
  options: RequestFormOptions;
}) {
  const t = useTranslations("partnerSearch");
  return (
    <ActionForm
      action={action}
      hidden={{ locale }}
      submitLabel={t("abroad.submit")}
      testId="abroad-request-form"
      fieldLabels="partnerSearch.fields"
    >
      <SelectField
        name="kind"
        label={t("form.kindAbroad")}
        options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        defaultValue="TWIN_TOWN"
        required
      />
      <fieldset className="field">
        <legend>{t("abroad.town")}</legend>
        <p className="hint">{t("abroad.townHint")}</p>
        <GroupErrors name="placeId">
          <PlacePicker
            name="placeId"
            queryName="townName"
            countryName="countryCode"
            initial={null}
            countries={options.countries}
            locale={locale}
            endpoint="/api/partner-search/places"
            countryLabel={t("abroad.country")}
          />
        </GroupErrors>
        <NewTownFields />
        <GroupErrors name="countryCode" />
      </fieldset>
      <CheckboxGroup name="areaCodes" legend={t("form.areas")} options={options.areas} />
      <TextArea name="description" label={t("abroad.description")} hint={t("abroad.descriptionHint")} />
      <TextField name="contactName" label={t("abroad.contactName")} autoComplete="name" />
      <TextField name="contactEmail" label={t("abroad.contactEmail")} type="email" autoComplete="email" />
      <p className="hint">{t("abroad.privacy")}</p>
      <div className="visually-hidden" aria-hidden="true">
        <label>
          {t("abroad.honeypot")}
          <input type="text" name="homepage" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
    </ActionForm>
  );
}

/** A one-button form (renew, approve, reject, confirm) or a small one with a few fields. */
export function SmallForm({
  action,
  hidden,
  submitLabel,
  children,
  testId,
  secondary,
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  submitLabel: string;
  children?: React.ReactNode;
  testId?: string;
  secondary?: boolean;
}) {
  return (
    <ActionForm
      action={action}
      hidden={hidden}
      submitLabel={submitLabel}
      testId={testId}
      secondary={secondary}
      conflictMessage="status.conflictRecord"
    >
      <GroupErrors name="form" />
      {children}
    </ActionForm>
  );
}

export function InterestFields({ organisations }: { organisations: Option[] }) {
  const t = useTranslations("partnerSearch");
  return (
    <>
      {organisations.length > 1 ? (
        <SelectField
          name="organisationId"
          label={t("interest.organisation")}
          options={organisations}
          required
        />
      ) : (
        <input type="hidden" name="organisationId" value={organisations[0]?.value ?? ""} />
      )}
      <TextArea name="message" label={t("interest.message")} hint={t("interest.messageHint")} />
    </>
  );
}

export function CloseFields({ partnerships, allowNone }: { partnerships: Option[]; allowNone: boolean }) {
  const t = useTranslations("partnerSearch");
  return (
    <SelectField
      name="partnershipId"
      label={t("close.partnership")}
      hint={t("close.partnershipHint")}
      options={partnerships}
      emptyLabel={allowNone ? t("close.noPartnership") : undefined}
    />
  );
}
