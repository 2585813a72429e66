// GET /api/places?q=&country=&locale=: the gazetteer type-ahead of the partnership form, for signed-in users.
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { problem } from "@/lib/api/problem";
import { searchPlaceOptions } from "@/lib/manage/place-options";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!(await getCurrentUser())) return problem(401, "Unauthorized", "Sign in to search the gazetteer.");
  const url = new URL(request.url);
  const country = url.searchParams.get("country") ?? "";
  if (country && !/^[A-Za-z]{2}$/.test(country))
    return problem(400, "Bad Request", "country must be a two-letter ISO code.");
  const places = await searchPlaceOptions(db(), url.searchParams.get("q") ?? "", {
    countryCode: country || undefined,
    locale: url.searchParams.get("locale") === "en" ? "en" : "sv",
  });
  return Response.json({ places }, { headers: { "Cache-Control": "private, no-store" } });
}
