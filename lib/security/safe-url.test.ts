import { describe, expect, it } from "vitest";
import { safeWebUrl } from "./safe-url";

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
