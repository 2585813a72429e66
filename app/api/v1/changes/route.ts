// GET /api/v1/changes?since=&antal=: every public change (partnerships and member profiles) in order, after an opaque cursor.
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { decodeCursor } from "@/lib/changes/cursor";
import { DEFAULT_CHANGE_PAGE, listChanges, MAX_CHANGE_PAGE } from "@/lib/changes/list";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const rawSince = url.searchParams.get("since");
  const since = rawSince === null ? 0n : decodeCursor(rawSince);
  if (since === null)
    return problem(
      400,
      "Bad Request",
      "since= must be a cursor this API handed out (a change's cursor or a page's next); leave it out to start from the beginning.",
      url.pathname,
    );
  const rawSize = url.searchParams.get("antal");
  const size = rawSize === null ? DEFAULT_CHANGE_PAGE : Number(rawSize);
  if (!/^\d{1,3}$/.test(rawSize ?? "1") || !Number.isInteger(size) || size < 1 || size > MAX_CHANGE_PAGE)
    return problem(
      400,
      "Bad Request",
      `antal= must be a whole number from 1 to ${MAX_CHANGE_PAGE}.`,
      url.pathname,
    );
  return jsonWithEtag(request, await listChanges(db(), since, size));
}
