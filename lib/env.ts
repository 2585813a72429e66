import path from "node:path";
import { z } from "zod";

// Every environment variable the application reads, validated once. README lists them.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** A PostgreSQL server to use. When unset, an embedded PostgreSQL is started. */
    DATABASE_URL: z.string().url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Connections each app server process keeps to PostgreSQL at most (lib/database/client.ts). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Requests each app server process lets into the app at once; more wait, then get 503 (scripts/serve.ts). */
    MAX_ACTIVE_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(40),
    /** Memory for rendered public pages per app server process, in MB (scripts/serve.ts); 0 switches the page cache off. */
    PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4_096).default(64),
    /** Data directory of the embedded PostgreSQL. */
    EMBEDDED_POSTGRES_DIR: z.string().default(path.join(process.cwd(), ".data", "postgres")),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(25432),
    /** Where `next build` writes; the benchmark builds into its own folder. */
    NEXT_DIST_DIR: z.string().default(".next"),
    /** The public address of the site, for absolute links. */
    SITE_URL: z.string().url().optional(),
    /** Signs the session cookies. `npm start` creates one in .data for the embedded setup; required otherwise. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** Optional OpenID Connect sign-in with Microsoft Entra ID: all three switch it on. */
    AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
    /** e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 */
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().url().optional(),
    /** Reverse proxies in front of the app that append to X-Forwarded-For (lib/auth/client-address.ts); 0: the socket's peer is the client. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** "true" lets the seed create the demo accounts even when NODE_ENV=production. */
    ALLOW_DEMO_ACCOUNTS: z.enum(["true", "false"]).default("false"),
    /** Optional raster tiles under the map's offline basemap ("https://…/{z}/{x}/{y}.png"); unset: none, no request leaves the site. */
    MAP_TILE_URL: z
      .string()
      .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, "needs {z}, {x} and {y}")
      .optional(),
    /** The tiles' attribution, required with MAP_TILE_URL ("© OpenStreetMap contributors"). */
    MAP_TILE_ATTRIBUTION: z.string().min(1).optional(),
    /** An SMTP server for invitation mail ("smtps://user:password@mail.example.org:465"); unset: links are only shown and logged. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, "must be an smtp:// or smtps:// address")
      .optional(),
    /** The sender of that mail ("Vänortsregistret <noreply@example.org>"), required with SMTP_URL. */
    MAIL_FROM: z.string().min(3).optional(),
  })
  .refine((e) => !e.MAP_TILE_URL || e.MAP_TILE_ATTRIBUTION, {
    path: ["MAP_TILE_ATTRIBUTION"],
    message: "is required with MAP_TILE_URL",
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, { path: ["MAIL_FROM"], message: "is required with SMTP_URL" })
  // Links in mail come from SITE_URL, never from a request's Host header, which a client chooses.
  .refine((e) => !e.SMTP_URL || e.SITE_URL, {
    path: ["SITE_URL"],
    message: "is required with SMTP_URL (mailed links need the public address)",
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validates a set of variables; an empty variable (DATABASE_URL=) counts as unset. */
export function parseEnv(variables: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return parsed.data;
}

export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
