/**
 * A web address stored for a member or a document, if it is safe to use as a link: http(s)
 * only. The forms already refuse anything else; this guards the links against rows written any
 * other way (a seed, a script, a future API), where `javascript:` or `data:` would run or show
 * content under the site's name when clicked.
 */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  try {
    const { protocol } = new URL(trimmed);
    return protocol === "http:" || protocol === "https:" ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * Where to send the browser after signing in or out (next-auth's `redirect` callback): the path of
 * `url` when it lies on `baseUrl`'s origin, else "/". A path, never an absolute address: the
 * origin next-auth passes comes from the request, and a redirect must not name any host.
 */
export function sitePath(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    if (target.origin !== base.origin) return "/";
    const path = `${target.pathname}${target.search}${target.hash}`;
    // "//evil.example" and "/\\evil.example" would be read by a browser as another host.
    return /^\/[/\\]/.test(path) ? "/" : path;
  } catch {
    return "/";
  }
}
