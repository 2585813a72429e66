import { describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS } from "./availability";
import { BUSY_RETRY_AFTER_SECONDS, busyResponse, unavailableResponse } from "./outage-response";

describe("unavailableResponse", () => {
  it("answers pages with a 503 page in the visitor's language and Retry-After", async () => {
    const swedish = unavailableResponse("/kommuner");
    expect(swedish.status).toBe(503);
    expect(swedish.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(swedish.headers.get("cache-control")).toBe("no-store");
    expect(swedish.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await swedish.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("<h1>Tjänsten är tillfälligt otillgänglig</h1>");
    expect(html).toContain('<a href="/kommuner">Försök igen</a>');

    const english = await unavailableResponse("/en/kommun/umea").text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("<h1>The service is temporarily unavailable</h1>");
  });

  it("escapes the address it links back to", async () => {
    const html = await unavailableResponse('/sok/"><script>alert(1)</script>').text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });

  it("answers the API with an RFC 9457 problem and the health check with its JSON", async () => {
    const api = unavailableResponse("/api/v1/organisations");
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    expect(api.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await api.json()).toMatchObject({
      type: "about:blank",
      status: 503,
      title: "Service Unavailable",
      instance: "/api/v1/organisations",
    });

    const health = unavailableResponse("/api/health");
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await health.json()).toEqual({ status: "unavailable", database: "unreachable" });
  });
});

describe("busyResponse", () => {
  it("answers 503 with Retry-After: a page in the visitor's language, a problem for the API", async () => {
    const english = busyResponse("/en/samarbeten");
    expect(english.status).toBe(503);
    expect(english.headers.get("retry-after")).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    const html = await english.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("more visitors right now than it can answer");
    expect(await busyResponse("/kommuner").text()).toContain("fler besökare än det hinner svara");
    const api = busyResponse("/api/v1/partnerships");
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect(await api.json()).toMatchObject({ status: 503, instance: "/api/v1/partnerships" });
  });
});
