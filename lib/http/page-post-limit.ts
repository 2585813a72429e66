// Posts to pages are server actions (forms, with or without JavaScript), whose bodies Next
// bounds by serverActions.bodySizeLimit (next.config.ts) while reading: a chunked 400 MB post
// leaves the server's memory flat (tests/e2e/request-limits.spec.ts). But Next answers the
// overflow with a 500, only after the whole body has arrived. Browsers always send a
// Content-Length with a form or an action, so proxy.ts answers here first: 411 without a
// length (chunked), 413 above the limit, before anything is read. No server dependencies.
import type { Locale } from "../i18n/config";
import { MAX_IMPORT_REQUEST_BYTES } from "../import/limits";

/** The largest body a page accepts: the server actions' limit (the import commit form is the largest). */
export const MAX_PAGE_POST_BYTES = MAX_IMPORT_REQUEST_BYTES;

const MESSAGES = {
  411: {
    sv: "Förfrågan saknar Content-Length. Skicka formuläret från webbläsaren igen.",
    en: "The request has no Content-Length. Send the form from the browser again.",
  },
  413: {
    sv: `Förfrågan är för stor: högst ${MAX_PAGE_POST_BYTES} byte.`,
    en: `The request is too large: at most ${MAX_PAGE_POST_BYTES} bytes.`,
  },
} as const;

/** The status to refuse a post to a page with, or null when its body may be read. */
export function pagePostRefusal(method: string, contentLength: string | null): 411 | 413 | null {
  if (method !== "POST") return null;
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return 411;
  return Number(contentLength) > MAX_PAGE_POST_BYTES ? 413 : null;
}

export function pagePostRefusalResponse(status: 411 | 413, locale: Locale): Response {
  return new Response(`${MESSAGES[status][locale]}\n`, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "close",
    },
  });
}
