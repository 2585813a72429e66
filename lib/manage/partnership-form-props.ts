// What the partnership form needs from the server: labelled choices and a partnership's values.
import { adminDivisionCode } from "../geocoding/admin-divisions";
import type { Locale } from "../i18n/config";
import type { RootTranslator } from "../i18n/keys";
import { localisedName } from "../i18n/localised";
import type { PartnershipWithDetail } from "../partnerships/types";
import { ACTIVITY_LEVELS, OTHER_COOPERATION_TYPES, PARTNERSHIP_KINDS } from "../database/enums";
import type { partnershipFormChoices } from "./queries";

export function partnershipFormOptions(
  t: RootTranslator,
  choices: Awaited<ReturnType<typeof partnershipFormChoices>>,
) {
  return {
    ...choices,
    kinds: PARTNERSHIP_KINDS.map((value) => ({
      value,
      label: t(`kind.${value}.singular`),
    })),
    otherTypes: OTHER_COOPERATION_TYPES.map((value) => ({ value, label: t(`otherType.${value}`) })),
    activityLevels: ACTIVITY_LEVELS.map((value) => ({
      value,
      label: t(`activity.${value}`),
    })),
  };
}

/** A new partnership's starting values: a twin town of this organisation. */
export function newPartnershipDefaults(organisationId: number) {
  return {
    kind: "TWIN_TOWN",
    otherType: null,
    title: null,
    activityLevel: null,
    startYear: null,
    description: null,
    decisionRefs: [],
    areaCodes: [],
    fundingCodes: [],
    participantIds: [String(organisationId)],
    partners: [],
  };
}

/** `regionNames`: the places' region names by division code (lib/geocoding/admin-divisions.ts). */
export function partnershipDefaults(
  p: PartnershipWithDetail,
  locale: Locale,
  regionNames: Map<string, string> = new Map(),
) {
  return {
    kind: p.kind,
    otherType: p.otherType,
    title: p.title,
    activityLevel: p.activityLevel,
    startYear: p.startYear,
    description: p.description,
    decisionRefs: p.decisionRefs,
    areaCodes: p.areas.map((a) => a.areaCode),
    fundingCodes: p.fundingForms.map((f) => f.fundingFormCode),
    participantIds: p.participants.map((x) => String(x.organisationId)),
    partners: p.partners.map((x) => ({
      type: x.type,
      place: x.place
        ? {
            id: x.place.id,
            name: x.place.name,
            countryCode: x.place.countryCode,
            countryName: localisedName(x.place.country, locale),
            admin1Code: x.place.admin1Code,
            admin1Name:
              regionNames.get(adminDivisionCode(x.place.countryCode, x.place.admin1Code) ?? "") ?? null,
            population: x.place.population,
            latitude: x.place.latitude,
            longitude: x.place.longitude,
          }
        : null,
      countryCode: x.countryCode,
      networkId: x.networkId,
      name: x.name,
    })),
  };
}
