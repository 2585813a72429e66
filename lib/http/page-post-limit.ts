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

/**
 * The longest query string a page takes. Next echoes a rewritten page's whole address in a
 * response header (x-middleware-rewrite), so a query near the server's 16 kB request-header
 * limit gave an answer whose headers HTTP clients refuse to read. No filter needs a fraction of this.
 */
const MAX_PAGE_QUERY_LENGTH = 8 * 1024;

export const isTooLongQuery = (search: string) => search.length > MAX_PAGE_QUERY_LENGTH;

const MESSAGES = {
  414: {
    sv: `Adressen är för lång: frågedelen får vara högst ${MAX_PAGE_QUERY_LENGTH} tecken.`,
    en: `The address is too long: its query may be at most ${MAX_PAGE_QUERY_LENGTH} characters.`,
  },
  400: {
    sv: "Formuläret kunde inte läsas. Ladda om sidan och skicka det igen.",
    en: "The form could not be read. Reload the page and send it again.",
  },
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

/**
 * Whether a multipart post is no readable form. Next takes any multipart post to a page for a
 * form's server action and answered one it could not parse with a 500. The proxy sees the body
 * Next has already buffered (within the limit above), so reading a copy costs no extra upload.
 */
export async function isUnreadableForm(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !/^multipart\/form-data/i.test(request.headers.get("content-type") ?? ""))
    return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export function pagePostRefusalResponse(status: 400 | 411 | 413 | 414, locale: Locale): Response {
  return new Response(`${MESSAGES[status][locale]}\n`, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "close",
    },
  });
}
