"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { FormState } from "@/lib/manage/form-state";
import { useHydrated } from "../use-hydrated";
import { ActionForm } from "./action-form";
import { CheckboxGroup, GroupErrors, SelectField, TextArea, TextField } from "./fields";
import { useFieldValue, useFormContext } from "./form-context";
import { MemberPicker } from "./member-picker";
import { PartnerFields, type PartnerDefaults } from "./partner-fields";

type Option = { value: string; label: string };

export type PartnershipFormDefaults = {
  kind: string;
  otherType: string | null;
  title: string | null;
  activityLevel: string | null;
  startYear: number | null;
  description: string | null;
  decisionRefs: string[];
  areaCodes: string[];
  fundingCodes: string[];
  participantIds: string[];
  partners: PartnerDefaults[];
};

export type PartnershipFormOptions = {
  kinds: Option[];
  otherTypes: Option[];
  activityLevels: Option[];
  areas: Option[];
  funding: Option[];
  organisations: Option[];
  countries: Option[];
  networks: Option[];
};

const EMPTY_PARTNER: PartnerDefaults = {
  type: "PLACE",
  place: null,
  countryCode: null,
  networkId: null,
  name: null,
};

/** The whole partnership form, for adding and for editing (then it carries id and version). */
export function PartnershipForm({
  action,
  hidden,
  defaults,
  options,
  submitLabel,
  locale,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  defaults: PartnershipFormDefaults;
  options: PartnershipFormOptions;
  submitLabel: string;
  locale: string;
}) {
  const t = useTranslations("manage");
  const [partnerCount, setPartnerCount] = useState(Math.max(defaults.partners.length, 1));
  return (
    <ActionForm action={action} hidden={hidden} submitLabel={submitLabel} testId="partnership-form">
      <KindFields options={options} defaults={defaults} />
      <fieldset className="partners">
        <legend>{t("fields.partners")}</legend>
        <GroupErrors name="partners" />
        {Array.from({ length: partnerCount }, (_, index) => (
          <PartnerFields
            key={index}
            index={index}
            defaults={defaults.partners[index] ?? EMPTY_PARTNER}
            countries={options.countries}
            networks={options.networks}
            removable={partnerCount > 1}
            locale={locale}
          />
        ))}
        <p>
          <button type="button" className="secondary" onClick={() => setPartnerCount((n) => n + 1)}>
            + {t("fields.partners")}
          </button>
        </p>
      </fieldset>
      <TextField name="title" label={t("fields.title")} defaultValue={defaults.title} />
      <SelectField
        name="activityLevel"
        label={t("fields.activityLevel")}
        options={options.activityLevels}
        defaultValue={defaults.activityLevel}
        emptyLabel={t("fields.notGiven")}
      />
      <TextField
        name="startYear"
        label={t("fields.startYear")}
        defaultValue={defaults.startYear}
        inputMode="numeric"
      />
      <CheckboxGroup
        name="areaCodes"
        legend={t("fields.areaCodes")}
        options={options.areas}
        defaultValue={defaults.areaCodes}
      />
      <CheckboxGroup
        name="fundingCodes"
        legend={t("fields.fundingCodes")}
        options={options.funding}
        defaultValue={defaults.fundingCodes}
      />
      <TextArea
        name="decisionRefs"
        label={t("fields.decisionRefs")}
        hint={t("fields.decisionRefsHint")}
        defaultValue={defaults.decisionRefs.join("\n")}
      />
      <TextArea name="description" label={t("fields.description")} defaultValue={defaults.description} />
      <MemberPicker
        name="participantIds"
        label={t("fields.participantIds")}
        hint={t("fields.participantIdsHint")}
        searchHint={t("fields.participantSearchHint")}
        options={options.organisations}
        defaultValue={defaults.participantIds}
      />
    </ActionForm>
  );
}

/** The kind, and the type of "other" cooperation, which in the browser shows only for OTHER. */
function KindFields({
  options,
  defaults,
}: {
  options: PartnershipFormOptions;
  defaults: PartnershipFormDefaults;
}) {
  const t = useTranslations("manage");
  const { formId } = useFormContext();
  const submitted = useFieldValue("kind", defaults.kind);
  // A kind chosen before hydration is in the (uncontrolled) select already: start from it.
  const [kind, setKind] = useState(
    () =>
      (typeof document !== "undefined" &&
        (document.getElementById(`${formId}-kind`) as HTMLSelectElement | null)?.value) ||
      (typeof submitted === "string" && submitted ? submitted : defaults.kind),
  );
  const hydrated = useHydrated();
  return (
    <>
      <SelectField
        name="kind"
        label={t("fields.kind")}
        options={options.kinds}
        defaultValue={defaults.kind}
        onChange={setKind}
        required
      />
      {/* Only "other" cooperation has a type: in the browser the field shows for it alone (one
        Tab stop less); without JavaScript it is always there and the server reads it for OTHER. */}
      {!hydrated || kind === "OTHER" ? (
        <SelectField
          name="otherType"
          label={t("fields.otherType")}
          options={options.otherTypes}
          defaultValue={defaults.otherType}
          emptyLabel="–"
          required={hydrated}
        />
      ) : null}
    </>
  );
}
