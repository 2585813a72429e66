// The site's security headers, built in one place: proxy.ts sends the per-request page headers
// (a Content-Security-Policy with a fresh nonce), next.config.ts the fixed ones that also cover the
// API and static files, which the proxy does not see. Pure functions: lib/security/headers.test.ts.

/** Request header in which proxy.ts passes the nonce on to the page (Next's documented name). */
export const NONCE_HEADER = "x-nonce";

/** A fresh, unpredictable nonce for one response: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PagePolicyOptions = {
  nonce: string;
  /** MAP_TILE_URL, when set: its host may serve the map's tile images. */
  tileUrl?: string;
  /** Origins a form may lead to besides this site (the OpenID issuer of "Sign in with Microsoft"). */
  formActionOrigins?: string[];
  /**
   * Who may frame the page. "'none'" everywhere today; a later embeddable page would pass the
   * origins allowed to embed it (e.g. "https:" or a list), and then gets no X-Frame-Options.
   */
  frameAncestors?: string;
  /** Requested over https: adds upgrade-insecure-requests (over http it would break every asset). */
  https?: boolean;
  /** `next dev` evaluates code for its error overlay and talks to its server over a WebSocket. */
  development?: boolean;
};

const NO_FRAMING = "'none'";

/**
 * The page policy, after Next's "CSP with a nonce" recipe. Scripts run only with this response's
 * nonce; 'strict-dynamic' lets those scripts load Next's chunks (and Leaflet's) without a host
 * list. Styles allow 'unsafe-inline': Leaflet positions its panes and tooltips with inline styles
 * and React renders style attributes (the map legend's colour boxes); a style cannot run code.
 */
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const { nonce, development = false } = options;
  const tileOrigin = options.tileUrl ? tileSource(options.tileUrl) : undefined;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...(tileOrigin ? [tileOrigin] : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...(options.formActionOrigins ?? [])],
    ["frame-ancestors", options.frameAncestors ?? NO_FRAMING],
  ];
  if (options.https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * For everything that is not a page (API answers, static files): nothing may load or run, and
 * nothing may frame it. An SVG or JSON opened directly is then inert.
 */
export const RESOURCE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Two years; browsers ignore it over plain http. Not includeSubDomains: the host's owner decides that. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/** Headers for every answer, pages and API and static files alike. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Features the site never uses, switched off for it and anything it might embed.
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** The response headers of a page: the common ones, the nonce policy, HSTS over https. */
export function pageSecurityHeaders(options: PagePolicyOptions): Record<string, string> {
  const framing = options.frameAncestors ?? NO_FRAMING;
  return {
    ...COMMON_SECURITY_HEADERS,
    "Content-Security-Policy": pageContentSecurityPolicy(options),
    // For browsers without frame-ancestors; an embeddable page must not send it.
    ...(framing === NO_FRAMING ? { "X-Frame-Options": "DENY" } : {}),
    ...(options.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/**
 * The CSP source of a tile URL template: its scheme and host, a `{s}` subdomain placeholder as a
 * wildcard ("https://{s}.tile.example/{z}/{x}/{y}.png" → "https://*.tile.example").
 */
export function tileSource(tileUrl: string): string | undefined {
  // Only a plain host name and port: anything else (";", spaces) could add directives.
  const match = /^(https?):\/\/([a-z0-9.{}-]+(?::\d+)?)(?:[/?#]|$)/i.exec(tileUrl);
  if (!match) return undefined;
  const labels = match[2]!.toLowerCase().split(".");
  const lastTemplated = labels.findLastIndex((label) => label.includes("{"));
  const kept = lastTemplated < 0 ? labels : ["*", ...labels.slice(lastTemplated + 1)];
  return `${match[1]!.toLowerCase()}://${kept.join(".")}`;
}
