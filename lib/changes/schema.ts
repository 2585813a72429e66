// What GET /api/v1/changes answers: each change with its public form after it (parsed through
// the API's own schemas, so nothing but public fields leaves).
import "zod-openapi";
import { z } from "zod";
import { organisationProfileSchema, partnershipSchema } from "../api/schemas";
import { CHANGE_KINDS } from "./kind";

const changeSchema = z
  .object({
    cursor: z.string().meta({ description: "Send it as since= to continue after this change" }),
    at: z.string().meta({ description: "When the change became public (ISO 8601, UTC)" }),
    entity: z.enum(["partnership", "organisation"]),
    id: z.string().meta({ description: "The partnership's id, or the member's code", example: "12" }),
    change: z.enum(CHANGE_KINDS).meta({
      description:
        "created: public for the first time (also when an import is reviewed or a member confirms); removed: no longer public (data is null); restored: public again",
    }),
    data: z.union([partnershipSchema, organisationProfileSchema]).nullable().meta({
      description: "The public form after the change: replace what you hold, or delete it when null",
    }),
  })
  .meta({ id: "Change" });

export const changePageSchema = z
  .object({
    changes: z.array(changeSchema),
    next: z.string().meta({ description: "The cursor to continue with (the same one when nothing was new)" }),
    more: z.boolean().meta({ description: "Whether more changes follow at once" }),
  })
  .meta({ id: "ChangePage" });

export type ChangePage = z.infer<typeof changePageSchema>;
