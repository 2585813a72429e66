import type { NextConfig } from "next";
import { env } from "./lib/env";
import { MAX_IMPORT_REQUEST_BYTES } from "./lib/import/limits";
import {
  COMMON_SECURITY_HEADERS,
  RESOURCE_CONTENT_SECURITY_POLICY,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/security/headers";

/** Files served without proxy.ts (its matcher in proxy.ts leaves out the same extensions). */
const STATIC_FILE_EXTENSIONS = "txt|xml|ico|png|jpe?g|svg|webp|geojson|topojson|woff2?|css|js|map";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: env().NEXT_DIST_DIR,
  // The generated Prisma client and the pg driver run on the server only.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // The import's commit form carries the file back (base64) with a field per row: above the
  // default 1 MB. Larger posts to the import pages are turned away by proxy.ts with the form's
  // own message (lib/import/oversize-upload.ts).
  experimental: { serverActions: { bodySizeLimit: MAX_IMPORT_REQUEST_BYTES } },
  // Security headers on every answer, the API and static files included (proxy.ts does not see
  // those). Pages pass through proxy.ts, whose per-request policy with a nonce replaces this
  // resource policy (lib/security/headers.ts).
  async headers() {
    const common = Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      {
        source: "/:path*",
        headers: [...common, { key: "Content-Security-Policy", value: RESOURCE_CONTENT_SECURITY_POLICY }],
      },
      // Behind a TLS-terminating proxy, for what proxy.ts does not see: the API, Next's files and
      // public/. A static rule cannot know TRUSTED_PROXY_HOPS, but browsers ignore HSTS that comes
      // over plain http, so a forged header gains nothing. Pages (everything proxy.ts sees) ask for
      // HSTS only when a trusted proxy says https (lib/security/forwarded.ts).
      ...["/api/:path*", "/_next/:path*", `/:file(.*\\.(?:${STATIC_FILE_EXTENSIONS}))`].map((source) => ({
        source,
        has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      })),
    ];
  },
};

export default nextConfig;
