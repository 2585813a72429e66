// The embeddable list's addresses, apart from everything else so that proxy.ts imports only this.

/** The embeddable page's path (Swedish at the root, English under /en, as every page). */
export const EMBED_PATH = "/inbaddning";

/** Who may frame the embeddable pages: any site (every other page answers frame-ancestors 'none'). */
export const EMBED_FRAME_ANCESTORS = "*";

/** Whether a locale-free path is one of the embeddable pages (proxy.ts relaxes framing for them). */
export const isEmbedPath = (path: string) => path.startsWith(`${EMBED_PATH}/`);

/** A member's code in the URL: a kommunkod (4 digits) or a county code of a region (2 digits). */
export const MEMBER_CODE = /^(?:\d{4}|\d{2})$/;
