// GET /robots.txt: everything public may be indexed except the API and search results.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = env().SITE_URL ?? `http://localhost:${env().PORT}`;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/sok", "/en/sok"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
