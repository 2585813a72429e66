import { createPrismaClient } from "../../lib/database/client";
import { seedAdminDivisions } from "./admin-divisions";
import { seedAdminUnits } from "./admin-units";
import { seedCatalogues } from "./catalogues";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDocumentFacts } from "./documents";
import { seedGazetteer } from "./gazetteer";
import { seedCountiesAndOrganisations } from "./organisations";
import { seedCountries } from "./world";

/**
 * Loads reference data, the gazetteer and the documents' facts into an empty, migrated
 * database. Does nothing when the database already holds organisations.
 */
export async function seedIfEmpty(databaseUrl: string, log: (message: string) => void = console.log) {
  const db = createPrismaClient(databaseUrl);
  try {
    if ((await db.organisation.count()) > 0) {
      const added = await seedAdminDivisions(db);
      if (added) log(`Seeding: ${added} GeoNames region names`);
      const units = await seedAdminUnits(databaseUrl);
      if (units.loaded) log(`Seeding: ${units.loaded} GeoNames administrative divisions as places`);
      return false;
    }
    const started = Date.now();
    log("Seeding: counties, kommuner and regions");
    await seedCountiesAndOrganisations(db);
    log("Seeding: countries and ICLD eligibility");
    await seedCountries(db);
    log("Seeding: areas, funding forms, kommungrupper, EU offices, networks");
    await seedCatalogues(db);
    log("Seeding: GeoNames gazetteer (about 200,000 places)");
    const { loaded, skipped } = await seedGazetteer(databaseUrl);
    log(`Seeding: ${loaded} places loaded${skipped ? `, ${skipped} skipped (unknown country code)` : ""}`);
    log(`Seeding: ${await seedAdminDivisions(db)} GeoNames region names`);
    const units = await seedAdminUnits(databaseUrl);
    log(
      `Seeding: ${units.loaded} GeoNames administrative divisions as places (${units.skipped} left out: no place in cities500, Swedish, or named like a town)`,
    );
    log("Seeding: partnerships and policies from the source documents");
    await seedDocumentFacts(db);
    log("Seeding: demo accounts");
    await seedDemoAccounts(db, log);
    log(`Seeding done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } finally {
    await db.$disconnect();
  }
}
