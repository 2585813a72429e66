// The schema's enumerations as lists, in the schema's order (which is the survey report's
// order), derived from the enums Prisma generates from prisma/schema.prisma: a value added
// there reaches every list, filter, form and validator at once.
import {
  ActivityLevel,
  CoordinationForm,
  OrganisationKind,
  OtherCooperationType,
  PartnershipKind,
  Role,
  VerificationState,
  WorldRegion,
} from "../generated/prisma/enums";

/** An enum's values as a non-empty tuple, the shape `z.enum` takes. */
const valuesOf = <E extends Record<string, string>>(values: E) =>
  Object.values(values) as [E[keyof E], ...E[keyof E][]];

export const MEMBER_KINDS = valuesOf(OrganisationKind);
export const PARTNERSHIP_KINDS = valuesOf(PartnershipKind);
export const OTHER_COOPERATION_TYPES = valuesOf(OtherCooperationType);
export const ACTIVITY_LEVELS = valuesOf(ActivityLevel);
export const VERIFICATION_STATES = valuesOf(VerificationState);
export const WORLD_REGIONS = valuesOf(WorldRegion);
export const COORDINATION_FORMS = valuesOf(CoordinationForm);
export const ROLES = valuesOf(Role);
