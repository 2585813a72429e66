// How large an import may be, in one module without server dependencies: the import handlers,
// the upload form in the browser, next.config.ts (the server actions body limit) and proxy.ts
// (the too-large answer without JavaScript) all read these.

/** The largest spreadsheet the import takes (a municipality's list is a few kilobytes). */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** The length of the file as the commit form carries it back (base64). */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/**
 * The largest request an import form sends: the commit form carries the file (base64) plus,
 * per row of the file, a ticked box and a chosen place (about 100 bytes each as multipart). A
 * 512 kB list of ordinary rows ("Umeå,Vasa,Finland,Vänort,1949") has at most about 16 000 rows.
 */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BASE64_LENGTH + 16_000 * 2 * 128 + 64 * 1024;

/** The query parameter the import pages show an error code from (set by proxy.ts). */
export const IMPORT_ERROR_PARAM = "fel";
