import { describe, expect, it } from "vitest";
import { clientAddressOf, normaliseAddress } from "./client-address";
import { clientAddress } from "./rate-limit";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("198.51.100.9", undefined, 0)).toBe("198.51.100.9");
    expect(clientAddressOf("198.51.100.9", "203.0.113.7", 0)).toBe("198.51.100.9");
    expect(clientAddressOf("::ffff:127.0.0.1", "203.0.113.7, 10.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressOf("::1", ["203.0.113.7", "10.0.0.1"], 0)).toBe("::1");
    expect(clientAddressOf(undefined, "203.0.113.7", 0)).toBe("unknown");
  });

  it("behind one trusted proxy is the entry that proxy appended, not what the client sent before it", () => {
    // The client sent "X-Forwarded-For: 192.0.2.66"; the proxy (10.0.0.2) appended 203.0.113.7.
    expect(clientAddressOf("10.0.0.2", "192.0.2.66, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
    // Several headers arrive joined, or as a list.
    expect(clientAddressOf("10.0.0.2", ["192.0.2.66", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies counts two entries from the right", () => {
    expect(clientAddressOf("10.0.0.3", "192.0.2.66, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry of a chain shorter than the proxies, and the peer for garbage", () => {
    expect(clientAddressOf("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.3", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "192.0.2.66, not-an-address", 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.2", "192.0.2.66, ", 1)).toBe("192.0.2.66");
  });

  it("reads addresses with ports, brackets and IPv4-mapped IPv6 as the plain address", () => {
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddressOf("10.0.0.2", "[2001:db8::1]:443", 1)).toBe("2001:db8::1");
  });

  it("is read back by the app from the X-Forwarded-For that scripts/serve.ts set", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
