import type { DbOrTx } from "../database/transaction";

/** GeoNames' key of a place's first-order division ("EE" + "18" → "EE.18"), or null without one. */
export function adminDivisionCode(countryCode: string, admin1Code: string | null): string | null {
  return admin1Code ? `${countryCode}.${admin1Code}` : null;
}

/** The region names of the given places, by division code (see prisma/seed/admin-divisions.ts). */
export async function adminDivisionNames(
  db: DbOrTx,
  places: { countryCode: string; admin1Code: string | null }[],
): Promise<Map<string, string>> {
  const codes = [...new Set(places.map((p) => adminDivisionCode(p.countryCode, p.admin1Code)))].filter(
    (c): c is string => c !== null,
  );
  if (!codes.length) return new Map();
  const rows = await db.adminDivision.findMany({ where: { code: { in: codes } } });
  return new Map(rows.map((r) => [r.code, r.name]));
}
