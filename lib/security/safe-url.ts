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
