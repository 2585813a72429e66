// Which address a request comes from, for the sign-in limits (lib/auth/rate-limit.ts).
//
// Next.js gives route handlers and server actions no socket address: its server only fills in
// X-Forwarded-For from the socket when the request has none, so a client that sends its own
// header chooses its address. scripts/serve.ts therefore decides the address here, from the
// socket and TRUSTED_PROXY_HOPS, and replaces X-Forwarded-For with it before Next sees the
// request. With no trusted proxy (0, the default) the header is ignored: the socket's peer is
// the client. With N reverse proxies in front, each appending the address it saw, the client is
// the N-th entry from the right of "X-Forwarded-For, socket address"; entries further left are
// whatever the client sent and are never believed. The app's port must then be reachable only
// through those proxies.
import { isIP } from "node:net";

/** "::ffff:192.0.2.1" → "192.0.2.1", "[2001:db8::1]:443" → "2001:db8::1", "192.0.2.1:8080" → "192.0.2.1". */
export function normaliseAddress(value: string): string {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1]!;
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return address.toLowerCase();
}

/**
 * The client's address: the socket's peer when no proxy is trusted, else the entry that the
 * farthest trusted proxy appended. A chain shorter than the proxies configured (a request that
 * did not pass through them all) yields its leftmost entry; an entry that is not an IP address
 * yields the socket's peer, which is at least real. "unknown" when the socket is gone.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxyHops: number,
): string {
  const peer = socketAddress ? normaliseAddress(socketAddress) : "unknown";
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  const chosen = normaliseAddress(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!);
  return isIP(chosen) ? chosen : peer;
}
