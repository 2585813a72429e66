import { describe, expect, it } from "vitest";
import { MAX_PAGE_POST_BYTES, pagePostRefusal, pagePostRefusalResponse } from "./page-post-limit";

describe("posts to pages", () => {
  it("pass with a Content-Length within the server actions' limit", () => {
    expect(pagePostRefusal("POST", "1200")).toBeNull();
    expect(pagePostRefusal("POST", String(MAX_PAGE_POST_BYTES))).toBeNull();
    expect(pagePostRefusal("GET", null)).toBeNull();
  });

  it("are refused without a length (chunked) with 411 and above the limit with 413", () => {
    expect(pagePostRefusal("POST", null)).toBe(411);
    expect(pagePostRefusal("POST", "-5")).toBe(411);
    expect(pagePostRefusal("POST", String(MAX_PAGE_POST_BYTES + 1))).toBe(413);
    expect(pagePostRefusal("POST", "400000000")).toBe(413);
  });

  it("are told why in the page's language", async () => {
    const sv = pagePostRefusalResponse(413, "sv");
    expect(sv.status).toBe(413);
    expect(await sv.text()).toContain("för stor");
    expect(await pagePostRefusalResponse(411, "en").text()).toContain("no Content-Length");
  });
});
