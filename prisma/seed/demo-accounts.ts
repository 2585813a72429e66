// Demo accounts for trying the signed-in area (README lists them). Synthetic people with
// published passwords: never created when NODE_ENV=production unless ALLOW_DEMO_ACCOUNTS=true.
import { recordAudit, SEED_ACTOR } from "../../lib/audit/record";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/database/client";
import { env } from "../../lib/env";

export const DEMO_ACCOUNTS = [
  {
    email: "admin@example.org",
    name: "Demo Administratör (SKR)",
    role: "ADMINISTRATOR",
    password: "demo-admin-password",
    organisationCodes: [],
  },
  {
    email: "umea@example.org",
    name: "Demo Handläggare Umeå",
    role: "OFFICER",
    password: "demo-umea-password",
    organisationCodes: ["2480"],
  },
  {
    email: "solleftea@example.org",
    name: "Demo Handläggare Sollefteå",
    role: "OFFICER",
    password: "demo-solleftea-password",
    organisationCodes: ["2283"],
  },
] as const;

function demoAccountsAllowed(config = env()) {
  return config.NODE_ENV !== "production" || config.ALLOW_DEMO_ACCOUNTS === "true";
}

export async function seedDemoAccounts(db: Database, log: (message: string) => void) {
  if (!demoAccountsAllowed()) {
    log("Seeding: no demo accounts (NODE_ENV=production; set ALLOW_DEMO_ACCOUNTS=true to create them)");
    return;
  }
  for (const account of DEMO_ACCOUNTS) {
    const organisations = await db.organisation.findMany({
      where: { code: { in: [...account.organisationCodes] } },
      select: { id: true },
    });
    const user = await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        assignments: { create: organisations.map((o) => ({ organisationId: o.id })) },
      },
      select: { id: true, email: true, name: true, role: true, active: true },
    });
    await recordAudit(db, SEED_ACTOR, {
      entityType: "User",
      entityId: user.id,
      action: "CREATE",
      after: { ...user, organisationIds: organisations.map((o) => o.id) },
    });
  }
}
