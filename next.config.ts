import type { NextConfig } from "next";
import { env } from "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: env().NEXT_DIST_DIR,
  // The generated Prisma client and the pg driver run on the server only.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
