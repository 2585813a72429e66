// GET /kommun/{slug}/flode.atom (and /en/…): one kommun's last public changes as an Atom feed.
import { memberFeed } from "@/lib/changes/feed-route";

export function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return memberFeed(request, params, "MUNICIPALITY");
}
