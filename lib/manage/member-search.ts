// The administrator's search over the 310 members (/hantera) and the open round's
// non-responders (/hantera/inventering): by name, county, kind, whether the member has an
// officer account, whether it has answered the open round. The filters live in the URL (a GET
// form, so it works without JavaScript and a filtered list can be bookmarked); the 310 rows are
// read once and filtered here, which lets "umea" find "Umeå kommun" (accent-folded names).
import type { DbOrTx } from "../database/transaction";
import type { OrganisationKind } from "../generated/prisma/enums";
import { normalizeName } from "../text/normalize";

/** The URL's parameter names (Swedish, like the directory's: lib/directory/types.ts). */
export const MEMBER_PARAMS = {
  query: "q",
  county: "lan",
  kind: "medlem",
  officer: "handlaggare",
  responded: "svarat",
} as const;

const KINDS = { kommun: "MUNICIPALITY", region: "REGION" } as const satisfies Record<
  string,
  OrganisationKind
>;
const YES_NO = { ja: true, nej: false } as const;
const MAX_QUERY = 100;

export type MemberFilters = {
  query: string;
  county: string | null;
  kind: OrganisationKind | null;
  /** Has at least one active officer account (true), none (false), either (null). */
  officer: boolean | null;
  /** Has answered the open round (true), not yet (false), either (null; also when no round is open). */
  responded: boolean | null;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The counties to filter by (code and name). */
export function memberSearchCounties(db: DbOrTx) {
  return db.county.findMany({ select: { code: true, name: true } });
}

/** The filters in a URL. Tolerant: an unknown value is no filter (links outlive what they name). */
export function parseMemberFilters(params: Params): MemberFilters {
  const county = first(params[MEMBER_PARAMS.county]).trim();
  const pick = <T>(values: Record<string, T>, key: string): T | null =>
    Object.hasOwn(values, key) ? values[key]! : null;
  return {
    query: first(params[MEMBER_PARAMS.query]).trim().slice(0, MAX_QUERY),
    county: /^\d{2}$/.test(county) ? county : null,
    kind: pick(KINDS, first(params[MEMBER_PARAMS.kind]).toLowerCase()),
    officer: pick(YES_NO, first(params[MEMBER_PARAMS.officer]).toLowerCase()),
    responded: pick(YES_NO, first(params[MEMBER_PARAMS.responded]).toLowerCase()),
  };
}

/** The URL values of a filter's choices, for the form's options. */
export const KIND_PARAM_VALUES = Object.keys(KINDS) as (keyof typeof KINDS)[];
export const kindParamOf = (kind: OrganisationKind | null) =>
  (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k] === kind) ?? "";
export const yesNoParamOf = (value: boolean | null) => (value === null ? "" : value ? "ja" : "nej");

export type MemberRow = {
  id: number;
  code: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  county: { code: string; name: string };
  /** The member's active officer accounts: the administrator's contacts for a reminder. */
  officers: { name: string; email: string }[];
  /** The member's public contact address (its profile), for a member without officer accounts. */
  contactEmail: string | null;
  /** Answered the open round; null when no round is open. */
  responded: boolean | null;
};

/** Every member, in Swedish collation (the name column's sv-x-icu collation), for the administrator. */
export async function loadMemberRows(db: DbOrTx, openRoundId: number | null): Promise<MemberRow[]> {
  const rows = await db.organisation.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      slug: true,
      kind: true,
      contactEmail: true,
      county: { select: { code: true, name: true } },
      officers: {
        where: { user: { active: true, role: "OFFICER" } },
        select: { user: { select: { name: true, email: true } } },
        orderBy: { user: { email: "asc" } },
      },
      inventoryResponses: { where: { roundId: openRoundId ?? -1 }, select: { roundId: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ officers, inventoryResponses, ...row }) => ({
    ...row,
    officers: officers.map((o) => o.user),
    responded: openRoundId === null ? null : inventoryResponses.length > 0,
  }));
}

/** The rows the filters select, in the order given. The name matches anywhere, accents folded. */
export function filterMemberRows(rows: MemberRow[], filters: MemberFilters): MemberRow[] {
  const query = normalizeName(filters.query);
  return rows.filter(
    (row) =>
      (query === "" || normalizeName(row.name).includes(query) || row.code === filters.query) &&
      (filters.county === null || row.county.code === filters.county) &&
      (filters.kind === null || row.kind === filters.kind) &&
      (filters.officer === null || row.officers.length > 0 === filters.officer) &&
      (filters.responded === null || row.responded === null || row.responded === filters.responded),
  );
}
