import type { Prisma } from "../generated/prisma/client";
import type { partnershipDetail } from "./queries";

/** A partnership with everything the public pages show about it. */
export type PartnershipWithDetail = Prisma.PartnershipGetPayload<{ include: typeof partnershipDetail }>;
