import { describe, expect, it } from "vitest";
import {
  MAX_PAGE_POST_BYTES,
  isTooLongQuery,
  isUnreadableForm,
  pagePostRefusal,
  pagePostRefusalResponse,
} from "./page-post-limit";

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

  it("are refused as unreadable only when a multipart body is no form", async () => {
    const post = (body: BodyInit, type: string) =>
      new Request("http://localhost/samarbeten", { method: "POST", body, headers: { "content-type": type } });
    const form = new FormData();
    form.append("title", "Vänort");
    expect(await isUnreadableForm(new Request("http://localhost/x", { method: "POST", body: form }))).toBe(
      false,
    );
    expect(await isUnreadableForm(post("junk", "multipart/form-data; boundary=x"))).toBe(true);
    expect(await isUnreadableForm(post("junk", "text/plain"))).toBe(false);
    expect(await isUnreadableForm(new Request("http://localhost/x"))).toBe(false);
  });

  it("and addresses with a query longer than any filter needs are refused", async () => {
    expect(isTooLongQuery(`?${"typ=vanort&".repeat(100)}`)).toBe(false);
    expect(isTooLongQuery(`?${"typ=vanort&".repeat(1000)}`)).toBe(true);
    expect(pagePostRefusalResponse(414, "sv").status).toBe(414);
  });

  it("are told why in the page's language", async () => {
    const sv = pagePostRefusalResponse(413, "sv");
    expect(sv.status).toBe(413);
    expect(await sv.text()).toContain("för stor");
    expect(await pagePostRefusalResponse(411, "en").text()).toContain("no Content-Length");
  });
});
