// GET /robots.txt: everything public may be indexed except the API and search results.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl().origin;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/sok", "/en/sok"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
