import type { PartnershipKind } from "../generated/prisma/enums";

/** The report's order of the three kinds, used wherever they are listed. */
export const PARTNERSHIP_KINDS: PartnershipKind[] = ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"];
