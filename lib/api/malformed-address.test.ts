import { describe, expect, it } from "vitest";
import { isDecodablePath, malformedAddressProblem } from "./malformed-address";

describe("API addresses that cannot be decoded", () => {
  it("are told from encoded UTF-8", () => {
    for (const ok of [
      "/api/v1/partnerships/12",
      "/api/v1/places/%C3%A5",
      "/api/v1/bulk/a%20b",
      "/api/v1/x/%25",
    ])
      expect(isDecodablePath(ok)).toBe(true);
    for (const bad of [
      "/api/v1/partnerships/%E0%A4%A",
      "/api/v1/organisations/%ZZ",
      "/api/v1/places/%",
      "/api/v1/x/%C0%AF",
      "/api/v1/x/%FF",
    ])
      expect(isDecodablePath(bad)).toBe(false);
  });

  it("are answered with a 400 problem that says what is wrong", async () => {
    const response = malformedAddressProblem();
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).detail).toContain("percent-encoded UTF-8");
  });
});
