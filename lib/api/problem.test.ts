import { describe, expect, it } from "vitest";
import { problem } from "./problem";

describe("problem", () => {
  it("answers RFC 9457 problem details with the status it names", async () => {
    const response = problem(404, "Not Found", "No kommun has the code 9999.", "/api/v1/municipalities/9999");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      status: 404,
      title: "Not Found",
      detail: "No kommun has the code 9999.",
      instance: "/api/v1/municipalities/9999",
    });
  });
});
