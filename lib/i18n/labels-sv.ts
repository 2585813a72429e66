import type { ActivityLevel, OtherCooperationType, PartnershipKind } from "../generated/prisma/enums";

// The users' own Swedish terms for the domain's enumerations (docs/domain.md).
export const PARTNERSHIP_KIND_SV: Record<PartnershipKind, { singular: string; plural: string }> = {
  TWIN_TOWN: { singular: "Vänort", plural: "Vänorter" },
  MUNICIPAL_PARTNERSHIP: { singular: "Kommunalt partnerskap", plural: "Kommunala partnerskap" },
  OTHER: { singular: "Annat internationellt samarbete", plural: "Andra internationella samarbeten" },
};

export const OTHER_TYPE_SV: Record<OtherCooperationType, string> = {
  COOPERATION_AGREEMENT: "Samverkansavtal",
  PROJECT: "Projektsamarbete",
  NETWORK_MEMBERSHIP: "Nätverksmedlemskap",
  CROSS_BORDER: "Gränsöverskridande samarbete",
  OTHER: "Samarbete",
};

export const ACTIVITY_LEVEL_SV: Record<ActivityLevel, string> = {
  ACTIVE: "Aktiv",
  SPORADIC: "Sporadisk",
  DORMANT: "Vilande",
};

export const PARTNERSHIP_KIND_ORDER: PartnershipKind[] = ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"];
