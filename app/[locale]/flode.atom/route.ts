// GET /flode.atom (and /en/flode.atom): the registry's last public changes as an Atom feed.
import { registryFeed } from "@/lib/changes/feed-route";

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return registryFeed(request, params);
}
