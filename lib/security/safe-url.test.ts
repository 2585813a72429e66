import { describe, expect, it } from "vitest";
import { safeWebUrl, sitePath } from "./safe-url";

describe("safeWebUrl", () => {
  it("keeps http and https addresses", () => {
    expect(safeWebUrl("https://www.umea.se/internationellt")).toBe("https://www.umea.se/internationellt");
    expect(safeWebUrl(" http://example.org ")).toBe("http://example.org");
  });

  it("drops every other scheme, however it is written", () => {
    for (const value of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      expect(safeWebUrl(value), value).toBeNull();
    }
  });

  it("drops what is not an address at all", () => {
    expect(safeWebUrl("www.umea.se")).toBeNull();
    expect(safeWebUrl("")).toBeNull();
    expect(safeWebUrl(null)).toBeNull();
    expect(safeWebUrl(undefined)).toBeNull();
  });
});

describe("sitePath", () => {
  const base = "http://evil.example"; // the origin next-auth derived from the request, maybe forged
  it("keeps only the path of an address on the request's origin", () => {
    expect(sitePath("/hantera?x=1#a", base)).toBe("/hantera?x=1#a");
    expect(sitePath("http://evil.example/en/hantera", base)).toBe("/en/hantera");
  });

  it("sends anything else to the start page, never to another host", () => {
    for (const url of [
      "https://other.example/",
      "//other.example/x",
      "/\\other.example",
      "javascript:alert(1)",
      "http://[bad",
    ])
      expect(sitePath(url, base), url).toBe("/");
    expect(sitePath("http://evil.example//other.example/", base)).toBe("/");
    expect(sitePath("/x", "not a url")).toBe("/");
  });
});
