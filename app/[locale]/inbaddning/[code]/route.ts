// GET /inbaddning/{kommunkod or region code} (and /en/…): a member's current twin towns and other
// cooperation as a small self-contained page for an iframe on the member's own website.
// proxy.ts lets any site frame it (frame-ancestors *); it sets no cookie and runs no script.
import { CACHE_CONTROL } from "@/lib/api/http";
import { db } from "@/lib/db";
import { embedAnswer } from "@/lib/embed/page";
import { localeOf } from "@/lib/i18n/server";

type Context = { params: Promise<{ locale: string; code: string }> };

export async function GET(request: Request, { params }: Context) {
  const locale = await localeOf(params);
  const { code } = await params;
  const { status, body, etag } = await embedAnswer(db(), code, locale, new URL(request.url).searchParams);
  const headers = {
    "Content-Type": "text/html; charset=utf-8",
    // Revalidated on every view: the ETag changes with the registry's data, so an edit shows at once.
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
  };
  const match = request.headers.get("if-none-match");
  if (status === 200 && match?.split(",").some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status, headers });
}
