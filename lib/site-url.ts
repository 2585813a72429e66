import { env } from "./env";

/** The site's public address: SITE_URL, or this machine's port when it is unset (development). */
export function siteUrl(): URL {
  const { SITE_URL, PORT } = env();
  return new URL(SITE_URL ?? `http://localhost:${PORT}`);
}

/** A path of this site as a full address, for mail and anything else read outside the site. */
export const absoluteUrl = (path: string) => new URL(path, siteUrl()).href;
