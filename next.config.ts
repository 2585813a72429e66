import type { NextConfig } from "next";
import { env } from "./lib/env";
import { MAX_IMPORT_REQUEST_BYTES } from "./lib/import/limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: env().NEXT_DIST_DIR,
  // The generated Prisma client and the pg driver run on the server only.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // The import's commit form carries the file back (base64) with a field per row: above the
  // default 1 MB. Larger posts to the import pages are turned away by proxy.ts with the form's
  // own message (lib/import/oversize-upload.ts).
  experimental: { serverActions: { bodySizeLimit: MAX_IMPORT_REQUEST_BYTES } },
};

export default nextConfig;
