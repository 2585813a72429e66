// A form post to an import page larger than the server actions' body limit never reaches the
// action (Next answers it with its own error page). proxy.ts turns it away first, back to the
// page with the form's own "file too large" message (IMPORT_ERROR_PARAM), in the page's language.
import { IMPORT_ERROR_PARAM, MAX_IMPORT_REQUEST_BYTES } from "./limits";

/** The import pages, as locale-free paths: /hantera/import and everything under it. */
const IMPORT_PAGES = /^\/hantera\/import(\/|$)/;

/** The query string to send a too-large post back with, or null when the request may pass. */
export function oversizeImportQuery(
  method: string,
  pathWithoutLocale: string,
  contentLength: string | null,
): string | null {
  if (method !== "POST" || !IMPORT_PAGES.test(pathWithoutLocale)) return null;
  const length = Number(contentLength);
  return Number.isFinite(length) && length > MAX_IMPORT_REQUEST_BYTES
    ? `?${IMPORT_ERROR_PARAM}=file_too_large`
    : null;
}
